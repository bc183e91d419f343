// Chapter 4: December 1953–1954. Beria's end; the Virgin Lands against Malenkov's "deepening".
// Facts: ../shared/history/timeline.md, DP03 (December 1953) and DP05; SC01, SC24.
// Reading (historians.md): the Virgin Lands kept the kolkhoz system, "limited" @service2005_kolkhozes (Service: "Khrushchev kept the kolkhozes").

=== virgin_lands ===
Beria's story ends in December. # chapter: The Virgin Lands # date: 23 December 1953 # place: Moscow # scene: office # present: malenkov, bulganin, molotov
A special court under Marshal Konev has tried him behind closed doors. Today he is shot, with six associates.
The country is short of bread. # date: February 1954 # place: The Kremlin, Moscow # scene: plenum # present: malenkov, molotov, kaganovich
There is not enough grain for the towns, and not enough to feed the cattle. Malenkov's answer is careful: farm the land you already have better, with more fertiliser, more machines and better prices.
You have a bigger idea. Far to the east lie millions of hectares of steppe, virgin or long left idle. Send the young people. Build new state farms. Grow the grain there.
Molotov, Malenkov and Kaganovich think it reckless. Even the Party chief of Kazakhstan plays down the chances. The Central Committee meets on 23 February.
What do you do? # decision: virgin_lands # heading: Plough the Virgin Lands? # kind: act
* [Plough the "virgin and idle lands" of northern Kazakhstan, western Siberia, the Volga and the Urals, with Komsomol volunteers and new state farms. # actor: khrushchev # historical # reading: limited @service2005_kolkhozes # effect: party +5, people +5, presidium -5 # mood: molotov = stern, malenkov = stern, kaganovich = stern]
    Posters go up in every school and factory. The first trains of volunteers head east.
* [Raise yields on the farmland you already have, with fertiliser, machinery and better prices. # actor: malenkov # effect: presidium +5, party -5]
    A sensible plan, and Malenkov's plan. If it works, the credit is his.
* [Drop the idea: the steppe is too dry, too far away, and the scheme too big. # actor: molotov # effect: presidium +5, party -5, people -5]
    You let the old men win the argument. Farming is Malenkov's business again.
- What really happened: The Central Committee plenum of 23 February–2 March 1954 launched the Virgin Lands campaign. The first trains of young volunteers arrived in March 1954. # reveal # term: Virgin Lands scheme # source: Resolutions and Decisions of the CPSU, vol. 4: The Khrushchev Years, 1953–1964; Orlando Figes, "Virgin Lands Campaign"
Why: A huge, fast, visible campaign made farming Khrushchev's cause, not Malenkov's. Malenkov preferred to farm existing land more intensively. # reveal
Consequence: The target was 13 million hectares by 1956; 19 million were ploughed in 1954 alone. The 1956 harvest was a record, about 125 million tonnes, more than half of it from the new lands. But yields fell from 1958, and erosion and dust storms followed. # reveal
-> malenkov_premiership
