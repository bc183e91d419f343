// The end of the 1953 chapter, the part of Thaw written so far.

=== slice_end ===
September 1953. You are First Secretary of the Central Committee. # ending: historical # date: 7 September 1953 # place: The Kremlin, Moscow # scene: office # present: malenkov, molotov, bulganin
Beria is in prison, Malenkov still heads the government, and the Party apparatus answers to you.
This is the end of 1953, the first part of Thaw. The full game goes on to October 1964: the Virgin Lands, the Secret Speech, the Anti-Party Group, and the night your own colleagues voted you out.
-> END
