// Chapter 6: February–autumn 1956. The Secret Speech, Tbilisi, and the prisoners coming home.
// Facts: ../shared/history/timeline.md, DP08, DP09 and DP10; SC10, SC11, SC12, SC13, SC14, SC15, SC16, SC23.
// Readings (historians.md): the closed speech, "limited" @service2005_cult (Service: only a campaign against "the cult of the individual");
// an open, published speech, "break" @mccauley1987_break (McCauley: "a deliberate, multi-purpose break with the past");
// the releases, and a general amnesty for political prisoners, "break" @mccauley1987_camps (McCauley: "emptied the camps").

=== secret_speech ===
The 20th Party Congress opens. # chapter: The Secret Speech # date: 14 February 1956 # place: The Kremlin, Moscow # scene: congress # present: malenkov, molotov, kaganovich, bulganin, mikoyan
On your desk lies a commission's report on the 1930s. Page after page of names: loyal Communists, Central Committee members among them, arrested and shot on Stalin's orders.
Prisoners coming home from the camps are already telling what they saw. Sooner or later everyone will know. The question is who tells them, and how.
The last day of the congress. # date: 25 February 1956
It is just after midnight. You want to tell the delegates the truth. Some of your colleagues want nothing said at all.
What do you do? # decision: secret_speech # heading: Denounce Stalin, and how? # kind: act
* [Denounce Stalin in open session, and publish every word. # actor: khrushchev # reading: break @mccauley1987_break # effect: people +10, presidium -20, party -5 # mood: malenkov = stern, molotov = stern, kaganovich = stern, bulganin = stern]
    This is what you first wanted. Your colleagues are appalled: what will the world, and the Party, make of it?
* [Say nothing about Stalin, and keep blaming Beria for the abuses. # actor: hardliner # effect: presidium +5, people -10]
    The congress ends with applause for the Party. The returning prisoners keep talking anyway.
* [Speak to a closed session. Attack Stalin by name for the cult and the terror against loyal Communists, but defend Lenin, the Party and collectivisation. # actor: khrushchev # historical # reading: limited @service2005_cult # effect: people +10, presidium -10 # mood: molotov = stern, kaganovich = stern]
    The doors are closed. The hall is silent. You begin.
- What really happened: On 25 February 1956, at a closed session of the 20th Congress, Khrushchev spoke for about four hours "On the Cult of Personality and Its Consequences". He attacked Stalin by name: for the cult, for the repression of loyal Party and army members from 1934, and for his blunders before the German invasion of June 1941. # reveal # term: Secret Speech # source: Khrushchev, "On the Cult of Personality and Its Consequences" (25 February 1956); FRUS 1955–57, vol. IX, doc. 199; Service, A History of Modern Russia (2005)
He told the delegates that 98 of the 139 Central Committee members and candidates elected in 1934 had been arrested and shot, and that 1,108 of the 1,966 delegates to the 1934 congress had been arrested. # reveal # term: Cult of personality
Why: He blamed Stalin, not Lenin, the Party or the system. The speech condemned the cult and the repression of loyal Party and army members from 1934. It was silent on the victims of collectivisation and on earlier oppositionists such as Trotsky and Bukharin, and it did not question collectivisation or industrialisation. It also exposed the men who had stood closest to Stalin: Malenkov, Molotov, Kaganovich. # reveal
Consequence: It was read to Party meetings across the country from March 1956 and printed in the West in June 1956, but not officially published in the USSR until 1989. As the historian Robert Service puts it, "Much remained in place that would have been congenial to Stalin." # reveal # term: De-Stalinisation
-> prisoner_releases

=== prisoner_releases ===
Georgia erupts. # date: 9 March 1956 # place: Tbilisi, Georgia # scene: street # present: mzhavanadze
News of the speech reaches Stalin's homeland around the third anniversary of his death. Students gather at his monument. Day by day the crowds grow, until they paralyse the city. Some demand your removal, Beria's rehabilitation, even independence for Georgia.
On the night of 9–10 March the troops open fire. Official figures put the dead at about twenty; other estimates are far higher. The historian Sheila Fitzpatrick calls it the only civil unrest inside the USSR after your speech. It is a warning.
Meanwhile, the camps. # date: April 1956 # place: Central Committee offices, Moscow # scene: office # present: mikoyan
Since 1954 commissions have been reviewing political cases one by one. Of 337,183 cases reviewed by March 1956, only 4.2% ended in rehabilitation. After your speech every prisoner still behind the wire is a question: if Stalin was wrong, why are they still there?
What do you do? # decision: prisoner_releases_1956 # heading: Free the political prisoners, and how fast? # kind: act
* [Declare a general amnesty for political prisoners, as Beria amnestied so many in 1953. # actor: beria # reading: break @mccauley1987_camps # effect: people +5, security -10, presidium -10 # mood: mikoyan = stern]
    Your colleagues remember Beria's amnesty, and the crime wave that followed it.
* [Send travelling commissions into the camps to review cases on the spot and free political prisoners quickly. # actor: khrushchev # historical # reading: break @mccauley1987_camps # effect: people +10, security -5]
    The commissions set off for the camps. Gates open.
* [Keep the slow review, case by case, through the prosecutors. # actor: hardliner # effect: presidium +5, people -10]
    The files move from desk to desk. The prisoners wait.
- What really happened: From spring 1956 travelling review commissions went into the camps and freed political prisoners in large numbers, mostly by release rather than full rehabilitation. # reveal # term: Rehabilitation # source: "Impossible Rehabilitation: The 1956 Revision Commissions", Osteuropa 6/2007; Dobson, Khrushchev's Cold Summer (2009); Fitzpatrick, The Shortest History of the Soviet Union (2022)
Why: After the speech the slow reviews could not go on. Commissions on the spot freed people fast, and release, unlike rehabilitation, did not declare them innocent. # reveal
Consequence: Sources differ on the numbers: textbook figures for June 1956 alone range from about 26,000 political prisoners to 51,439 prisoners of all kinds. Political prisoners in the camps fell from 113,735 on 1 January 1956 to 11,027 on 1 April 1959. The commissions wound down in late 1956, after Hungary, and some of those released were imprisoned again. # reveal # term: Gulag
-> hungary
