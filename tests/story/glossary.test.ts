// story/glossary.json agrees with the fact base: a term that story/history/glossary.md lists
// has its definition word for word (without the [P#] references), and every term the story's
// cards name is defined (the checker also fails the story otherwise).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineTerm, parseGlossary } from '../../src/engine/glossary';

const glossaryJson = fileURLToPath(new URL('../../story/glossary.json', import.meta.url));
const glossaryMd = fileURLToPath(new URL('../../story/history/glossary.md', import.meta.url));
const storyDir = fileURLToPath(new URL('../../story/', import.meta.url));
const parsed = parseGlossary(JSON.parse(readFileSync(glossaryJson, 'utf8')));

describe('story/glossary.json', () => {
  it('is well formed and defines every term a card names', () => {
    expect(parsed.problems).toEqual([]);
    const ink = ['main.ink', ...['01_death_of_stalin', '02_beria', '03_first_secretary', '04_virgin_lands', '05_malenkov_falls', '06_secret_speech',
      '07_hungary', '08_anti_party_group', '09_zhukov', '10_twenty_second_congress', '11_crisis_year', '12_october_1964'].map((c) => `chapters/${c}.ink`)]
      .map((f) => readFileSync(`${storyDir}${f}`, 'utf8')).join('\n');
    const terms = [...ink.matchAll(/#\s*term:\s*([^#\]\n]+)/g)].map((m) => m[1].trim());
    expect(terms.length).toBeGreaterThan(20);
    for (const t of terms) expect(defineTerm(parsed.value, t), t).not.toBeNull();
  });
});

describe('the glossary agrees with story/history/glossary.md', () => {
  const md = readFileSync(glossaryMd, 'utf8');
  const rows = new Map(md.split('\n').map((l) => /^\| ([^|]+?) \| ([^|]+?) \| [^|]+ \|$/.exec(l)).filter((m) => m !== null)
    .map((m) => [m[1], m[2].replace(/\s*\[P[\d, P]+\]/g, '')]));

  // The fact base cites the seeds by number ("002 calls Khrushchev …"): its pointer to its own
  // notes, which mean nothing to a student. A definition that names a seed is told in the
  // story's words instead: its first clause and every quotation kept, no seed number.
  const seed = /\b00\d\b/;

  it('copies the definition of every term glossary.md lists, word for word, or in its own words where glossary.md names a seed', () => {
    const listed = (parsed.value?.entries ?? []).filter((e) => rows.has(e.term));
    expect(listed.length).toBeGreaterThanOrEqual(25);
    for (const e of listed) {
      const md = rows.get(e.term) as string;
      if (!seed.test(md)) {
        expect(e.definition, e.term).toBe(md);
        continue;
      }
      expect(e.definition.startsWith(md.split(';')[0]), e.term).toBe(true);
      for (const [quoted] of md.matchAll(/"[^"]+"/g)) expect(e.definition, e.term).toContain(quoted);
    }
  });

  it('names no seed file to a student', () => {
    for (const e of parsed.value?.entries ?? []) expect(e.definition, e.term).not.toMatch(seed);
  });
});
