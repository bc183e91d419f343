import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import type { DecisionRecord } from '../../src/engine/record';
import { buildDebrief, debriefWords } from '../../src/engine/debrief';
import { scoreGame } from '../../src/engine/scoring';
import { GameStory } from '../../src/engine/story';
import { storyData } from '../../src/game/storyData';
import {
  type ClassPlace, type ClassSave, type ClassVote, MAX_CLASS, classChoice, discussed, makeClassSave, parseClassName, parseVotes,
  readClassList, readClassSave, recordVote, resumePlace, splitLine, splitView, votesByDecision,
} from '../../src/engine/wholeClass';

const storyMeta = new GameStory(story).meta;

/** The first decision of the real story, and its record after the class takes option `index`. */
function firstDecision(index: number): { record: DecisionRecord; options: string[]; historical: number } {
  const g = new GameStory(story);
  while (!g.turn.decision) g.choose(0);
  const options = g.turn.choices.map((c) => c.text);
  const historical = g.turn.choices.findIndex((c) => c.tags.historical);
  g.choose(index);
  return { record: g.log.decisions[0], options, historical };
}

describe('reading the hands counted', () => {
  it('reads whole numbers, an empty field as none', () => {
    expect(parseVotes(['19', '', ' 9 '], 3)).toEqual({ ok: true, votes: [19, 0, 9] });
  });

  it('refuses what is not a whole number, a negative count, more than a class and no hands, each with its kind', () => {
    const kind = (fields: string[]) => {
      const r = parseVotes(fields, fields.length);
      return r.ok ? null : { kind: r.error.kind, option: r.error.option };
    };
    expect(kind(['2.5', '1'])).toEqual({ kind: 'not-whole', option: 0 });
    expect(kind(['1', 'ten'])).toEqual({ kind: 'not-whole', option: 1 });
    expect(kind(['1', '1e3'])).toEqual({ kind: 'not-whole', option: 1 });
    expect(kind(['-3', '1'])).toEqual({ kind: 'negative', option: 0 });
    expect(kind(['40', `${MAX_CLASS - 39}`])).toEqual({ kind: 'too-many', option: null });
    expect(kind(['', '0'])).toEqual({ kind: 'no-votes', option: null });
    expect(parseVotes(['30', '30'], 2)).toEqual({ ok: true, votes: [30, 30] });
    const r = parseVotes(['1'], 2);
    expect(r.ok ? null : r.error.kind).toBe('wrong-count');
    const msg = parseVotes(['40', '30'], 2);
    expect(msg.ok ? '' : msg.error.message).toMatch(/add up to 70, more than a class/);
  });
});

describe("the class's choice", () => {
  const at = { decision: 'd', options: ['A', 'B', 'C'], historical: 1 };

  it('is the option with most hands; equal most is a tie', () => {
    expect(classChoice([19, 6, 3])).toEqual({ kind: 'chosen', index: 0 });
    expect(classChoice([10, 3, 10])).toEqual({ kind: 'tie', tied: [0, 2] });
  });

  it('a tie is broken only by the teacher, with one of the options that tied', () => {
    expect(recordVote(at, [10, 3, 10], null)).toBeNull();
    expect(recordVote(at, [10, 3, 10], 1)).toBeNull();
    expect(recordVote(at, [10, 3, 10], 2)).toMatchObject({ chosen: 2, tie: true, votes: [10, 3, 10] });
  });

  it('the count decides when there is no tie; the teacher may press the option with no count', () => {
    expect(recordVote(at, [2, 9, 1], null)).toMatchObject({ chosen: 1, tie: false });
    expect(recordVote(at, [2, 9, 1], 0)).toBeNull();
    expect(recordVote(at, null, 2)).toMatchObject({ chosen: 2, votes: null });
    expect(recordVote(at, null, 3)).toBeNull();
    expect(recordVote(at, [0, 0, 0], null)).toBeNull();
  });
});

describe('the split beside what really happened', () => {
  it('says how many chose what, and whether the player character did the same, in the story’s words', () => {
    const { record, options, historical } = firstDecision(0);
    const first = firstDecision(historical);
    const vote = recordVote({ decision: record.id, options, historical }, options.map((_, i) => (i === historical ? 19 : i === 0 ? 0 : 3)), null);
    if (!vote) throw new Error('no vote');
    const total = 19 + 3 * (options.length - 2);
    const line = splitLine(vote, first.record, storyMeta);
    expect(line).toContain(`19 of ${total} `);
    expect(line).toContain(options[historical].replace(/\.$/, ''));
    if (first.record.kind === 'act') expect(line).toMatch(new RegExp(`so did ${storyMeta.player?.label}\\.$`));
    const view = splitView(vote, first.record, storyMeta);
    expect(view.counts?.reduce((s, c) => s + (c.hands ?? 0), 0)).toBe(total);
    expect(view.counts?.find((c) => c.historical)?.chosen).toBe(true);
  });

  it('when the class chose otherwise, says what really happened; a tie says the teacher broke it', () => {
    const { options, historical } = firstDecision(0);
    const other = historical === 0 ? 1 : 0;
    const d = firstDecision(other);
    const votes = options.map((_, i) => (i === other || i === historical ? 5 : 0));
    const vote = recordVote({ decision: d.record.id, options, historical }, votes, other);
    if (!vote) throw new Error('no vote');
    const line = splitLine(vote, d.record, storyMeta);
    expect(line).toMatch(/^5 of 10 /);
    expect(line).toContain('(a tie, broken by the teacher)');
    expect(line).toContain(options[historical].replace(/\.$/, ''));
    const pressed = recordVote({ decision: d.record.id, options, historical }, null, other);
    if (!pressed) throw new Error('no vote');
    expect(splitLine(pressed, d.record, storyMeta)).toMatch(/^The class /);
  });

  it('pairs each decision with its vote, in order', () => {
    const { record, options, historical } = firstDecision(0);
    const vote = recordVote({ decision: record.id, options, historical }, null, 0);
    expect(votesByDecision([record], vote ? [vote] : [])).toEqual([vote]);
    expect(votesByDecision([record], [])).toEqual([null]);
  });
});

describe('whole-class saves', () => {
  const save: ClassSave = {
    name: '10B Tuesday', minutes: 2, game: '{}', finished: false, savedAt: 1,
    votes: [{ decision: 'd', options: ['A', 'B'], historical: 0, votes: [19, 9], chosen: 0, tie: false }],
    place: { choices: 3, step: 4, phase: 'discuss', discussedMs: 25_000, counts: [] },
  };

  it('read back what was written', () => {
    expect(readClassSave(makeClassSave(save))).toEqual({ ok: true, save });
  });

  it('open a save from before places were kept (no place), and one whose place is damaged, without it: the votes stay', () => {
    const { place: _, ...old } = JSON.parse(makeClassSave(save)) as Record<string, unknown>;
    expect(readClassSave(JSON.stringify(old))).toEqual({ ok: true, save: { ...save, place: null } });
    for (const place of [{ ...save.place, phase: 'dance' }, { ...save.place, step: -1 }, { ...save.place, discussedMs: 'x' }, { ...save.place, counts: [3] }, 7]) {
      expect(readClassSave(JSON.stringify({ ...JSON.parse(makeClassSave(save)), place }))).toEqual({ ok: true, save: { ...save, place: null } });
    }
  });

  it('refuse junk and other versions, each with its kind', () => {
    for (const junk of ['', '{', '[]', 'null', JSON.stringify({ format: 1 }), makeClassSave({ ...save, votes: [{ ...save.votes[0], chosen: 5 }] }),
      makeClassSave({ ...save, minutes: 7 as 2 }), makeClassSave({ ...save, name: '  ' })]) {
      const r = readClassSave(junk);
      expect(r.ok ? null : r.kind).toBe('damaged');
    }
    const r = readClassSave(JSON.stringify({ ...JSON.parse(makeClassSave(save)), format: 9 }));
    expect(r.ok ? null : r.kind).toBe('version');
  });

  it('class names: trimmed, not empty, not too long; the list drops junk and repeats', () => {
    expect(parseClassName('  10B   Tuesday ')).toEqual({ ok: true, name: '10B Tuesday' });
    expect(parseClassName(' ')).toMatchObject({ ok: false, kind: 'empty' });
    expect(parseClassName('x'.repeat(41))).toMatchObject({ ok: false, kind: 'too-long' });
    expect(readClassList(JSON.stringify(['10B Tuesday', 3, '', '10b tuesday', '9A']))).toEqual(['10B Tuesday', '9A']);
    expect(readClassList('{')).toEqual([]);
    expect(readClassList(null)).toEqual([]);
  });
});

describe('where a reload returns the class', () => {
  const kept: ClassPlace = { choices: 3, step: 4, phase: 'discuss', discussedMs: 25_000, counts: [] };
  const at = { choices: 3, screens: 5, decision: true, discussMs: 60_000 };

  it('the same screen and phase, the discussion with the time it had used', () => {
    expect(resumePlace(kept, at)).toEqual(kept);
    expect(resumePlace({ ...kept, phase: 'vote', counts: ['12', ''] }, at)).toEqual({ ...kept, phase: 'vote', counts: ['12', ''] });
    expect(resumePlace({ ...kept, step: 2, phase: 'read', discussedMs: 0 }, at)).toEqual({ ...kept, step: 2, phase: 'read', discussedMs: 0 });
  });

  it('a place from another turn, or none (an older save): the turn opens at its first screen', () => {
    expect(resumePlace(kept, { ...at, choices: 4 })).toBeNull();
    expect(resumePlace(null, at)).toBeNull();
  });

  it('a discussion whose time ran out, or with the timer off, is at the vote; a step past the turn comes back to its last screen', () => {
    expect(resumePlace({ ...kept, discussedMs: 60_000 }, at)).toMatchObject({ phase: 'vote', discussedMs: 60_000 });
    expect(resumePlace(kept, { ...at, discussMs: null })).toMatchObject({ phase: 'vote' });
    expect(resumePlace({ ...kept, step: 9 }, at)).toMatchObject({ step: 4, phase: 'discuss' });
    // Before the decision's last screen, and in a turn with no vote, the class is reading.
    expect(resumePlace({ ...kept, step: 3 }, at)).toMatchObject({ step: 3, phase: 'read', discussedMs: 0 });
    expect(resumePlace(kept, { ...at, decision: false })).toMatchObject({ step: 4, phase: 'read' });
  });

  it('the time discussed never goes below nothing nor past the limit', () => {
    expect(discussed(60_000, 1_000, 26_000)).toBe(25_000);
    expect(discussed(60_000, 1_000, 500)).toBe(0);
    expect(discussed(60_000, 1_000, 900_000)).toBe(60_000);
  });
});

describe("the class's debrief", () => {
  it('gives each decision its split and names the class; a decision with no vote has none', () => {
    const g = new GameStory(story);
    const votes: ClassVote[] = [];
    for (let i = 0; i < 400 && g.log.decisions.length < 2; i++) {
      const t = g.turn;
      const h = Math.max(0, t.choices.findIndex((c) => c.tags.historical));
      if (t.decision && g.log.decisions.length === 0) {
        const v = recordVote({ decision: t.decision.id, options: t.choices.map((c) => c.text), historical: h }, t.choices.map((_, j) => (j === h ? 19 : 3)), null);
        if (v) votes.push(v);
      }
      g.choose(h);
    }
    const m = buildDebrief({ meta: g.meta, record: g.log, score: scoreGame(g.log, g.meta), ...storyData, span: null,
      student: { name: null, classCode: null }, wholeClass: { name: '10B Tuesday', votes } });
    expect(m.audience).toBe('class');
    expect(m.student.name).toBe('10B Tuesday');
    expect(m.rows[0].split?.line).toMatch(/^19 of 25 /);
    const counts = m.rows[0].split?.counts ?? [];
    expect(counts.reduce((s, c) => s + (c.hands ?? 0), 0)).toBe(25);
    expect(counts.find((c) => c.historical)).toMatchObject({ hands: 19, chosen: true });
    expect(m.rows[1].split).toBeNull();
    expect(m.score.parts.find((p) => p.label === 'Survival')?.detail).toMatch(/^The class's /);
  });

  /** A game of the real story's first `n` decisions, the class voting with the count on the first only. */
  function classGame(n: number, historians = storyData.historians) {
    const g = new GameStory(story);
    const votes: ClassVote[] = [];
    for (let i = 0; i < 400 && g.log.decisions.length < n && !g.turn.finished; i++) {
      const t = g.turn;
      // Off history's path: a fall, a prediction missed, and a debate with something to measure.
      const pick = t.decision ? (Math.max(0, t.choices.findIndex((c) => c.tags.historical)) + 1) % t.choices.length : 0;
      if (t.decision && votes.length === 0) {
        const v = recordVote({ decision: t.decision.id, options: t.choices.map((c) => c.text), historical: -1 }, null, pick);
        if (v) votes.push(v);
      }
      g.choose(t.decision ? pick : Math.max(0, t.choices.findIndex((c) => c.tags.historical)));
    }
    return { g, model: buildDebrief({ meta: g.meta, record: g.log, score: scoreGame(g.log, g.meta), ...storyData, historians, span: null,
      student: { name: null, classCode: null }, wholeClass: { name: '10B Tuesday', votes } }) };
  }
  /** Every sentence and heading the debrief itself writes (not the story's text: its cards, quotes, options). */
  const ownWords = (m: ReturnType<typeof classGame>['model']) => [
    ...Object.values(m.words), m.profile ?? '', ...m.score.parts.map((p) => p.detail),
    ...m.rows.flatMap((r) => [r.verdict, r.alignment ?? '', r.split?.line ?? '']),
    m.debate?.verdict ?? '', m.debate?.prompt ?? '',
  ];

  it('speaks to the class, never to one student: the class’s score, choices, character, key terms, evidence and debate', () => {
    const { g, model } = classGame(6);
    expect(model.audience).toBe('class');
    // The options it quotes (“Grab a power ministry of your own…”) are the story's words, spoken in the game.
    const said = ownWords(model).filter((t) => /\b(you|your|yours)\b/i.test(t.replace(/“[^”]*”/g, '“…”')));
    expect(said).toEqual([]);
    // Even a prediction the class made without its vote on record is the class's.
    expect(model.rows.filter((r) => r.kind === 'predict').every((r) => r.verdict.startsWith('The class read '))).toBe(true);
    expect(model.words).toMatchObject({ score: "The class's score", terms: 'Key terms the class met', chose: 'The class chose', readRival: 'Read the rival' });
    expect(model.words.character).toBe(`The class's ${g.meta.player?.label}`);
    expect(model.debate?.prompt).toBe(storyData.historians?.classPrompt);
  });

  it("takes the character's name from the story's # player: tag, and a story's own question for a class when it has one", () => {
    const meta = { ...storyMeta, player: { id: 'ada', label: 'Ada' } };
    expect(debriefWords('class', meta).character).toBe("The class's Ada");
    expect(debriefWords('player', meta).character).toBe('Your Ada');
    expect(debriefWords('class', { ...storyMeta, player: null }).character).toBe('The class');
    const h = storyData.historians;
    if (!h) throw new Error('the story has a historians file');
    expect(classGame(6, { ...h, classPrompt: null }).model.debate?.prompt).toBe('Which historian best explains the decisions the class made?');
  });

  it("leaves one student's debrief as it was", () => {
    const w = debriefWords('player', storyMeta);
    expect(w).toMatchObject({ score: 'Your score', terms: 'Key terms you met', chose: 'You chose', readRival: 'Read your rival', choice: 'Your choice' });
    expect(w.character).toBe(`Your ${storyMeta.player?.label}`);
  });
});
