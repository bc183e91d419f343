// Chapter 11: 1962. Novocherkassk, Ivan Denisovich, Cuba, and the Party split in two.
// Facts: ../shared/history/timeline.md, DP17, DP19, DP18 and DP20; SC21.
// Readings (historians.md): publishing Ivan Denisovich, "break" @mccauley1987_culture (McCauley: de-Stalinisation "freshened culture");
// banning it or keeping it to closed meetings, "limited" @dobson2011_1961 (Dobson: "tighter limits on discussion").

=== ivan_denisovich ===
Bread and butter. # chapter: Crisis Year # date: 1 June 1962 # place: Novocherkassk # scene: street # present: mikoyan, kozlov
From today meat costs 30% more and butter 25% more: the government says it must boost meat and dairy output. At the same time the city's electric-locomotive works has raised its output norms, which cuts pay.
The workers strike. On 2 June they march on the city Party headquarters. Mikoyan and Kozlov have flown in from the Presidium, and troops have been sent in. The troops open fire.
An official investigation later counted 26 killed and 87 wounded. More than 200 were arrested, and 7 sentenced to death. The whole affair is kept secret: the Soviet press will report it only from 1989, and the official investigation will come in 1992.
A manuscript from the camps. # date: September 1962 # place: The Kremlin, Moscow # scene: office # present: mikoyan, suslov
Alexander Tvardovsky, editor of the magazine Novy Mir, has sent you a story by a former prisoner, Alexander Solzhenitsyn: one day in the life of a prisoner in a Stalin-era labour camp.
Conservatives want it stopped. Solzhenitsyn has already refused the cuts they asked for. Only you can say yes.
What do you do? # decision: ivan_denisovich # heading: Publish Ivan Denisovich? # kind: act
* [Authorise publication, and have the Presidium approve it. # actor: khrushchev # historical # reading: break @mccauley1987_culture # effect: people +10, party -5]
    You read it and you like it. Let people read it too.
* [Ban it. The camps are not a subject for stories. # actor: hardliner # reading: limited @dobson2011_1961 # effect: party +5, people -10]
    The manuscript goes back into a drawer.
* [Let it be read only at closed Party meetings, as your speech was in 1956. # actor: khrushchev # reading: limited @dobson2011_1961 # effect: party +5, people -5]
    A few thousand officials read it. The country does not.
- What really happened: Khrushchev read and liked the manuscript in September 1962, and the Presidium approved publication at his request. One Day in the Life of Ivan Denisovich appeared in Novy Mir no. 11, on sale on 17 November 1962, with a foreword by Tvardovsky: the first openly published account of the camps. # reveal # term: One Day in the Life of Ivan Denisovich # source: Novy Mir, no. 11 (November 1962); Pearce, Solzhenitsyn: A Soul in Exile
Why: He saw it as a weapon against the Stalinists who still opposed him. # reveal
Consequence: The Thaw had limits. On 1 December 1962, at an art exhibition in the Manege in Moscow, Khrushchev furiously attacked avant-garde artists. # reveal # term: Khrushchev Thaw
-> cuban_missile_crisis

=== cuban_missile_crisis ===
Missiles in Cuba. # date: 14 October 1962 # place: The Kremlin, Moscow # scene: presidium # present: kozlov, mikoyan, malinovsky, brezhnev
You have secretly sent nuclear missiles to Cuba. On 14 October an American U-2 spy plane photographs the sites.
On 22 October President Kennedy tells the world, and announces a naval "quarantine" of Cuba.
The edge of war. # date: 27 October 1962
Today a U-2 is shot down over Cuba. Your colleagues look at you. The missiles were your idea.
What do you do? # decision: cuban_missile_crisis # heading: Withdraw the missiles from Cuba? # kind: act # stake: presidium 40
* (blockade) [Run the blockade. The ships sail on. # actor: hardliner # effect: army +5, presidium -25, people -10 # mood: kozlov = stern, mikoyan = stern, malinovsky = stern, brezhnev = stern]
    The ships sail on towards the American navy. In the Kremlin, nobody sleeps.
* [Hold to your own public offer of 27 October: your missiles in Cuba for theirs in Turkey, announced to the world. # actor: khrushchev # effect: army +5, presidium -20 # mood: kozlov = stern, brezhnev = stern]
    Washington refuses a public deal. The clock keeps ticking, and your colleagues keep counting.
* [Withdraw the missiles, in return for a public American pledge not to invade Cuba and a secret promise to take the US Jupiter missiles out of Turkey. # actor: khrushchev # historical # effect: people +5, army -10, presidium -5]
    You dictate the reply. It will be read on Radio Moscow.
- What really happened: Khrushchev agreed to withdraw the missiles in return for a public US pledge not to invade Cuba and a secret promise to remove the US Jupiter missiles from Turkey. His acceptance was broadcast on Radio Moscow on 28 October 1962. # reveal # term: brinkmanship # source: Khrushchev's reply to Kennedy, broadcast on Radio Moscow, 28 October 1962; Sheehan, A Fiery Peace in a Cold War (2009)
Why: The alternative was a nuclear war. # reveal
Consequence: War was avoided, but with the Turkish deal kept secret, the world saw a Soviet retreat. The back-down was seen as humiliating, Castro was enraged, and critics called Khrushchev's foreign policy dangerous. Cuba was later among the reasons given for his fall. # reveal
{blockade or presidium < 40: -> cuba_ouster}
-> party_bifurcation

=== cuba_ouster ===
Counterfactual: The Presidium removes you after Cuba. # ending: counterfactual # date: November 1962 # place: The Kremlin, Moscow # scene: presidium # present: brezhnev, suslov, kozlov, mikoyan # mood: brezhnev = stern, suslov = stern, kozlov = stern, mikoyan = stern
Your colleagues have spent two weeks expecting to die. They decide they will not risk it again. The Presidium meets, and this time the Central Committee does not save you: you took the world to the edge of nuclear war.
In this version of history Khrushchev falls in 1962, two years early.
What really happened: Khrushchev withdrew the missiles and war was avoided. He stayed in power until October 1964, when the Cuban retreat was among the charges his colleagues brought against him. # reveal
+ [Continue as history really went # rejoin] -> party_bifurcation
+ [See the debrief now] -> END

=== party_bifurcation ===
The Party, cut in two. # date: November 1962 # place: The Kremlin, Moscow # scene: plenum # present: brezhnev, suslov, kozlov, kosygin
Your economic councils have made every region look after itself first, and farming still lags. You have a new idea: split every regional Party organisation in two, one for industry and one for agriculture, each with its own first secretary.
The regional secretaries, the men who saved you in 1957, listen in silence. Each of them stands to lose half his empire.
What do you do? # decision: party_bifurcation # heading: Split the Party in two? # kind: act
* [Bring back the Moscow ministries and run the economy from the centre again. # actor: kaganovich # effect: presidium +5, party +5]
    The ministries return. So do the men who ran them.
* [Split the regional Party organisations into industrial and agricultural branches. # actor: khrushchev # historical # effect: party -15, presidium -5 # mood: brezhnev = stern, suslov = stern]
    The plenum votes yes. In the regions, nobody knows who is in charge.
* [Leave the Party as it is. Its secretaries have had enough reorganising. # actor: brezhnev # effect: party +10]
    The regional secretaries breathe out. For once, you let them be.
- What really happened: The Central Committee plenum of November 1962 split the regional Party organisations into industrial and agricultural branches. A Committee of Party-State Control followed in January 1963. # reveal # term: Party bifurcation (1962) # source: Chotiner, "Dismantling an Innovation: The November 1964 Decision" (Carl Beck Papers); Resolutions and Decisions of the CPSU, vol. 4: The Khrushchev Years, 1953–1964
Why: Khrushchev wanted the Party to run the economy on the "production principle", with each branch answering for industry or for farming. # reveal
Consequence: It caused confusion, gave regions two first secretaries, and cut the power of the apparatchiki, who resented it. It was the first of his reforms to be reversed, in November 1964. # reveal # term: Apparatchik
-> harvest_failure_1963
