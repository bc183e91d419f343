// The glossary's rules in Node: one definition per term, terms matched regardless of case.
import { describe, expect, it } from 'vitest';
import { defineTerm, parseGlossary, termsMet } from '../../src/engine/glossary';

const glossary = parseGlossary({ terms: [
  { term: 'Collective leadership', definition: 'The Presidium ruled jointly.' },
  { term: 'Apparatchik', definition: 'A full-time Party official.' },
] }).value;

describe('the glossary', () => {
  it('finds a term whatever its case and spacing, as the glossary writes it', () => {
    expect(defineTerm(glossary, 'collective  leadership')?.term).toBe('Collective leadership');
    expect(defineTerm(glossary, 'APPARATCHIK')?.definition).toBe('A full-time Party official.');
    expect(defineTerm(glossary, 'coup')).toBeNull();
  });

  it('lists the terms met once each, in the order met, with their definitions or none', () => {
    expect(termsMet(['apparatchik', 'Collective leadership', 'Apparatchik', 'coup', 'collective leadership'], glossary)).toEqual([
      { term: 'Apparatchik', definition: 'A full-time Party official.' },
      { term: 'Collective leadership', definition: 'The Presidium ruled jointly.' },
      { term: 'coup', definition: null },
    ]);
  });

  it('names what is wrong with a damaged file, and keeps the good entries', () => {
    expect(parseGlossary([]).value).toBeNull();
    const r = parseGlossary({ terms: [{ term: 'Gulag' }, { term: 'KGB', definition: 'State security.' }, { term: 'kgb', definition: 'Again.' }] });
    expect(r.value?.entries.map((e) => e.term)).toEqual(['KGB']);
    expect(r.problems).toEqual([
      'terms[0] needs a "term" and a "definition"',
      '"kgb" is defined twice (first as "KGB"): terms are matched regardless of case',
    ]);
  });
});
