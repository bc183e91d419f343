// The story checker on small stories with one known fault each (tests/fixtures/ink/checker).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/checker/check';
import { countLiveness, countVisits, inkJsonFacts } from '../../src/checker/inkJson';
import { walkStory } from '../../src/checker/walk';
import { compileInkFile } from '../../src/compiler/compileInk';
import { finalScore, scoreGame, survivalByDate } from '../../src/engine/scoring';
import { StoryProbe } from '../../src/engine/probe';
import { type Checkpoint, GameStory, type Turn } from '../../src/engine/story';
import { checkFile } from '../../src/checker/checkFile';

const DIR = 'tests/fixtures/ink/checker';
const fixture = (name: string) => `${DIR}/${name}.ink`;
const messages = (list: { message: string }[]) => list.map((p) => p.message).join('\n');

describe('story checker', () => {
  it('passes a story that follows the conventions', () => {
    const r = checkFile(fixture('good'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.conventions).toBe(true);
    expect(r.decisions).toEqual([
      { file: fixture('good'), line: 6, id: 'first_move', kind: 'act', rival: null, options: 3, historical: 1 },
    ]);
    expect(r.walk).toMatchObject({ endings: 2, deadEnds: 0, complete: true });
    expect(r.endings.map((e) => e.kind).sort()).toEqual(['counterfactual', 'historical']);
    // Historical: 100. Never: judgement 0 and a fall in June 1953, 5 months of 7 years.
    expect(r.score).toMatchObject({ min: 2, max: 100 });
  });

  it('finds a decision with no historical option, at its line', () => {
    const r = checkFile(fixture('missing_historical'));
    expect(r.errors).toEqual([
      { file: fixture('missing_historical'), line: 6, message: 'decision "first_move" has no option marked # historical' },
    ]);
  });

  it('finds two historical options', () => {
    const r = checkFile(fixture('two_historical'));
    expect(messages(r.errors)).toMatch(/"first_move" has 2 options marked # historical/);
    expect(r.decisions[0]).toMatchObject({ options: 3, historical: 2 });
  });

  it('finds an actor missing from the cast, at the option', () => {
    const r = checkFile(fixture('unknown_actor'));
    expect(r.errors).toEqual([expect.objectContaining({ line: 9, message: expect.stringMatching(/actor "bulganin" is not declared/) })]);
  });

  it('finds a mood or a speaker missing from the cast, and a malformed mood, at their lines', () => {
    const r = checkFile(fixture('unknown_mood'));
    expect(r.errors).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringMatching(/mood of "bulganin", who is not declared as # cast:/) }),
      expect.objectContaining({ line: 8, message: expect.stringMatching(/mood "malenkov stern" should look like "beria = stern"/) }),
      expect.objectContaining({ line: 5, message: expect.stringMatching(/"bulganin" in # speaker: is not declared as # cast:/) }),
    ]);
  });

  it('finds a malformed effect and an effect on an undeclared base', () => {
    const r = checkFile(fixture('bad_effect'));
    expect(r.errors.map((e) => e.line)).toEqual([8, 8]);
    expect(messages(r.errors)).toMatch(/effect "party minus 5" should look like/);
    expect(messages(r.errors)).toMatch(/effect on "army", which is not declared as # base:/);
  });

  it('passes a # stake: that is the line its ink condition falls at', () => {
    const r = checkFile(fixture('stake'));
    expect(r.errors).toEqual([]);
  });

  it('finds a # stake: at another line than the ink condition, or on an undeclared base, at the decision', () => {
    const off = checkFile(fixture('stake_off_line'));
    expect(off.errors).toEqual([
      { file: fixture('stake_off_line'), line: 6, message: expect.stringMatching(/stake: party 40, but no ink condition "party < 40"/) },
    ]);
    const unknown = checkFile(fixture('stake_unknown_base'));
    expect(messages(unknown.errors)).toMatch(/stake: army 35 names a base not declared/);
  });

  it('finds a "what really happened" text without a source', () => {
    const r = checkFile(fixture('missing_source'));
    expect(r.errors).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/without a # source:/) })]);
  });

  it('finds a "what really happened" text that comes only after a later choice: the game shows it as no decision\'s card', () => {
    const r = checkFile(fixture('late_reveal'));
    expect(r.errors).toEqual([expect.objectContaining({ line: 6, message: expect.stringMatching(/"first_move" is not followed by a "what really happened" text/) })]);
  });

  it('finds a dead end and says how to get there', () => {
    const r = checkFile(fixture('dead_end'));
    expect(r.walk.deadEnds).toBe(1);
    expect(r.deadEnds[0]).toMatchObject({ line: 21, text: 'The end, with no ending tag.' });
    expect(r.errors).toEqual([expect.objectContaining({ line: 21, message: expect.stringMatching(/^dead end/) })]);
  });

  it('warns of a knot that is never reached', () => {
    const r = checkFile(fixture('unreachable_knot'));
    expect(r.errors).toEqual([]);
    expect(r.unreachedKnots).toEqual([{ file: fixture('unreachable_knot'), line: 24, knot: 'forgotten' }]);
  });

  it('reports a compile error with its file and line', () => {
    const r = checkFile(fixture('compile_error'));
    expect(r.errors).toEqual([
      { file: fixture('compile_error'), line: 5, message: "Divert target not found: '-> nowhere_at_all'" },
    ]);
    expect(r.walk.complete).toBe(false);
  });

  it('walks a story written without our conventions, with no errors', () => {
    const r = checkFile(fixture('no_conventions'));
    expect(r.conventions).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.walk).toMatchObject({ complete: true, deadEnds: 0 });
    // Where it stops: after "Leave" and after talking. Ink itself prints the text of an option
    // written without brackets once it is chosen ("Leave"), and "Talk -> talk" glues "Talk" to
    // the first line of the knot: plain inkjs gives exactly these last lines (checked below).
    expect(r.endings.map((e) => e.text).sort()).toEqual(['Leave', 'Talk "Hello," they say.']);
    const lastLine = (path: number[]) => {
      const s = new Story(compileInkFile(fixture('no_conventions')).json as string);
      const out: string[] = [];
      for (const i of [...path, -1]) {
        while (s.canContinue) out.push((s.Continue() ?? '').trim());
        if (i >= 0) s.ChooseChoiceIndex(i);
      }
      return out.filter((l) => l).at(-1);
    };
    expect(lastLine([0, 1])).toBe('Leave');
    expect(lastLine([0, 0])).toBe('Talk "Hello," they say.');
  });

  it('stops at its state limit and says the walk is incomplete', () => {
    const r = checkFile(fixture('good'), { maxStates: 2 });
    expect(r.walk).toMatchObject({ complete: false, states: 2 });
    expect(messages(r.warnings)).toMatch(/limit of 2 states/);
  });

  it('prints one JSON object with --json and exits 1 on errors', () => {
    const run = (file: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/storyCheck.ts', file, '--json'], { encoding: 'utf8' }) };
      } catch (e) {
        const err = e as { status: number; stdout: string };
        return { code: err.status, out: err.stdout };
      }
    };
    const bad = run(fixture('two_historical'));
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.out);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['errors', 'warnings', 'decisions', 'walk']));
    expect(report.decisions[0]).toEqual(expect.objectContaining({ id: 'first_move', kind: 'act', rival: null, options: 3, historical: 2 }));
    expect(report.walk).toEqual(expect.objectContaining({ states: expect.any(Number), endings: 2, deadEnds: 0, complete: true }));
    expect(run(fixture('good')).code).toBe(0);
  });
});

/** Every path of a small finite story, played without merging any states. */
function playEveryPath(json: string) {
  const game = new GameStory(json);
  const lastTexts = new Set<string>();
  const finals: number[] = [];
  const options = new Map<string, Set<string>>();
  const visit = (cp: Checkpoint, turn: Turn) => {
    if (turn.decision) {
      const seen = options.get(turn.decision.id) ?? new Set<string>();
      seen.add(JSON.stringify(turn.choices.map((c) => c.raw)));
      options.set(turn.decision.id, seen);
    }
    if (turn.finished) {
      lastTexts.add([...turn.lines].reverse().find((l) => l.text.trim())?.text.trim() ?? '');
      finals.push(scoreGame(game.log, game.meta).final);
      return;
    }
    for (let i = 0; i < turn.choices.length; i++) {
      game.restore(cp);
      const next = game.choose(i);
      visit(game.checkpointNow(), next);
    }
  };
  visit(game.checkpointNow(), game.turn);
  return { lastTexts, finals, options };
}

function walkFile(file: string) {
  const json = compileInkFile(file).json as string;
  const counted = countVisits(json, []);
  return {
    json,
    walk: walkStory(counted.json, { maxStates: 100_000, facts: inkJsonFacts(json), track: [], liveness: countLiveness(counted.json) }),
  };
}

describe('the walk merges states soundly', () => {
  const stories = [
    fixture('revisits'), fixture('good'), fixture('no_conventions'),
    ...['I002', 'I025', 'I040', 'I042', 'I053', 'I058', 'I062', 'tags_in_choice', 'turns_since'].map((d) => `tests/fixtures/ink/conformance/${d}/story.ink`),
  ];
  it.each(stories)('%s: same ends, options and score range as playing every path', (file) => {
    const { json, walk } = walkFile(file);
    const all = playEveryPath(json);
    expect(walk.complete).toBe(true);
    expect(new Set([...walk.finishes.values()].map((f) => f.lastText))).toEqual(all.lastTexts);
    const seen = new Map([...walk.decisions].map(([id, list]) => [id, new Set(list.map((d) => JSON.stringify(d.options)))]));
    expect(seen).toEqual(all.options);
    if (walk.score) {
      expect(walk.score.exact).toBe(true);
      expect(walk.score.min.final).toBe(Math.min(...all.finals));
      expect(walk.score.max.final).toBe(Math.max(...all.finals));
    }
  }, 30_000);

  it('merges states in a story that revisits knots, and keeps the counts it reads', () => {
    const { json, walk } = walkFile(fixture('revisits'));
    const all = playEveryPath(json);
    expect(walk.states).toBeLessThan(all.finals.length);
    // Once-only choices in the re-entered hub and tunnel are offered in every combination.
    expect(all.options.get('hub_turn')?.size).toBeGreaterThan(3);
    expect(all.options.get('aside_turn')?.size).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('names a way to play each end of the score range', () => {
    for (const file of [fixture('revisits'), fixture('good')]) {
      const { json, walk } = walkFile(file);
      for (const end of [walk.score?.min, walk.score?.max]) {
        const game = new GameStory(json);
        for (const i of end?.path ?? []) game.choose(i);
        expect(game.turn.finished).toBe(true);
        expect(scoreGame(game.log, game.meta).final).toBe(end?.final);
      }
    }
  });

  it('knows which counts and variables the story can still read', () => {
    const json = compileInkFile(fixture('revisits')).json as string;
    const live = countLiveness(json);
    // The hub is re-entered: its once-only choices stay live inside it; the finale reads nothing.
    expect([...live.liveFrom('hub.0.c-0')]).toEqual(expect.arrayContaining(['hub.0.c-0', 'hub', '$party']));
    // Inside the tunnel nothing is read before it returns; the caller's frame, also on ink's call
    // stack and so also in the key, reads the tunnel's once-only choices again.
    expect([...live.liveFrom('aside.0.c-0')]).toEqual([]);
    expect([...live.liveFrom('detour')]).toEqual(expect.arrayContaining(['aside.0.c-0', 'aside.0.c-1', 'hub.0.c-2']));
    expect([...live.liveFrom('finale')]).toEqual([]);
  });
});

describe('the story as the tools see it (StoryProbe)', () => {
  const json = compileInkFile(fixture('revisits')).json as string;

  it('takeChoice then playTurn is choose', () => {
    const a = new GameStory(json);
    const b = new StoryProbe(json);
    for (const i of [3, 0, 0]) {
      const ta = a.choose(i);
      b.takeChoice(i);
      expect(b.playTurn()).toEqual(ta);
    }
    expect(b.log).toEqual(a.log);
    const { inkState: _a, ...restA } = a.checkpointNow();
    const { inkState: _b, ...restB } = b.checkpointNow();
    expect(restB).toEqual(restA);
  });

  it('resumeAt goes back to a choice point without replaying it, with an empty log', () => {
    const game = new StoryProbe(json, { checkpoints: false });
    expect(() => {
      game.choose(0);
      game.checkpointNow();
    }).toThrow(/no checkpoints/);
    const at = game.choicePointState();
    const first = game.choose(1);
    const logged = game.log;
    game.resumeAt(at);
    expect(game.turn).toBe(at.turn);
    expect(game.log.decisions).toEqual([]);
    expect(game.choose(1)).toEqual(first);
    expect(game.log.decisions).toEqual(logged.decisions.slice(-1));
  });

  it('finalScore gives scoreGame\'s final score from the counts', () => {
    const game = new GameStory(json);
    const meta = game.meta;
    expect(survivalByDate('1 January 1953', meta)).toBe(0);
    expect(survivalByDate('1 January 1960', meta)).toBe(1);
    expect(survivalByDate(null, meta)).toBeNull();
    for (const path of [[0, 0, 0, 1], [3, 0, 1], [3, 1, 3, 0, 3, 2, 1]]) {
      const g = new GameStory(json);
      for (const i of path) if (!g.turn.finished) g.choose(Math.min(i, g.turn.choices.length - 1));
      const s = scoreGame(g.log, meta);
      const counts = { actMatched: s.judgement.matched, actTotal: s.judgement.total, predMatched: s.reading.matched, predTotal: s.reading.total, survival: s.survival };
      expect(finalScore(counts, meta)).toEqual({ final: s.final, rank: s.rank });
    }
    // No predictions: the weights are renormalised over judgement and survival.
    expect(finalScore({ actMatched: 1, actTotal: 2, predMatched: 0, predTotal: 0, survival: 1 }, meta).final).toBe(Math.round((100 * (0.5 * 0.5 + 0.2)) / 0.7));
  });
});

describe("story checker: the historians' readings", () => {
  /** Check the readings fixture with another historians file in place of the one beside it. */
  function withHistorians(historians: { file: string; text: string } | null) {
    const file = fixture('readings');
    const compiled = compileInkFile(file);
    return checkStory({
      file, json: compiled.json, errors: compiled.errors, warnings: compiled.warnings, historians,
      sources: compiled.files.map((f) => ({ file: path.relative(process.cwd(), f), text: readFileSync(f, 'utf8') })),
    });
  }

  it('passes readings that are declared, supported by options and explained in historians.json', () => {
    const r = checkFile(fixture('readings'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('finds an option that supports an undeclared reading, at the option', () => {
    const r = checkFile(fixture('unknown_reading'));
    expect(r.errors).toEqual([
      { file: fixture('unknown_reading'), line: 11, message: 'option "Wait.": reading "tactical" is not declared as # reading: in the global tags' },
    ]);
    // "limited" is now declared but no option supports it.
    expect(r.warnings).toEqual([expect.objectContaining({ line: 3, message: 'reading "limited" is declared but no option supports it' })]);
  });

  it('refuses a reading tag that names no passage, a passage not in the file or of another reading, and a historian judging what came after the work', () => {
    const file = fixture('reading_passages');
    const r = checkFile(file);
    expect(r.errors).toEqual([
      { file, line: 11, message: `option "Speak." of decision "first_move": # reading: break names no passage of the historians' notes: write # reading: break @passage, with the passage in historians.json` },
      { file, line: 12, message: 'option "Wait." of decision "first_move": passage "ann2000" supports "break", not "limited"' },
      { file, line: 13, message: 'option "Leave." of decision "first_move": Cal Historian (1953) cannot judge a decision of 1 March 1953: the work came before it' },
      { file, line: 14, message: `option "Hide." of decision "first_move": passage "nowhere" is not among the "passages" of ${DIR}/historians.json` },
    ]);
  });

  it('finds a reading with no historians, at its declaration', () => {
    const r = checkFile(fixture('reading_without_historians'));
    expect(r.errors).toEqual([
      { file: fixture('reading_without_historians'), line: 4, message: `reading "unintended" has no historians in ${DIR}/historians.json` },
    ]);
  });

  it('finds a missing, broken or incomplete historians file', () => {
    expect(messages(withHistorians(null).errors)).toBe([
      'reading "break" has no historians : there is no historians.json beside the main ink file',
      'reading "limited" has no historians : there is no historians.json beside the main ink file',
    ].join('\n'));
    const broken = withHistorians({ file: 'h.json', text: '{ "readings": ' });
    expect(broken.errors[0]).toMatchObject({ file: 'h.json', message: expect.stringMatching(/^the historians file is not valid JSON/) });
    expect(broken.errors).toHaveLength(3);
    const good = JSON.parse(readFileSync(`${DIR}/historians.json`, 'utf8'));
    delete good.readings.limited.historians[0].quote;
    const incomplete = withHistorians({ file: 'h.json', text: JSON.stringify(good) });
    expect(messages(incomplete.errors)).toBe([
      'historians file: readings.limited.historians[0] needs "quote"',
      'historians file: passages.ben2001: "Ben Historian" is not one of the historians of "readings"',
      'reading "limited" has no historians in h.json',
    ].join('\n'));
  });
});

describe('story checker: the glossary', () => {
  const file = 'tests/fixtures/ink/glossary/terms.ink';
  const glossaryFile = 'tests/fixtures/ink/glossary/glossary.json';

  it('fails on a key term with no definition, matches terms regardless of case, and warns of a definition never used', () => {
    const r = checkFile(file);
    expect(r.errors).toEqual([{ file, line: 20, message: `key term "coup" has no definition in ${glossaryFile}` }]);
    expect(r.warnings).toEqual([{ file: glossaryFile, line: 4, message: `${glossaryFile} defines "Gulag", which no card names with # term:` }]);
  });

  it('refuses a glossary that defines a term twice, in two cases', () => {
    const compiled = compileInkFile(file);
    const twice = JSON.stringify({ terms: [
      { term: 'Apparatchik', definition: 'An official.' }, { term: 'apparatchik', definition: 'Another.' }, { term: 'Coup', definition: 'A seizure of power.' },
    ] });
    const r = checkStory({
      file, json: compiled.json, errors: compiled.errors, warnings: compiled.warnings, glossary: { file: 'g.json', text: twice },
      sources: compiled.files.map((f) => ({ file: path.relative(process.cwd(), f), text: readFileSync(f, 'utf8') })),
    });
    expect(messages(r.errors)).toBe('glossary file: "apparatchik" is defined twice (first as "Apparatchik"): terms are matched regardless of case');
  });
});

describe('story checker: exam questions and the timeline', () => {
  const file = 'tests/fixtures/ink/glossary/terms.ink';
  function withStudy(exam: unknown, timeline: unknown) {
    const compiled = compileInkFile(file);
    return checkStory({
      file, json: compiled.json, errors: compiled.errors, warnings: compiled.warnings,
      exam: { file: 'exam.json', text: JSON.stringify(exam, null, 1) }, timeline: { file: 'timeline.json', text: JSON.stringify(timeline, null, 1) },
      sources: compiled.files.map((f) => ({ file: path.relative(process.cwd(), f), text: readFileSync(f, 'utf8') })),
    });
  }
  const side = (...decisions: string[]) => ({ case: 'A case.', decisions });
  const questions = ['How far?', 'To what extent?', 'How significant?'].map((question, i) => ({ id: `q${i}`, question, for: side('first_move'), against: side('first_move') }));

  it('passes questions and a timeline that name the story\'s decisions, one dated entry each', () => {
    const r = withStudy({ questions }, { events: [{ date: '1 March 1953', event: 'He spoke.', decision: 'first_move' }, { date: '1954', event: 'Later.' }] });
    expect(r.errors.filter((e) => /exam|timeline/.test(e.file))).toEqual([]);
  });

  it('fails on a decision the story does not have, and on a decision with no dated entry', () => {
    const r = withStudy(
      { questions: [...questions.slice(1), { ...questions[0], against: side('no_such_decision') }] },
      { events: [{ date: '1 March 1953', event: 'Something else.', decision: 'other' }] },
    );
    expect(messages(r.errors.filter((e) => /exam|timeline/.test(e.file)))).toBe([
      'exam question "q0" names decision "no_such_decision", which the story never reaches',
      'timeline entry of 1 March 1953 names decision "other", which the story never reaches',
      'decision "first_move" should have one dated entry in timeline.json, not 0',
    ].join('\n'));
  });
});
