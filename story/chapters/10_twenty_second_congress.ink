// Chapter 10: October 1961. The 22nd Congress: Stalin denounced in public, his body removed.
// Facts: ../shared/history/timeline.md, DP16; SC19, SC20, SC22.
// Readings (historians.md): the open attack of 1961, "limited" @dobson2011_1961 (Dobson: it "came with tighter limits on discussion");
// dropping de-Stalinisation, "limited" @dobson2011_retreat (Dobson: "The leadership retreated after 1956").

=== twenty_second_congress ===
The 22nd Party Congress opens. # chapter: The 22nd Congress # date: 17 October 1961 # place: The Kremlin, Moscow # scene: congress # present: brezhnev, suslov, kosygin, mikoyan
You are at the height of your power. But China and Albania openly attack your de-Stalinisation. At home, Stalin still lies in the Mausoleum beside Lenin, and the officials you appointed are settling into their chairs for life.
You want to finish with Stalin and with the Anti-Party Group, in public this time, and to give the Party a goal: communism by 1980.
What do you do? # decision: twenty_second_congress # heading: Attack Stalin in public? # kind: act
* [Go further than the delegates, who demand expulsions: put Molotov, Malenkov and Kaganovich on trial. # actor: hardliner # effect: security +10, people -5, presidium -15 # mood: brezhnev = stern, suslov = stern, kosygin = stern, mikoyan = stern]
    A trial of old Bolsheviks, in 1961? Your colleagues wonder whose trial will be next.
* [Attack Stalin and the Anti-Party Group in open session, take Stalin's body out of the Mausoleum, promise communism by 1980, and make Party committees renew their members regularly. # actor: khrushchev # historical # reading: limited @dobson2011_1961 # effect: people +10, party -10]
    The delegates vote. That night, Stalin leaves the Mausoleum.
* [Quietly drop de-Stalinisation, leave Stalin in the Mausoleum, and mend fences with China. # actor: molotov # reading: limited @dobson2011_retreat # effect: party +5, people -10]
    Beijing is pleased. Everyone who believed your speech of 1956 is not.
- What really happened: At the open 22nd Congress, 17–31 October 1961, Khrushchev publicly attacked Stalin and the Anti-Party Group. He implicated Stalin in the murder of Kirov and named Molotov, Kaganovich and Voroshilov as accomplices. # reveal # term: 22nd Party Congress # source: Freeze (ed.), Russia: A History; Reuters report in the New York Times, 11 November 1961
The congress voted to remove Stalin's body from the Mausoleum. It was taken out on the night of 31 October 1961 and buried by the Kremlin wall; in November, Stalingrad became Volgograd. # reveal
Why: To finish off Stalinism and his defeated rivals in public. A new Programme promised communism by 1980, and new Party Rules required regular turnover in Party committees and limits on successive terms. # reveal
Consequence: The rules alarmed officials who feared for their jobs, and are believed to have contributed to his fall. The split with China hardened. Malenkov was expelled from the Party in 1961, and Kaganovich after the congress. # reveal # term: Cult of personality
-> ivan_denisovich
