// Chapter 7: October–December 1956. Poland, Hungary, and the retreat at home.
// Facts: ../shared/history/timeline.md, DP11; SC18; historians.md (Fitzpatrick).
// Mikoyan is not in the room on 31 October: the card says he was in Budapest that day.
// Reading (historians.md): the invasion, "unintended" @fitzpatrick2022_crisis (Fitzpatrick: "in Poland and Hungary the speech caused a crisis").

=== hungary ===
The speech has crossed the border. # chapter: Poland and Hungary # date: 19 October 1956 # place: Warsaw, Poland # scene: office # present: gomulka
Poland's Communists want Władysław Gomułka back as their leader, and Marshal Rokossovsky, Moscow's man, out. You fly to Warsaw while Soviet troops move towards the capital.
Gomułka promises loyalty to Moscow. You accept him, and the troops halt. On 21 October he is elected. # speaker: gomulka
Then Hungary. # date: 31 October 1956 # place: The Kremlin, Moscow # scene: presidium # present: molotov, malenkov, zhukov, bulganin
On 23 October a student march in Budapest became a national revolt. Imre Nagy's new government is moving towards neutrality, and now talks of leaving the Warsaw Pact.
Hungary is not a Soviet republic. It is a satellite state, a People's Republic tied to Moscow by the Warsaw Pact. If it walks out, who will be next?
What do you do? # decision: hungary_1956 # heading: Invade Hungary? # kind: act
* [Invade in force and install János Kádár. # actor: khrushchev # historical # reading: unintended @fitzpatrick2022_crisis # effect: army +10, presidium +10, people -5]
    The order goes out. The army moves.
* [Keep negotiating: pull Soviet troops out, as long as Hungary stays in the Warsaw Pact. # actor: mikoyan # effect: presidium -10, army -10, people +5 # mood: zhukov = stern]
    You talk. Budapest talks of leaving the Pact. The marshals look at you as if you had just lost the bloc.
* [Try the Polish answer again: find a national Communist leader who will keep Hungary in the bloc. # actor: khrushchev # effect: presidium -5, army -5]
    There is no Gomułka in Budapest. Nagy's government is already on its way out of the Pact.
- What really happened: Nagy announced steps to leave the Warsaw Pact, and on 31 October the Soviet leadership decided to invade. The general assault came on 4 November 1956 and installed János Kádár. # reveal # term: Khrushchev Thaw # source: Facts on File, 23 October 1956; Persak, "The Polish-Soviet Confrontation in 1956", Europe-Asia Studies (2006); Fitzpatrick, The Shortest History of the Soviet Union (2022)
Why: More than the threat to leave the Warsaw Pact weighed. On 30 October Nagy had announced a government of several parties, ending the Communists' monopoly of power, and Britain and France were attacking Egypt at Suez: Moscow feared that a retreat would look like weakness. Gomułka had promised loyalty; Nagy's government was heading out of the Pact. By one account Mikoyan had argued against using troops; on 31 October he was in Budapest. # reveal
Consequence: About 2,500 Hungarians and about 720 Soviet soldiers were killed (estimates vary), and about 200,000 people fled. Nagy was executed in 1958. Fitzpatrick writes: "It was another story in Eastern Europe, where the Secret Speech sparked a crisis in Poland and Hungary." # reveal
At home, you pull back. # date: 31 December 1956 # place: The Kremlin, Moscow # scene: office # present: brezhnev, malenkov
On 19 December a closed Central Committee letter told the Party to suppress "anti-Soviet, hostile elements". A commission under Leonid Brezhnev drafted it, with Malenkov among its members. In March 1957 the editors of the journal Questions of History will be disciplined too. Critics who go too far are expelled as "rotten elements".
At a New Year's Eve party you tell your guests: "when it comes to fighting imperialists we are all Stalinists".
Your enemies in the Presidium smell weakness.
-> sovnarkhozy
