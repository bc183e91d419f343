// The historians' debate in the debrief agrees with the fact base: every quotation in
// story/historians.json appears word for word in story/history/historians.md, under the
// historian it is given to; the readings the story declares are the ones the file explains;
// and the options that support a reading are the ones the history files ground (pinned here,
// so that a change is a decision, not an accident).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leadingReadings, parseHistorians, readingSupport } from '../../src/engine/historians';
import type { DecisionRecord } from '../../src/engine/record';
import { GameStory, type Turn } from '../../src/engine/story';
import story from '../../story/main.ink';

const historiansJson = fileURLToPath(new URL('../../story/historians.json', import.meta.url));
const historiansMd = fileURLToPath(new URL('../../story/history/historians.md', import.meta.url));
const parsed = parseHistorians(JSON.parse(readFileSync(historiansJson, 'utf8')));
const file = parsed.value;
const entries = Object.entries(file?.readings ?? {}).flatMap(([reading, r]) => r.historians.map((h) => ({ reading, ...h })));

describe('story/historians.json', () => {
  it('is well formed and explains exactly the readings main.ink declares', () => {
    expect(parsed.problems).toEqual([]);
    const declared = new GameStory(story).meta.readings.map((r) => r.id);
    expect(declared).toEqual(['break', 'limited', 'unintended']);
    expect(Object.keys(file?.readings ?? {})).toEqual(declared);
    expect(entries.map((h) => [h.reading, h.name])).toEqual([
      ['break', 'Robert C. Tucker'], ['break', 'Martin McCauley'],
      ['limited', 'Robert Service'], ['limited', 'Miriam Dobson'],
      ['unintended', 'Orlando Figes'], ['unintended', 'Sheila Fitzpatrick'],
    ]);
  });
});

describe('the historians agree with story/history/historians.md', () => {
  const md = readFileSync(historiansMd, 'utf8');
  /** The table row of historians.md that starts with this historian's name in bold. */
  const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| **${name}**`)) ?? '';

  it.each(entries.map((h) => [h.name, h] as const))('%s: the quotation, word for word, in their own row', (name, h) => {
    expect(row(name), `${name} has a row in historians.md`).not.toBe('');
    expect(row(name)).toContain(`"${h.quote}"`);
  });

  it.each(entries.map((h) => [h.name, h] as const))('%s: the work and its date', (name, h) => {
    expect(row(name)).toContain(h.work);
    // Fitzpatrick's date is the corrected one (2022, SC25), which the row also gives.
    expect(row(name)).toContain(h.date);
  });

  it('groups each historian under the reading historians.md gives them', () => {
    const framing = md.slice(md.indexOf('## Debrief framing'));
    const line = (n: number) => framing.split('\n').find((l) => l.startsWith(`${n}. `)) ?? '';
    const surname = (id: string) => entries.filter((h) => h.reading === id).map((h) => h.name.split(' ').at(-1));
    expect(line(1)).toMatch(/Genuine break/);
    for (const s of surname('break')) expect(line(1)).toContain(s);
    expect(line(2)).toMatch(/Limited or tactical/);
    for (const s of surname('limited')) expect(line(2)).toContain(s);
    expect(line(3)).toMatch(/Destabilising or unintended/);
    for (const s of surname('unintended')) expect(line(3)).toContain(s);
  });

  it('keeps for the teacher (never the student) the notes historians.md gives', () => {
    const caveat = (name: string) => entries.find((h) => h.name === name)?.teacherNote ?? '';
    expect(row('Robert C. Tucker')).toMatch(/more sceptical than/);
    expect(caveat('Robert C. Tucker')).toMatch(/more sceptical than/);
    expect(row('Sheila Fitzpatrick')).toMatch(/2021.*March 2022/);
    expect(caveat('Sheila Fitzpatrick')).toMatch(/2021.*March 2022/);
    expect(row('Robert Service')).toMatch(/several editions/);
    expect(caveat('Robert Service')).toMatch(/several editions/);
  });
});

describe('the passages the reading tags name', () => {
  const md = readFileSync(historiansMd, 'utf8');
  const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| **${name}**`)) ?? '';
  it.each(Object.entries(file?.passages ?? {}))('%s: says, word for word, what its historian\'s row of historians.md says', (_, p) => {
    expect(row(p.historian)).toContain(p.says);
  });
});

/** Plays the story, choosing by `pick` at each decision (and going on as history went after a fall). */
function playBy(pick: (t: Turn) => number) {
  const game = new GameStory(story);
  const options: { decision: string; text: string; historical: boolean; reading: string | null; passage: string | null }[] = [];
  for (let guard = 0; !game.turn.finished && guard < 300; guard++) {
    const t = game.turn;
    for (const c of t.choices) {
      if (t.decision) options.push({ decision: t.decision.id, text: c.text, historical: c.tags.historical, reading: c.tags.reading, passage: c.tags.passage });
    }
    const i = t.decision ? pick(t) : t.choices.findIndex((c) => c.text.startsWith('Continue'));
    game.choose(Math.max(0, i));
  }
  return { log: game.log, options };
}
const historicalPick = (t: Turn) => t.choices.findIndex((c) => c.tags.historical);
/** The more radical break where the story offers one: publish the whole speech, amnesty every political prisoner. */
const radicalPick = (t: Turn) => {
  const radical = t.choices.findIndex((c) => /publish every word|general amnesty for political prisoners/.test(c.text));
  return radical >= 0 ? radical : historicalPick(t);
};

describe('the options a reading explains', () => {
  it('are the ones a passage of the historians\' notes grounds, historical or not', () => {
    const tagged = Object.fromEntries(playBy(historicalPick).options.filter((o) => o.reading)
      .map((o) => [`${o.decision}: ${o.text.split(' ').slice(0, 3).join(' ')}`, `${o.reading} @${o.passage}${o.historical ? ' (historical)' : ''}`]));
    expect(tagged).toEqual({
      'malenkov_loses_premiership: Attack his economic': 'break @tucker1957 (historical)',
      'packing_the_central_committee: Replace regional Party': 'limited @tucker1957_packing (historical)',
      'virgin_lands: Plough the "virgin': 'limited @service2005_kolkhozes (historical)',
      'secret_speech: Denounce Stalin in': 'break @mccauley1987_break',
      'secret_speech: Speak to a': 'limited @service2005_cult (historical)',
      'prisoner_releases_1956: Declare a general': 'break @mccauley1987_camps',
      'prisoner_releases_1956: Send travelling commissions': 'break @mccauley1987_camps (historical)',
      'hungary_1956: Invade in force': 'unintended @fitzpatrick2022_crisis (historical)',
      'anti_party_group: Refuse. Only the': 'break @mccauley1987_rivals (historical)',
      'twenty_second_congress: Attack Stalin and': 'limited @dobson2011_1961 (historical)',
      'twenty_second_congress: Quietly drop de-Stalinisation,': 'limited @dobson2011_retreat',
      'ivan_denisovich: Authorise publication, and': 'break @mccauley1987_culture (historical)',
      'ivan_denisovich: Ban it. The': 'limited @dobson2011_1961',
      'ivan_denisovich: Let it be': 'limited @dobson2011_1961',
    });
  });

  it('measure interpretation: the historical path ties two readings, the more radical path leans to "a genuine break"', () => {
    const meta = new GameStory(story).meta;
    const measure = (log: { decisions: DecisionRecord[] }) => readingSupport(log.decisions, meta.readings)
      .map((s) => [s.reading.id, s.decisions.length, Math.round(s.share * 100)]);
    const historical = playBy(historicalPick).log;
    const radical = playBy(radicalPick).log;
    expect(measure(historical)).toEqual([['break', 4, 44], ['limited', 4, 44], ['unintended', 1, 11]]);
    expect(leadingReadings(readingSupport(historical.decisions, meta.readings)).map((s) => s.reading.id)).toEqual(['break', 'limited']);
    expect(measure(radical)).toEqual([['break', 5, 56], ['limited', 3, 33], ['unintended', 1, 11]]);
    expect(leadingReadings(readingSupport(radical.decisions, meta.readings)).map((s) => s.reading.id)).toEqual(['break']);
  });
});
