// Chapter 5: December 1954–February 1956. Malenkov loses the premiership; Khrushchev packs the Central Committee.
// Facts: ../shared/history/timeline.md, DP06 and DP07; anchor chronology (KGB, 13 March 1954); SC03, SC17, SC30.
// Readings (historians.md): a Premier removed by the Central Committee and nobody arrested, "break" @tucker1957 ("No new Stalin":
// a collective Presidium); packing the Central Committee, "limited" @tucker1957_packing (Tucker's sceptical passage).

=== malenkov_premiership ===
Malenkov is still Premier, and still popular. # chapter: Malenkov Falls # date: December 1954 # place: The Kremlin, Moscow # scene: office # present: malenkov, bulganin
His New Course promised more consumer goods and a better deal for the peasants. But the men who run heavy industry do not like it, and nor do the generals. Steel and defence, they say, must come first.
They are talking to you.
The Central Committee meets at the end of January. # date: 25 January 1955 # scene: plenum # present: malenkov, molotov, bulganin, kaganovich
What do you do? # decision: malenkov_loses_premiership # heading: Bring Malenkov down as Premier? # kind: act
* [Take the premiership yourself, and hold both top jobs as Stalin did. # actor: hardliner # effect: presidium -15, party +5 # mood: malenkov = stern, molotov = stern, bulganin = stern, kaganovich = stern]
    The room goes cold. Everyone remembers the last man who held both jobs.
* [Leave Malenkov in place. The Party is enough for you. # actor: malenkov # effect: presidium -5, army -5]
    The generals and the factory bosses were waiting for a leader. You did not lead them.
* [Attack his economic line: heavy industry must come first. Have the Central Committee condemn him, and put Bulganin forward as Premier. # actor: khrushchev # historical # reading: break @tucker1957 # effect: army +10, presidium +10 # mood: malenkov = stern]
    You speak for steel and for the men in uniform. The plenum listens.
- What really happened: In December 1954 and January 1955 Khrushchev campaigned against the neglect of heavy industry, allied with its managers and with the army. The plenum of 25–31 January 1955 condemned Malenkov. Its decree of 31 January said he lacked knowledge and experience, was indecisive and was not "sufficiently mature politically". # reveal # term: Collective leadership # source: Transcript of the meeting of the Party group of the Supreme Soviet, 8 February 1955 (Wilson Center Digital Archive); "The New Course in the Soviet Economy" (journal article)
Why: In 1953 Khrushchev had backed the consumer line in public: Malenkov was still first among equals, and attacking him would have been a hard-liner's gamble. By the end of 1954 Malenkov was his chief rival, the harvests were still poor, and the men who ran heavy industry and defence wanted a champion. Malenkov's power base was the state machine; by speaking for heavy industry, Khrushchev won over the men who ran industry and defence. # reveal
Consequence: Malenkov was finished as Premier, and Khrushchev did not take the job himself. # reveal
-> malenkov_resigns

=== malenkov_resigns ===
The Supreme Soviet meets. # date: 8 February 1955 # place: The Kremlin, Moscow # scene: congress # present: malenkov, bulganin, molotov
Malenkov was condemned behind closed doors. Now he must face the deputies in public. # speaker: malenkov
What will Malenkov do? # decision: malenkov_resigns # heading: Will Malenkov go quietly? # kind: predict # rival: malenkov
* [Refuse to go, and insist that only the body that appointed him can remove him. # actor: khrushchev # effect: presidium -5]
    You braced for a fight. Malenkov has no stomach for one.
* [Resign, admit his inexperience, take the blame for the failures in farming, and stay on in a lesser job. # actor: malenkov # historical # effect: presidium +5]
    You read him right. Malenkov bows out without a fight.
* [Strike first, with friends in the security police, as Beria would have done. # actor: beria # effect: security -5]
    You expected another Beria. Malenkov is not Beria, and the police now answer to the Party.
- What really happened: On 8 February 1955 Malenkov resigned as Premier before the Supreme Soviet. He admitted his inexperience and his responsibility for failures in agriculture. Khrushchev nominated Bulganin, who became Premier, Chairman of the Council of Ministers, that day. # reveal # term: Council of Ministers / Premier # source: AP report, 9 February 1955; Transcript of the meeting of the Party group of the Supreme Soviet, 8 February 1955 (Wilson Center Digital Archive)
Why: The Central Committee had already condemned him, and his base, the state machine, could not stand against the Party apparatus. # reveal
Consequence: Malenkov became Minister of Power Stations and a Deputy Premier, and kept his seat in the Presidium. Nobody was arrested, a sharp contrast with Stalin's time. Khrushchev was now clearly "number one", though still bound by collective leadership: in July 1955 a plenum censured Molotov over Yugoslavia. # reveal
-> packing_the_cc

=== packing_the_cc ===
You have won, for now. But the Presidium is still a club of equals, and a club can vote. # date: 1955 # place: Central Committee offices, Moscow # scene: office # present: bulganin, mikoyan
Your lever is the Secretariat. It decides who runs each region, and the regional bosses sit in the Central Committee. The Central Committee elects the Presidium and the First Secretary. The 20th Party Congress, due in February 1956, will elect a new one.
What do you do? # decision: packing_the_central_committee # heading: Pack the Central Committee? # kind: act
* [Keep Stalin's old regional bosses where they are, and avoid a fight. # actor: hardliner # effect: presidium +5, party -10]
    The old men stay in their offices. They owe you nothing.
* [Use the security police to dig up files on your opponents. # actor: beria # effect: security +10, party -10, presidium -10 # mood: bulganin = stern, mikoyan = stern]
    Your colleagues notice. That is how Beria worked, and they remember how Beria ended.
* [Replace regional Party secretaries with your own people, bring them into the new Central Committee, and hand ministries over to the republics. # actor: khrushchev # historical # reading: limited @tucker1957_packing # effect: party +15, presidium -5]
    Your people fill the regional offices, one telephone call at a time.
* [Build up the government ministries, not the Party: that is where the real work is done. # actor: malenkov # effect: presidium +5, party -10]
    You strengthen Malenkov's old machine, and your own apparatus withers.
- What really happened: Khrushchev used the Secretariat to replace regional Party secretaries with his own people and bring them into the Central Committee. The 20th Congress, 14–25 February 1956, elected a Central Committee of 133 full and 122 candidate members. Ministries were handed from Moscow to the republics in 1954–56. # reveal # term: Apparatchik # source: Tucker, "The Politics of Soviet De-Stalinization" (1957); The Press, 5 June 1956
Why: Malenkov's power base was the state; Khrushchev's was the Party. The historian Robert Tucker wrote in 1957: "Khrushchev, as First Secretary, has tried very hard to pack the Central Committee with his supporters." # reveal # term: Central Committee (CC)
Consequence: The security police, made a separate KGB under Party control on 13 March 1954, were not turned on rivals. And the men Khrushchev appointed would save him in June 1957. # reveal # term: Decentralisation # term: KGB
-> secret_speech
