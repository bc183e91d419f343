// The debrief model in Node (src/engine/debrief.ts): computed once from a game and the story's
// data, it holds everything the debrief shows, and its score arithmetic gives the score.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/engine/chronology';
import { type DebriefModel, buildDebrief } from '../../src/engine/debrief';
import { parseExam } from '../../src/engine/exam';
import { parseGlossary } from '../../src/engine/glossary';
import { parseHistorians } from '../../src/engine/historians';
import { timeoutOption } from '../../src/engine/modes';
import { loadSave, makeSave } from '../../src/engine/save';
import { scoreGame } from '../../src/engine/scoring';
import { historicalIndex, playChapters, spanRecord } from '../../src/engine/span';
import { GameStory, type Turn } from '../../src/engine/story';
import story from '../../story/main.ink';
import { playOut } from '../support/playOut';
import { seeded } from '../support/seeded';

const read = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../story/${name}`, import.meta.url)), 'utf8'));
const data = {
  glossary: parseGlossary(read('glossary.json')).value,
  historians: parseHistorians(read('historians.json')).value,
  exam: parseExam(read('exam.json')).value,
  timeline: parseTimeline(read('timeline.json')).value,
};

function debriefOf(game: GameStory, student: DebriefModel['student'] = { name: 'Ada Lovelace', classCode: 'K7Q2M' }): DebriefModel {
  return buildDebrief({ meta: game.meta, record: game.log, score: scoreGame(game.log, game.meta), ...data, student, span: null });
}

/** Historical everywhere except where `pick` returns an option. */
const except = (pick: (t: Turn) => number | null) => (t: Turn) => (t.decision ? (pick(t) ?? historicalIndex(t)) : historicalIndex(t));

describe('the debrief of a whole historical game', () => {
  const game = playOut(new GameStory(story), historicalIndex);
  const m = debriefOf(game);

  it('carries the student and heads each row by what was decided', () => {
    expect(m.student).toEqual({ name: 'Ada Lovelace', classCode: 'K7Q2M' });
    expect(m.rows).toHaveLength(22);
    expect(m.rows.find((r) => r.id === 'beria_arrest')?.heading).toBe('Arrest Beria?');
    expect(m.rows.filter((r) => r.heading === 'What do you do?')).toEqual([]);
  });

  it('names the player\'s character and the story\'s years from its settings tags', () => {
    expect(m.score.parts.find((p) => p.label === 'Survival')?.detail).toBe('Your Khrushchev lasted to 14 October 1964: 100%');
    expect(m.period).toBe('1953–1964');
  });

  it('gives every decision its full card: what happened, why, the consequence and the source', () => {
    for (const r of m.rows) {
      const labels = r.card?.parts.map((p) => p.label).filter(Boolean);
      expect(labels, r.id).toEqual(['What really happened', 'Why', 'Consequence']);
      expect(r.card?.source, r.id).toBeTruthy();
    }
    const beria = m.rows.find((r) => r.id === 'beria_arrest');
    expect(beria?.card?.parts.find((p) => p.label === 'Consequence')?.text).toMatch(/shot on 23 December 1953 with six associates/);
  });

  it('shows the arithmetic that gives the score, with the stated weights', () => {
    expect(m.score.parts.map((p) => [p.label, p.weight])).toEqual([['Historical judgement', 50], ['Reading rivals', 30], ['Survival', 20]]);
    expect(m.score.counted).toBe(100);
    expect(Math.round((m.score.points / m.score.counted) * 100)).toBe(scoreGame(game.log, game.meta).final);
    expect(m.score.final).toBe(100);
    expect(m.score.sum).toBe('(50.00 + 30.00 + 20.00) ÷ 100 × 100 = 100');
  });

  it('lists the terms met once each, whatever their case, each with its definition', () => {
    const terms = m.terms.map((t) => t.term);
    expect(new Set(terms.map((t) => t.toLowerCase())).size).toBe(terms.length);
    expect(terms).toContain('Collective leadership');
    expect(terms).toContain('Apparatchik');
    for (const t of m.terms) expect(t.definition, t.term).toBeTruthy();
  });

  it('has the timeline, every decision in it played, and exam questions with the student\'s own evidence', () => {
    expect(m.timeline.filter((e) => e.decision).every((e) => e.played)).toBe(true);
    expect(m.timeline.find((e) => /Novocherkassk/.test(e.event))?.date).toBe('2 June 1962');
    expect(m.exam.length).toBeGreaterThanOrEqual(3);
    const first = m.exam[0].for.evidence[0];
    expect(first.chosen).toBeTruthy();
    expect(first.matched).toBe(true);
    expect(first.happened).toBeTruthy();
  });

  it('reports the historians\' tie as a tie, and never shows a teacher note', () => {
    expect(m.debate?.leading).toEqual(['break', 'limited']);
    expect(m.debate?.verdict).toMatch(/"A genuine break" and "Limited or tactical" tie, with 4 of 9 \(44%\) each/);
    expect(JSON.stringify(m.debate)).not.toMatch(/teacherNote|more sceptical than/);
    const camps = m.debate?.readings.find((r) => r.id === 'break')?.decisions.find((d) => /Free the political prisoners/.test(d.heading));
    expect(camps?.passage?.says).toBe('emptied the camps');
  });
});

describe('the debrief of other games', () => {
  it('never puts "What Khrushchev did" beside "not what happened"', () => {
    const game = playOut(new GameStory(story), except((t) => (t.decision?.id === 'secret_speech' ? t.choices.findIndex((c) => /publish every word/.test(c.text)) : null)));
    const speech = debriefOf(game).rows.find((r) => r.id === 'secret_speech');
    expect(speech?.matched).toBe(false);
    expect(speech?.verdict).toBe('Not what happened');
    expect(speech?.alignment).toBe("Khrushchev's approach, though not what Khrushchev did");
    expect(debriefOf(game).debate?.leading).toEqual(['break']);
  });

  it('shows arithmetic that gives the score of a game on chosen chapters without predictions', () => {
    const game = new GameStory(story);
    game.beginSpan({ first: 'Poland and Hungary', stopAt: 'The Anti-Party Group', start: '19 October 1956', end: 'February 1957' });
    playOut(game, except((t) => t.choices.findIndex((c) => !c.tags.historical)));
    const score = scoreGame(game.log, game.meta);
    const m = debriefOf(game, { name: null, classCode: null });
    expect(m.student.name).toBeNull();
    expect(m.score.parts[1]).toMatchObject({ label: 'Reading rivals', value: null, points: null });
    expect(m.score.parts[1].detail).toMatch(/no predictions in this game: left out/);
    expect(m.score.counted).toBe(70);
    // The span ends where the next chapter opens, and says so: that chapter was not played.
    expect(m.score.parts[2].detail).toMatch(/^Your Khrushchev (lasted to|first fell on)/);
    expect(m.score.parts[2].detail).toMatch(/February 1957, where the next chapter, "The Anti-Party Group", opens/);
    expect(m.score.final).toBe(score.final);
    expect(Math.round((m.score.points / m.score.counted) * 100)).toBe(score.final);
    // Decisions outside the chapters played are shown as not in this game.
    expect(m.exam.flatMap((q) => q.for.evidence).some((e) => e.chosen === null)).toBe(true);
  });

  it('counts one decision as one: "0 of 1 decision", not "decisions", in a chapter that has one', () => {
    const game = new GameStory(story);
    const chapters = playChapters(new GameStory(story));
    const one = chapters.findIndex((_, i) => {
      const g = new GameStory(story);
      const span = spanRecord({ from: i + 1, to: i + 1 }, chapters, g.meta);
      if (!span) return false;
      g.beginSpan(span);
      playOut(g, except(() => null));
      return g.log.decisions.filter((d) => d.kind === 'act').length === 1;
    });
    expect(one, 'a chapter with one decision to act on').toBeGreaterThanOrEqual(0);
    const span = spanRecord({ from: one + 1, to: one + 1 }, chapters, game.meta);
    if (span) game.beginSpan(span);
    playOut(game, except((t) => t.choices.findIndex((c) => !c.tags.historical)));
    const judgement = debriefOf(game).score.parts[0];
    expect(judgement.detail).toBe('0 of 1 decision matched (0%)');
    // And many as many.
    expect(debriefOf(playOut(new GameStory(story), except(() => null))).score.parts[0].detail).toMatch(/^\d+ of \d+ decisions matched/);
  });
});

describe('the debrief of a game resumed from a save', () => {
  it.each([
    [1, 'today'], [2, 'today'], [3, 'today'], [1, 'before revealDue'], [2, 'before revealDue'],
  ])('is the debrief of the same game played straight through, saved and resumed at every turn (game %i, saves as made %s)', (seed, made) => {
    // A game of any options, a time-out now and then: falls, rejoins and time-outs on the way.
    const random = seeded(seed);
    const straight = new GameStory(story);
    const moves: { index: number; timedOut: boolean }[] = [];
    for (let step = 0; !straight.turn.finished && step < 500; step++) {
      const t = straight.turn;
      const move = t.decision && random() < 0.2 ? { index: timeoutOption(t), timedOut: true } : { index: Math.floor(random() * t.choices.length), timedOut: false };
      moves.push(move);
      straight.choose(move.index, move.timedOut);
    }
    let resumed = new GameStory(story);
    for (const { index, timedOut } of moves) {
      resumed.choose(index, timedOut);
      const file = JSON.parse(makeSave(resumed));
      if (made !== 'today') delete file.checkpoint.revealDue;
      const loaded = loadSave(JSON.stringify(file), story);
      if (!loaded.ok) throw new Error(loaded.reason);
      resumed = loaded.game;
    }
    expect(resumed.turn.finished).toBe(true);
    expect(resumed.log).toEqual(straight.log);
    expect(debriefOf(resumed)).toEqual(debriefOf(straight));
    expect(debriefOf(resumed).rows.every((r) => r.card !== null)).toBe(true);
  });
});

/** A number as printed, and how far from the exact value its rounding may take it (half its last place). */
function printed(text: string): { value: number; slack: number } {
  const places = text.split('.')[1]?.length ?? 0;
  return { value: Number(text), slack: 0.5 * 10 ** -places + 1e-9 };
}

/**
 * Every line of the printed score checked as a student would, with a calculator and nothing but
 * the printed numbers: each part's product, then the sum of the printed points, scaled by the
 * printed weights, rounded to the printed final score. Throws on the first line that is wrong.
 */
function checkPrintedScore(m: DebriefModel, engineFinal: number): void {
  const counted = m.score.parts.filter((p) => p.working !== null);
  for (const p of m.score.parts) {
    if (p.working === null) continue;
    const fraction = /^(\d+) ÷ (\d+) × (\d+) = (\d+(?:\.\d+)?)$/.exec(p.working);
    const percent = /^(\d+(?:\.\d+)?)% × (\d+) = (\d+(?:\.\d+)?)$/.exec(p.working);
    if (!fraction && !percent) throw new Error(`${p.label}: cannot read "${p.working}"`);
    const [exact, weight, result] = fraction
      ? [(Number(fraction[1]) / Number(fraction[2])) * Number(fraction[3]), Number(fraction[3]), printed(fraction[4])]
      : [(Number(percent?.[1]) / 100) * Number(percent?.[2]), Number(percent?.[2]), printed(percent?.[3] ?? '')];
    if (weight !== p.weight) throw new Error(`${p.label}: "${p.working}" uses the weight ${weight}, the table says ${p.weight}`);
    if (Math.abs(exact - result.value) > result.slack) throw new Error(`${p.label}: "${p.working}" is ${exact}`);
  }
  const sum = /^\((.*)\) ÷ (\d+) × 100 = (\d+(?:\.\d+)?)(?:, which rounds to (\d+))?$/.exec(m.score.sum);
  if (!sum) throw new Error(`cannot read the sum "${m.score.sum}"`);
  const terms = sum[1].split(' + ');
  const shown = counted.map((p) => p.working?.split(' = ')[1]);
  if (terms.join('|') !== shown.join('|')) throw new Error(`"${m.score.sum}" adds ${terms.join(', ')}, the parts print ${shown.join(', ')}`);
  if (Number(sum[2]) !== counted.reduce((s, p) => s + p.weight, 0)) throw new Error(`"${m.score.sum}" divides by ${sum[2]}, the weights counted add to another number`);
  const total = printed(sum[3]);
  const exact = (terms.reduce((s, t) => s + Number(t), 0) / Number(sum[2])) * 100;
  if (Math.abs(exact - total.value) > total.slack) throw new Error(`"${m.score.sum}": the printed points give ${exact}`);
  const final = sum[4] === undefined ? total.value : Number(sum[4]);
  if (!Number.isInteger(final) || Math.round(total.value) !== final) throw new Error(`"${m.score.sum}": ${sum[3]} does not round to ${final}`);
  if (final !== m.score.final || final !== engineFinal) throw new Error(`"${m.score.sum}" prints ${final}; the debrief says ${m.score.final}, the engine ${engineFinal}`);
}

describe('the printed score arithmetic', () => {
  it('checks with the printed numbers alone, in many games of every kind, and gives the engine\'s score', () => {
    const chapters = playChapters(new GameStory(story));
    const seen = { falls: 0, leftOut: 0, spans: 0 };
    for (let seed = 1; seed <= 400; seed++) {
      const random = seeded(seed);
      const game = new GameStory(story);
      // Half the games on a span of chapters (some without predictions), some with time-outs.
      if (seed % 2 === 0) {
        const from = 1 + Math.floor(random() * chapters.length);
        const to = from + Math.floor(random() * (chapters.length - from + 1));
        const span = spanRecord({ from, to }, chapters, game.meta);
        if (span) {
          game.beginSpan(span);
          seen.spans += 1;
        }
      }
      const timeouts = seed % 3 === 0;
      for (let step = 0; !game.turn.finished && step < 500; step++) {
        const t = game.turn;
        if (t.decision && timeouts && random() < 0.2) game.choose(timeoutOption(t), true);
        else game.choose(Math.floor(random() * t.choices.length));
      }
      const m = debriefOf(game);
      const engine = scoreGame(game.log, game.meta).final;
      expect(() => checkPrintedScore(m, engine), `seed ${seed}: ${m.score.parts.map((p) => p.working).join(' | ')} | ${m.score.sum}`).not.toThrow();
      if (m.fall) seen.falls += 1;
      if (m.score.counted < 100) seen.leftOut += 1;
    }
    // The games reached every kind of line: falls (survival in days), parts left out, spans.
    expect(seen.falls).toBeGreaterThan(50);
    expect(seen.leftOut).toBeGreaterThan(10);
    expect(seen.spans).toBeGreaterThan(100);
  });

  it('reads the playtest\'s game: a fall on 26 June 1953 in chapters 1–2 with no decision matched', () => {
    // "72% × 20 = 14.5" and "(0.0 + 0.0 + 14.5) ÷ 100 × 100 = 14" before.
    const game = new GameStory(story);
    const span = spanRecord({ from: 1, to: 2 }, playChapters(new GameStory(story)), game.meta);
    if (span) game.beginSpan(span);
    playOut(game, except((t) => t.choices.findIndex((c) => !c.tags.historical)));
    const m = debriefOf(game);
    checkPrintedScore(m, scoreGame(game.log, game.meta).final);
    expect(m.score.parts[2].working).toMatch(/^\d+ ÷ \d+ × 20 = \d+\.\d\d$/);
  });
});

describe('the profile of whose approach the decisions followed', () => {
  it('counts what the player\'s character actually did as the decisions matched, and names every other option as an approach, never as what was done', () => {
    const random = seeded(7);
    let unmatchedOwn = 0;
    for (let n = 0; n < 120; n++) {
      const game = playOut(new GameStory(story), (t) => Math.floor(random() * t.choices.length));
      const m = debriefOf(game);
      const player = game.meta.player?.label ?? '';
      const judged = m.score.parts[0].detail;
      const [, matched, total] = /^(\d+) of (\d+) decisions? matched/.exec(judged) ?? [];
      const head = new RegExp(`^Of your (\\d+) decisions, (\\d+) (?:was|were) what ${player} actually did\\.`).exec(m.profile ?? '');
      expect(head, m.profile ?? 'no profile').not.toBeNull();
      expect([head?.[1], head?.[2]], `${judged} | ${m.profile}`).toEqual([total, matched]);
      // The rest add up to the decisions that did not match.
      const rest = [...(m.profile ?? '').matchAll(/(?:: |; )(\d+) /g)].reduce((s, x) => s + Number(x[1]), 0);
      expect(rest, m.profile ?? '').toBe(Number(total) - Number(matched));
      // The player's own approach, where it was not what was done, says so; nobody has a "line".
      expect(m.profile).not.toMatch(/'s line/);
      if (m.profile?.includes(`followed ${player}'s approach`)) {
        unmatchedOwn += 1;
        expect(m.profile).toContain(`followed ${player}'s approach, though not what ${player} did`);
      }
      for (const r of m.rows) if (r.alignment && !r.matched) expect(r.alignment, r.id).not.toMatch(/^What .* did$/);
    }
    expect(unmatchedOwn, 'games with options of the player\'s approach that did not match').toBeGreaterThan(10);
  });

  it('reads the same for a whole class', () => {
    const game = playOut(new GameStory(story), except((t) => t.choices.findIndex((c) => !c.tags.historical)));
    const m = buildDebrief({ meta: game.meta, record: game.log, score: scoreGame(game.log, game.meta), ...data, student: { name: null, classCode: null }, span: null, wholeClass: { name: '10B', votes: [] } });
    expect(m.profile).toMatch(/^Of the class's 17 decisions, 0 were what Khrushchev actually did\. Of the other 17: \d+ followed /);
  });
});
