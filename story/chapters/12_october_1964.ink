// Chapter 12: 1963–October 1964. The harvest fails; the Presidium and the Central Committee remove Khrushchev.
// Facts: ../shared/history/timeline.md, DP21 and DP22; SC24, SC28.

=== harvest_failure_1963 ===
The harvest fails. # chapter: The Fall # date: 1963 # place: The Virgin Lands, Kazakhstan # scene: fields # present:
Drought, frosts and poor farming ruin the 1963 harvest. The Virgin Lands, your pride since 1954, have given less and less since 1958, and the wind now lifts their soil in dust storms.
The state grain reserve, 13.1 million tonnes in 1954, was already down to 6.3 million in 1962. There are bread queues, and in places purchases are rationed.
What do you do? # decision: harvest_failure_1963 # heading: Buy grain abroad? # kind: act
* [Buy grain abroad, from Canada, Australia and the United States, and pay in hard currency and gold. # actor: khrushchev # historical # effect: people +5, party -5]
    The wheat ships sail for Soviet ports. Your colleagues count the gold.
* [Ration bread at home and import nothing: the Soviet Union does not go begging to the capitalists. # actor: hardliner # effect: people -15, party +5]
    Bread is rationed across the whole country, not just in places. The queues grow longer, and so does the anger in the towns.
* [Import nothing, and stake everything on a crash programme of fertiliser instead: "chemicalisation". # actor: khrushchev # effect: people -10, party -5]
    The factories are ordered to make fertiliser. It will not grow bread this winter.
- What really happened: Khrushchev bought grain abroad, from Canada, Australia and the United States, paying in hard currency and gold: $500 million for Canadian wheat alone. He launched a crash programme of fertiliser as well, not instead. # reveal # term: Virgin Lands scheme # source: TIME, "Russia: Trouble by the Ton" (1963); CIA, "The Soviet Grain Problem" (1 November 1963); Volin and Walters, Soviet Foreign Grain Imports (USDA, 1965)
Why: The state grain reserve was already down to 6.3 million tonnes, from 13.1 million in 1954, and there were bread queues. # reveal # term: grain imports
Consequence: The Soviet Union, once a great wheat exporter, became a large importer. It was a humiliation, and it fed the case his colleagues were building against him. # reveal
-> ouster_1964

=== ouster_1964 ===
A holiday by the sea. # date: 12 October 1964 # place: Your dacha on the Black Sea # scene: office # present: mikoyan
You have been on holiday since 2 October. In Moscow the Presidium meets without you. Around the table sit your colleagues, most of them men you promoted: Brezhnev, Suslov, Shelepin, Polyansky, Shelest.
They have a list: one-man rule, "harebrained" reorganisations, the farms, Cuba, the quarrel with China. The Central Committee that saved you in 1957 is full of men you have reorganised once too often.
What will Brezhnev do? # decision: ouster_1964 # heading: How will Brezhnev remove you? # kind: predict # rival: brezhnev
* [Summon you back to Moscow, and have the Presidium and then the Central Committee vote you out of all your posts. # actor: brezhnev # historical # effect: presidium +5]
    You read him right. There will be no fight this time.
* [Have you arrested and tried, as you had Beria arrested in 1953. # actor: khrushchev # effect: security -5]
    You feared the old way. Brezhnev uses the new one: your way.
* [Outvote you in the Presidium and offer you a lesser job, as Malenkov's group tried in 1957. # actor: malenkov # effect: party -5]
    Brezhnev has learned from 1957. He does not leave the Central Committee to you.
- What really happened: The Presidium met without Khrushchev on 12 October 1964 and summoned him back on 13 October. Suslov and Shelepin pressed the charges. The Central Committee plenum of 14 October 1964 removed him from all his posts, officially because of "advanced age and deterioration of health". Brezhnev became First Secretary and Kosygin Premier. # reveal # term: Central Committee (CC) # source: New York Times, 16 October 1964; Medvedev, "Khrushchev in Retirement"; Presidential Library, "Khrushchev elected Chairman of the Council of Ministers"
Why: The men he had promoted feared for their jobs after the Party split, the rules on turnover and one reorganisation after another. The failed harvest, Cuba and the quarrel with China gave them their case. # reveal
Consequence: On 17 October Pravda attacked "harebrained scheming". The Party split was reversed in November 1964 and the sovnarkhozy were abolished in 1965. Under Brezhnev criticism of Stalin stopped and his image was partly restored. # reveal # term: Collective leadership
-> retirement

= retirement
You go quietly. # ending: historical # date: 14 October 1964 # place: Moscow # scene: office # present: brezhnev, kosygin
There is no trial, no bullet, no camp. You are given a pension of 500 roubles, later cut to 400, a flat and a dacha. You dictate your memoirs. You die in retirement on 11 September 1971.
You arrived in 1953 as the only member of the Presidium without a government post. You leave as a leader voted out by his own colleagues and allowed to live in peace. That, too, was your doing.
The usual verdict fits in one line: "Stalin would have had them shot".
-> END
