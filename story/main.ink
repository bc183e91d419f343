// Thaw: the story. The tags at the top describe the game to the engine;
// story/README.md explains every tag. Each chapter lives in its own file.
# title: Thaw
# subtitle: Khrushchev's struggle for power, 1953–1964
# intro: Stalin is dead. You are Nikita Khrushchev. Each decision is scored against what really happened: act as Khrushchev did, and read what your rivals Beria and Malenkov will do next.
# power: 0 to 100
// The ambient bed from each date on (beds are named in assets/sound/loops.json).
# music: 1953 = 1953
# music: 1956 = 1956
# music: 1962 = 1962
// The kind of place behind the debrief: the Central Committee plenum that ends the story.
# debrief: plenum
# start: 5 March 1953
# end: 14 October 1964
# base: party = Party apparatus
# base: presidium = Presidium
# base: army = Army
# base: security = Security organs
# base: people = People
# cast: khrushchev = Khrushchev
// The cast member the player plays: the debrief says "Your Khrushchev fell on..."
# player: khrushchev
# cast: beria = Beria
# cast: malenkov = Malenkov
# cast: molotov = Molotov
# cast: hardliner = a Stalinist hard-liner
# cast: kaganovich = Kaganovich
# cast: mikoyan = Mikoyan
# cast: zhukov = Zhukov
# cast: brezhnev = Brezhnev
// The people below are never an option's actor: they are declared so that # present: can name them.
# cast: bulganin = Bulganin
# cast: voroshilov = Voroshilov
# cast: pervukhin = Pervukhin
# cast: saburov = Saburov
# cast: suslov = Suslov
# cast: kirichenko = Kirichenko
# cast: malinovsky = Malinovsky
# cast: kozlov = Kozlov
# cast: kosygin = Kosygin
# cast: mzhavanadze = Mzhavanadze
# cast: gomulka = Gomułka
// The historians' three readings of de-Stalinisation (../shared/history/historians.md). An option
// tagged "# reading: break" supports the first; the debrief counts the player's and shows the
// historians of each, from story/historians.json.
# reading: break = A genuine break
# reading: limited = Limited or tactical
# reading: unintended = Destabilising or unintended
# rank: 90 = First Secretary of the Central Committee
# rank: 75 = Member of the Presidium
# rank: 55 = Secretary of the Central Committee
# rank: 35 = Regional Party secretary
# rank: 0 = Manager of a distant power station

// The power bases, 0–100. Each option's "effect" tag moves them; the story reads them
// to decide whether a leader survives.
VAR party = 40
VAR presidium = 35
VAR army = 30
VAR security = 20
VAR people = 30

INCLUDE chapters/01_death_of_stalin.ink
INCLUDE chapters/02_beria.ink
INCLUDE chapters/03_first_secretary.ink
INCLUDE chapters/04_virgin_lands.ink
INCLUDE chapters/05_malenkov_falls.ink
INCLUDE chapters/06_secret_speech.ink
INCLUDE chapters/07_hungary.ink
INCLUDE chapters/08_anti_party_group.ink
INCLUDE chapters/09_zhukov.ink
INCLUDE chapters/10_twenty_second_congress.ink
INCLUDE chapters/11_crisis_year.ink
INCLUDE chapters/12_october_1964.ink

-> death_of_stalin
