// Chapter 1: 5–14 March 1953. Stalin's posts are shared out; Malenkov gives up the Secretariat.
// Facts: ../shared/history/timeline.md, DP01 and the anchor chronology; SC02, SC09.

=== death_of_stalin ===
Stalin is dead. # chapter: The Death of Stalin # date: 5 March 1953 # place: Moscow # scene: presidium # present: malenkov, beria, molotov, bulganin
He died on the evening of 5 March. The country will not be told until tomorrow. For a generation one man decided who was promoted, who was sent to the camps and who was shot. Now the men around him look at one another.
Before the news is even announced, they share out his posts. Malenkov, widely seen as Stalin's heir, becomes Premier and keeps the senior place in the Party Secretariat. Beria takes an enlarged Ministry of Internal Affairs, the MVD, which swallows state security, and becomes First Deputy Premier. Molotov goes back to the Foreign Ministry. Bulganin gets Defence.
And you, Nikita Sergeyevich? You are told to "concentrate on work in the Central Committee". You are the only one of them without a government post.
They call it "collective leadership". Everyone in the room knows it is a truce.
What do you do? # decision: stalin_succession # heading: Accept the Party work after Stalin's death? # kind: act
* [Grab a power ministry of your own now, as Beria has grabbed the police. # actor: beria # effect: presidium -10, security -5, army +5 # mood: beria = stern]
    You demand a ministry. The room goes quiet. Beria smiles at you across the table, and it is not a friendly smile.
* [Join the pact between Beria and Malenkov and hope for a share of power. # actor: malenkov # effect: security +5, party -5, presidium -5]
    You tell Beria you are with him. He pats your shoulder. From now on he will expect you to vote as he says.
* [Accept the Party work, give up your Moscow Party post, and back those who say Malenkov cannot run both the government and the Party. # actor: khrushchev # historical # effect: party +10, presidium +5]
    You take the Party work without complaint. Let the others fight over ministries: the Secretariat decides who gets which job across the whole Union.
- (reveal)
What really happened: Khrushchev accepted the Party work and gave up his post as head of the Moscow Party organisation. Objecting, he said later, would have meant "starting a fight before the corpse was cold". # reveal # term: collective leadership # source: Khrushchev Remembers; TIME, 30 March 1953, "Nobody Really Knows"
Why: He had no government post, but the Secretariat handled the appointment of Party officials in every region. He let Beria and Malenkov hold the visible power. # reveal
Consequence: Collective leadership with Malenkov as first among equals. From 14 March Khrushchev headed a Secretariat of five, the apparatus he used to promote his supporters. # reveal # term: Secretariat
-> malenkov_secretariat

= malenkov_secretariat
The Central Committee meets. # date: 14 March 1953 # place: The Kremlin, Moscow # scene: plenum # present: malenkov, beria, molotov
Malenkov is Premier and senior Party secretary at once: the two jobs Stalin held. The other members of the Presidium do not want one man to hold both ever again.
What will Malenkov do? # decision: malenkov_gives_up_secretariat # heading: Will Malenkov keep both top posts? # kind: predict # rival: malenkov
* [Keep both posts, as Stalin did, and dare the others to stop him. # actor: hardliner # effect: party -5]
    You expected Malenkov to hold on to everything. He didn't.
* [Give up the Party Secretariat "at his own request" and keep the premiership. # actor: malenkov # historical # effect: party +5]
    You guessed right: Malenkov lets the Party post go.
* [Give up the premiership and keep the Party, the post Stalin rose through. # actor: khrushchev # effect: party -5]
    You expected Malenkov to choose the Party. He chose the government.
- What really happened: On 14 March 1953 Malenkov was relieved of his post as a Central Committee secretary, "at his own request", and stayed Premier. # reveal # term: Presidium # source: TIME, 30 March 1953, "Nobody Really Knows"
Why: His colleagues insisted that no one should hold both the top government and Party jobs. Malenkov believed the government, not the Party, was where real power now lay. # reveal
Consequence: Khrushchev, already running the Secretariat, became its head. The Party apparatus, which Malenkov had just given up, was now Khrushchev's. # reveal # term: apparatchik
-> beria_reforms
