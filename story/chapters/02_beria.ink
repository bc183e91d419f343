// Chapter 2: March–December 1953. Beria's reforms, his arrest, his trial.
// Facts: ../shared/history/timeline.md, DP02 and DP03; SC01, SC04, SC05, SC06, SC07, SC08, SC27.
// Every option gets the "what really happened" card first; then, if the player's choice or
// standing means the plot fails, the counterfactual ending follows.

=== beria_reforms ===
Beria moves first. # chapter: Beria's Spring # date: March 1953 # place: The Kremlin, Moscow # scene: office # present: beria, malenkov
He runs the MVD, its prisons and its troops. He holds the files on every one of you. He ran Stalin's police from 1938, and now he has more armed men in Moscow than anyone else.
Malenkov, his closest ally, chairs the government. Between them they look unbeatable.
What will Beria do with his power? # decision: beria_first_moves # heading: What will Beria do with the police? # kind: predict # rival: beria
* [Pose as a reformer: free prisoners, drop the Doctors' Plot, ban torture. # actor: beria # historical # effect: security +5]
    You read him well. The man who ran Stalin's police is about to become the loudest critic of its methods.
* [Start a new purge and arrest his rivals while they are still weak. # actor: hardliner # effect: security -5]
    You braced for arrests. They do not come. Beria has a cleverer plan.
* [Hand the police over to the Party and take a quiet economic ministry. # actor: khrushchev # effect: security -5]
    You hoped Beria would let go of the police. He tightens his grip on it instead.
- What really happened: Beria presented himself as a reformer. He proposed a mass amnesty in a note of 26 March. The decree of 27 March, signed by Voroshilov, freed about 1.2 million prisoners, mostly non-political ones with short sentences. # reveal # term: amnesty of 1953 # source: FRUS 1952–54, vol. VIII, doc. 577 (US embassy telegram, 4 April 1953); Rayfield, Stalin and His Hangmen (2004)
On 4 April his MVD declared that the doctors of the "Doctors' Plot" had been arrested "without any legal basis" by former MGB investigators, and freed them. The same day Beria banned torture in interrogations. He attacked Russification in Ukraine, the Baltic and Belorussia, and talked of a neutral, united Germany. # reveal # term: Doctors' Plot # term: MVD
Why: Reforms could win Beria popularity at home and abroad, and blame for the repression could be laid on others. # reveal
Consequence: A crime wave followed the amnesty. Political prisoners were released far more slowly. Party and army leaders feared what the man who had run Stalin's police since 1938 meant to do next. # reveal # term: socialist legality
-> beria_arrest

=== beria_arrest ===
On 17 June Soviet troops crush a rising in East Germany. Beria's talk of a neutral Germany now looks like weakness. # date: 17 June 1953 # place: Moscow # scene: street
In the Presidium you have voted for all of Beria's measures. In private you have been sounding out your colleagues, one by one. Bulganin is with you. Molotov is with you. Malenkov, Beria's closest ally, is wavering.
A leadership meeting is set for 26 June, in the Kremlin. # date: 26 June 1953 # place: The Kremlin, Moscow # scene: presidium # present: beria, malenkov, molotov, bulganin
What do you do? # decision: beria_arrest # heading: Arrest Beria? # kind: act
* (strip) [Only strip him of the MVD and move him to a lesser post, keeping him in the leadership. # actor: malenkov # effect: security +5, presidium -5 # mood: beria = stern]
    {presidium < 35: Without you to lead them, your colleagues lose their nerve. The meeting breaks up with nothing decided, and Beria goes home knowing.|Bulganin and Molotov will not hear of half-measures: a Beria without the MVD is still Beria. They go ahead without you.}
* (sided) [Side with Beria against Malenkov. # actor: beria # effect: security +15, presidium -20, army -10 # mood: malenkov = stern]
    You warn Beria. He thanks you warmly, and starts making lists.
* [Denounce Beria at the meeting, and have army officers, let into the Kremlin with their weapons, arrest him. # actor: khrushchev # historical # effect: army +10, presidium +10, party +5, security -10 # mood: beria = stern]
    You speak first. Then the door opens.
- (arrested)
What really happened: On 26 June 1953, at a meeting of the leadership in the Kremlin, Khrushchev denounced Beria. Malenkov, who by several accounts chaired the meeting, gave the signal. Army officers led by Marshal Zhukov and General Moskalenko came in and arrested him. # reveal # term: coup # source: Khrushchev Remembers; The Press, 18 December 1953, "Beria to be tried"; Rayfield, Stalin and His Hangmen (2004)
Why: While Beria held the police and the files, no one in the room was safe. Khrushchev had organised the plot with Bulganin, Molotov and, at the last moment, Malenkov. # reveal
Consequence: A Central Committee plenum from 2 July denounced Beria; his fall was announced on 10 July. A special court under Marshal Konev convicted him of treason, including spying for Britain, and of plotting to seize power. He was shot on 23 December 1953 with six associates. His colleagues also used him as a scapegoat for Stalin-era repression, and the security police were put under Party control. # reveal # term: Special Judicial Presence
{sided or (strip and presidium < 35): -> beria_strikes_back}
-> new_course

=== beria_strikes_back ===
Counterfactual: Beria strikes first. # ending: counterfactual # date: 26 June 1953 # place: The Kremlin, Moscow # scene: office # present: beria # mood: beria = stern
Without your colleagues, there is no plot, only whispers, and Beria hears whispers for a living. Within days MVD officers come for you at night. The files say whatever Beria needs them to say.
In this version of 1953, Khrushchev disappears into an MVD cell, and Beria rules through a frightened Presidium.
What really happened: Khrushchev organised the plot; army officers led by Zhukov and Moskalenko arrested Beria on 26 June 1953. After a closed trial he was shot on 23 December 1953. # reveal
+ [Continue as history really went # rejoin] -> new_course
+ [See the debrief now] -> END
