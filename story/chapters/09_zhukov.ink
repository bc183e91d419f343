// Chapter 9: October 1957–March 1958. Zhukov's removal; Khrushchev becomes Premier as well.
// Facts: ../shared/history/timeline.md, DP14 and DP15.

=== zhukov_removal ===
One man saved you in June. # chapter: The Marshal # date: October 1957 # place: The Kremlin, Moscow # scene: office # present: malinovsky, mikoyan
Marshal Georgy Zhukov led the officers who arrested Beria in 1953. In June he helped bring your Central Committee to Moscow. Now he is Defence Minister, a full member of the Presidium, and enormously popular.
He has also cut back the political officers who keep the Party's eye on the army. More and more, the army answers to him.
This month he is abroad, on a state visit to Yugoslavia and Albania.
What do you do? # decision: zhukov_removal # heading: Remove Marshal Zhukov? # kind: act # stake: army 35
* [Move him upstairs to Deputy Premier: a grander title, and no troops. # actor: khrushchev # effect: presidium +5, army -5]
    Zhukov sees the trap and refuses. The problem has not gone away.
* [Prepare his removal while he is away. Confront him in the Presidium when he returns, accuse him of a cult of personality and of undermining Party control of the army, and replace him with Marshal Malinovsky. # actor: khrushchev # historical # effect: party +10, presidium +5, army -10]
    By the time his plane lands, the votes are counted.
* (kept) [Keep him at your side. You owe him, and you need the army. # actor: zhukov # effect: army +10, party -10, presidium -10]
    Zhukov comes home to a hero's welcome. The generals take their orders from him, not from the Party.
* [Arrest him, as Beria was arrested. # actor: hardliner # effect: security +10, army -20, people -10 # mood: malinovsky = stern]
    The hero of the war, under arrest. The officers' messes go very quiet.
- What really happened: On 25 October 1957 the Presidium called a Central Committee plenum on Party work in the army. On Saturday 26 October Zhukov flew back from Tirana and was summoned to the Presidium, which relieved him as Defence Minister and appointed Marshal Malinovsky. # reveal # term: Cult of personality # source: The Press, 4 November 1957; TIME, November 1957; Aksyutin, Khrushchev's "Thaw"
Why: A popular marshal who weakened the Party's control of the army was a potential rival. By one report Khrushchev first planned to move him up to Deputy Premier, and Zhukov refused. # reveal
Consequence: On 29 October the Central Committee removed Zhukov from the Presidium and the Central Committee, charging him with a "cult of personality" and with trying to end Party control over the armed forces. There was no trial. The Party's supremacy over the army was restored. # reveal
{kept or army < 35: -> zhukov_coup}
-> premiership

= premiership
Bulganin is still Premier. In June he voted against you. # date: 27 March 1958 # place: The Kremlin, Moscow # scene: congress # present: bulganin, mikoyan
Today you are elected Chairman of the Council of Ministers, and you stay First Secretary. You hold both top posts, as Stalin did, and as Malenkov did for nine days in March 1953 before his colleagues made him choose.
You will hold both until 14 October 1964. Your critics will call it one-man rule.
-> twenty_second_congress

=== zhukov_coup ===
Counterfactual: The marshal takes over. # ending: counterfactual # date: 1958 # place: The Kremlin, Moscow # scene: presidium # present: zhukov # mood: zhukov = stern
{zhukov_removal.kept: You kept the marshal, and the marshal kept growing.|You have lost the army, and the army has a hero.} The generals look to Zhukov, not to the Party. At a Presidium meeting he lists your mistakes, and nobody speaks up for you.
In this version of history the army, not the Party, decides who rules in the Kremlin: the danger the Party called Bonapartism.
What really happened: Zhukov was removed as Defence Minister on 26 October 1957, and the Central Committee expelled him from the Presidium and the Central Committee on 29 October. He was not tried. The Party kept control of the army. # reveal
+ [Continue as history really went # rejoin] -> zhukov_removal.premiership
+ [See the debrief now] -> END
