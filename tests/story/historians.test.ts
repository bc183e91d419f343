// The historians' debate in the debrief agrees with the fact base: every quotation in
// story/historians.json appears word for word in ../shared/history/historians.md, under the
// historian it is given to; the readings the story declares are the ones the file explains;
// and the options that support a reading are the ones the history files ground (pinned here,
// so that a change is a decision, not an accident).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHistorians } from '../../src/engine/historians';
import { GameStory } from '../../src/engine/story';
import story from '../../story/main.ink';

const historiansJson = fileURLToPath(new URL('../../story/historians.json', import.meta.url));
const historiansMd = fileURLToPath(new URL('../../../shared/history/historians.md', import.meta.url));
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

const haveFacts = existsSync(historiansMd);
if (!haveFacts) console.warn(`\n*** ${historiansMd} is not here: the historians' quotations cannot be checked against it. ***\n`);

describe.skipIf(!haveFacts)('the historians agree with ../shared/history/historians.md', () => {
  const md = haveFacts ? readFileSync(historiansMd, 'utf8') : '';
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

  it('gives the teacher the caveats historians.md gives', () => {
    const caveat = (name: string) => entries.find((h) => h.name === name)?.caveat ?? '';
    expect(row('Robert C. Tucker')).toMatch(/more sceptical than/);
    expect(caveat('Robert C. Tucker')).toMatch(/more sceptical than/);
    expect(row('Sheila Fitzpatrick')).toMatch(/2021.*March 2022/);
    expect(caveat('Sheila Fitzpatrick')).toMatch(/2021.*March 2022/);
    expect(row('Robert Service')).toMatch(/several editions/);
    expect(caveat('Robert Service')).toMatch(/several editions/);
  });
});

describe('the options that support a reading', () => {
  it('are the ones the history files ground, each on what Khrushchev really did', () => {
    const game = new GameStory(story);
    const tagged: Record<string, string> = {};
    for (let guard = 0; !game.turn.finished && guard < 300; guard++) {
      const t = game.turn;
      for (const c of t.choices) {
        if (c.tags.reading) {
          expect(c.tags.historical, `${t.decision?.id}: "${c.text}"`).toBe(true);
          tagged[t.decision?.id ?? '?'] = c.tags.reading;
        }
      }
      const i = t.decision ? t.choices.findIndex((c) => c.tags.historical) : t.choices.findIndex((c) => c.text.startsWith('Continue'));
      game.choose(Math.max(0, i));
    }
    expect(tagged).toEqual({
      virgin_lands: 'limited', // Service: "Khrushchev kept the kolkhozes"; historians.md maps DP05 to Service.
      secret_speech: 'limited', // Service: only a campaign against "the cult of the individual".
      prisoner_releases_1956: 'break', // McCauley: de-Stalinisation "emptied the camps".
      hungary_1956: 'unintended', // historians.md maps DP11 to Fitzpatrick and Figes.
      anti_party_group: 'break', // historians.md maps DP13 to McCauley and Tucker: opponents sacked, not shot.
      twenty_second_congress: 'limited', // Dobson: 1961 "came with tighter limits on discussion".
      ivan_denisovich: 'break', // McCauley: de-Stalinisation "freshened culture".
    });
    // Khrushchev's own path supports every reading: the debate stays open.
    expect(new Set(game.log.decisions.map((d) => d.reading).filter(Boolean))).toEqual(new Set(['break', 'limited', 'unintended']));
  });
});
