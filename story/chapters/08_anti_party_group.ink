// Chapter 8: February–June 1957. The sovnarkhozy; the Anti-Party Group tries to remove Khrushchev.
// Facts: ../shared/history/timeline.md, DP12 and DP13; SC22, SC26.
// Reading (historians.md): refusing to go, "break" @mccauley1987_rivals (McCauley: "it discredited rivals and Stalinists"; opponents
// sacked, not shot). Not Tucker: his article of 1957 cannot judge the events of June 1957.

=== sovnarkhozy ===
Moscow runs everything. # chapter: The Anti-Party Group # date: February 1957 # place: The Kremlin, Moscow # scene: plenum # present: malenkov, kaganovich, molotov, pervukhin, saburov
From offices in the capital, the ministries run about 200,000 enterprises across the Union. Economic managers such as Pervukhin and Saburov run them, and the ministries were Malenkov's base.
Your regional Party secretaries know their regions. Why should a clerk in Moscow decide what a factory in the Urals makes?
What do you do? # decision: sovnarkhozy # heading: Break up the Moscow ministries? # kind: act
* [Keep the ministries, and give the republics a few more powers, as in 1954–56. # actor: malenkov # effect: presidium +5, party -5]
    The ministries breathe again. So does Malenkov.
* [Run industry even more tightly from the centre, through the Moscow ministries and the State Planning Committee. # actor: kaganovich # effect: presidium +10, party -10]
    Kaganovich is delighted. Your regional secretaries are not.
* [Abolish most of the industrial ministries and hand their factories to regional economic councils, the sovnarkhozy. # actor: khrushchev # historical # effect: party +10, presidium -10 # mood: malenkov = stern, kaganovich = stern]
    Thousands of Moscow officials pack their files. Your regional secretaries rub their hands.
- What really happened: After a Central Committee plenum on 13–14 February 1957, industry was reorganised on 10 May 1957. The country was divided into 105 economic regions, each with its own sovnarkhoz, and 141 ministries were abolished at union and republic level. # reveal # term: Sovnarkhozy # source: Lewin, The Soviet Century (2005); Resolutions and Decisions of the CPSU, vol. 4: The Khrushchev Years, 1953–1964
Why: It cut down the central state bureaucracy, Malenkov's base, and gave power to the regional Party bosses, Khrushchev's. Kaganovich objected to it. # reveal # term: Decentralisation
Consequence: It helped provoke the attempt to remove Khrushchev in June 1957. It also bred localism: each region looked after itself first. The councils were later merged into 47 and abolished in 1965. # reveal
-> anti_party_vote

=== anti_party_vote ===
Something is wrong. # date: 18 June 1957 # place: The Kremlin, Moscow # scene: presidium # present: malenkov, molotov, kaganovich, bulganin, voroshilov, pervukhin, saburov, mikoyan, suslov, kirichenko
Malenkov, Molotov and Kaganovich have been talking in private. They fought your Virgin Lands; now your councils have torn up their ministries, and your speech exposed them as Stalin's closest men. Bulganin, your own Premier, has been seen with them.
The Presidium meets today.
What will Malenkov and his allies do? # decision: anti_party_vote # heading: How will the Presidium move against you? # kind: predict # rival: malenkov
* [Have you arrested and shot, as Stalin would have done. # actor: hardliner # effect: party -5]
    You expected guns. They bring a vote.
* [Outvote you in the Presidium and offer you a lesser job: Minister of Agriculture. # actor: malenkov # historical # effect: party +5]
    You read them right, and you are ready.
* [Take their case to the Central Committee first, to be sure of a majority. # actor: khrushchev # effect: party -5]
    You expected them to court the Central Committee. They never think of it. That is their mistake.
- What really happened: On 18 June 1957 the Presidium voted 7–4 to remove Khrushchev as First Secretary and offered him the Ministry of Agriculture. # reveal # term: Presidium # source: Russian Life, "The Anti-Party Almost Coup"; Strana Sovetov: zabytye vozhdi (in Russian)
Against him: Malenkov, Molotov and Kaganovich, who led, with Bulganin, Voroshilov, Pervukhin and Saburov; Shepilov joined them at the last minute. For him: Khrushchev, Mikoyan, Suslov and Kirichenko. # reveal
Why: His reforms had hurt them all, and in the Presidium they had a majority. # reveal
Consequence: Khrushchev was in a minority of four. But the Presidium had not elected him. # reveal
-> anti_party_group

=== anti_party_group ===
Seven votes against four. You are to go quietly to the Ministry of Agriculture. # date: 18 June 1957 # place: The Kremlin, Moscow # scene: presidium # present: malenkov, molotov, kaganovich, bulganin, zhukov
But who elected you First Secretary? Not these seven men. The Central Committee did, and the Central Committee is full of the regional secretaries you appointed. Marshal Zhukov, your Defence Minister, is on your side.
What do you do? # decision: anti_party_group # heading: Accept the Presidium's vote to remove you? # kind: act # stake: party 85
* (refuse) [Refuse. Only the Central Committee that elected you can remove you: demand an emergency plenum, and get Zhukov to help fly its members to Moscow. # actor: khrushchev # historical # reading: break @mccauley1987_rivals # effect: army +10, presidium +10 # mood: malenkov = stern, molotov = stern, kaganovich = stern]
    Central Committee members arrive from all over the Union. They want to hear you.
* (accept) [Accept the demotion and go to the Ministry of Agriculture, as Malenkov accepted his in 1955. # actor: malenkov # effect: party -20, presidium -10]
    You clear your desk. The regional secretaries who owe you their jobs wait for a signal that never comes.
* (arrest) [Use the army and the KGB to arrest the plotters. # actor: hardliner # effect: army +5, security +5, party -20, presidium -20 # mood: malenkov = stern, molotov = stern, kaganovich = stern, bulganin = stern, zhukov = stern]
    Even your friends are horrified. Arrests in the Kremlin? That was how Stalin ruled.
- What really happened: Khrushchev refused to go. Only the Central Committee, he said, could remove the First Secretary it had elected. With Zhukov's help its members were flown to Moscow. The plenum of 22–29 June 1957 condemned "the anti-party group of Malenkov, Kaganovich, Molotov and Shepilov who joined them", and on 29 June expelled them from the Presidium and the Central Committee. # reveal # term: Anti-Party Group # source: McCauley, Khrushchev and Khrushchevism (1987); TIME, November 1957, "Russia: Convulsion in the Kremlin"; the 1956 Institute, Budapest, biography of Malenkov
Why: The Presidium had a majority against him, but the Central Committee he had packed was on his side. # reveal # term: Central Committee (CC)
Consequence: None of them was arrested or shot. Molotov became ambassador to Mongolia. Malenkov was sent to run the Ust-Kamenogorsk hydroelectric station and then the Ekibastuz power station in Kazakhstan; Kaganovich, a potash works in Solikamsk in the Urals; Shepilov went to the Institute of Economics of the Kyrgyz Academy of Sciences. Zhukov became a full member of the Presidium. Historians such as McCauley and Tucker see a real break with Stalin here: opponents were sacked, not shot. # reveal
{accept or party < 85: -> apg_wins}
-> zhukov_removal

=== apg_wins ===
Counterfactual: The Anti-Party Group wins. # ending: counterfactual # date: 29 June 1957 # place: Ministry of Agriculture, Moscow # scene: office # present: malenkov, molotov, kaganovich
{anti_party_group.accept: You went quietly, and nobody stopped the Presidium.|The Central Committee does not rally to you. Too many of its members owe you nothing, or fear you.} Malenkov, Molotov and Kaganovich share out your posts.
You sit in a ministry office, writing reports about cattle. The Virgin Lands are cut back, the councils are abolished, and the Secret Speech is quietly forgotten.
In this version of 1957 the Anti-Party Group wins, and the Thaw ends almost before it began.
What really happened: The Central Committee, packed with Khrushchev's appointees, backed him at the plenum of 22–29 June 1957. The Anti-Party Group was expelled from the Presidium and the Central Committee on 29 June; none of them was arrested or shot. # reveal
+ [Continue as history really went # rejoin] -> zhukov_removal
+ [See the debrief now] -> END
