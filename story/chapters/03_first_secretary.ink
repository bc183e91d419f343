// Chapter 3: August–September 1953. Malenkov's New Course; Khrushchev becomes First Secretary.
// Facts: ../shared/history/timeline.md, DP04; SC02, SC03.

=== new_course ===
Malenkov has the country's attention. # chapter: First Secretary # date: 8 August 1953 # place: The Supreme Soviet, Moscow # scene: congress # present: malenkov # speaker: malenkov
Before the Supreme Soviet he announces a "New Course": more consumer goods, lower taxes on the peasants, and higher prices for what the collective farms deliver to the state. People like the sound of it.
But the 1953 harvest is poor, and there are too few cattle. The Central Committee meets in September, and you are to report on agriculture. # date: 3 September 1953 # place: The Kremlin, Moscow # scene: plenum # present: malenkov, molotov, bulganin
What do you do? # decision: new_course # heading: Attack Malenkov's New Course, or make farming yours? # kind: act
* [Attack the New Course now for neglecting heavy industry and defence. # actor: hardliner # effect: army +10, people -10, presidium -5 # mood: malenkov = stern]
    The generals nod. Everyone else hears a man attacking cheaper bread.
* [Back the consumer line in public, but make farming your own issue: admit the crisis, raise the prices paid to farms, and ease taxes on private plots. # actor: khrushchev # historical # effect: party +10, people +10, presidium +5]
    You tell the Central Committee the truth about the countryside. Nobody has done that for years.
* [Leave agriculture to Malenkov's government and stick to Party work. # actor: malenkov # effect: party -5, people -5]
    You say little about farming. Malenkov's government takes the credit for the New Course.
- What really happened: Khrushchev gave the report on agriculture to the Central Committee plenum of 3–7 September 1953. On 7 September the plenum elected him First Secretary, on a proposal made by Malenkov himself. Some sources give 13 September, when the election was announced. # reveal # term: First Secretary # source: CIA report on Khrushchev's speech of 7 September 1953; TIME, 17 August 1953, "The Man in Charge"; Russian Federal Archival Agency, on Khrushchev's election as First Secretary
Why: By speaking for the countryside, Khrushchev became the leadership's voice on farming, and the Party apparatus behind him grew stronger. # reveal # term: New Course (Malenkov's)
Consequence: Khrushchev now had the title to match his power over the Party. The title "General Secretary" was not used again until 1966. Farming led him on to the Virgin Lands campaign, and Malenkov was later blamed for the poor 1953 harvest. # reveal # term: procurement prices
-> virgin_lands
