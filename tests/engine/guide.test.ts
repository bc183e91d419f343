// The teacher's guide is made from the story: every chapter and decision, the reading times the
// chapter choosers show, questions from each decision's data, plans that fit the period.
import { describe, expect, it } from 'vitest';
import story from '../../story/main.ink';
import { buildGuide, PERIODS } from '../../src/engine/guide';
import { chapterReadings } from '../../src/engine/reading';
import { historicalIndex } from '../../src/engine/span';
import { GameStory } from '../../src/engine/story';
import { storyData } from '../../src/game/storyData';

const guide = buildGuide({ fresh: new GameStory(story), forReading: new GameStory(story), glossary: storyData.glossary, historians: storyData.historians });

/** Every decision of the story, played as history went. */
function storyDecisions(): string[] {
  const g = new GameStory(story);
  for (let i = 0; i < 400 && !g.turn.finished; i++) g.choose(historicalIndex(g.turn));
  return g.log.decisions.map((d) => d.id);
}

describe("the teacher's guide", () => {
  it('has every chapter, with the reading time the chapter choosers show, and every decision in story order', () => {
    const readings = chapterReadings(new GameStory(story));
    expect(guide.chapters.map((c) => [c.title, c.minutes])).toEqual(readings.map((r) => [r.title, r.minutes]));
    expect(guide.chapters.flatMap((c) => c.decisions.map((d) => d.id))).toEqual(storyDecisions());
  });

  it("dates each chapter from its own passages: its first date to its last, never the next chapter's opening", () => {
    const g = new GameStory(story);
    const dates = new Map<string, string[]>();
    const seen = () => {
      for (const seg of g.turn.segments) if (seg.context.chapter && seg.context.date) dates.set(seg.context.chapter, [...(dates.get(seg.context.chapter) ?? []), seg.context.date]);
    };
    for (let i = 0; i < 400 && !g.turn.finished; i++) {
      seen();
      g.choose(historicalIndex(g.turn));
    }
    seen();
    for (const c of guide.chapters) {
      const own = dates.get(c.title) ?? [];
      expect(c.from, c.title).toBe(own[0]);
      expect(c.to ?? c.from, c.title).toBe(own.at(-1));
    }
    // The Death of Stalin runs from 5 to 14 March 1953 (the Secretariat of five).
    expect([guide.chapters[0].from, guide.chapters[0].to]).toEqual(['5 March 1953', '14 March 1953']);
  });

  it('splits the story into the fewest lessons that fit, as evenly as its chapters allow', () => {
    const individual = guide.plans.find((p) => p.kind === 'individual' && p.period === 50);
    const totals = individual?.lessons.map((l) => l.total) ?? [];
    // The whole story reads in about 39 minutes: two 50-minute lessons, not one full and one a third used.
    expect(totals).toHaveLength(2);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(10);
  });

  it('gives each decision its options with what really happened, its card, key terms with definitions, sources and questions', () => {
    for (const d of guide.chapters.flatMap((c) => c.decisions)) {
      expect(d.options.filter((o) => o.historical), d.id).toHaveLength(1);
      expect(d.happened, d.id).toBeTruthy();
      expect(d.source, d.id).toBeTruthy();
      expect(d.terms.every((t) => t.definition), d.id).toBe(true);
      expect(d.before.length, d.id).toBeGreaterThan(0);
      expect(d.after.length, d.id).toBeGreaterThan(0);
      // The question after the vote quotes what really happened, from the story.
      const real = d.options.find((o) => o.historical)?.text.replace(/\.$/, '') ?? '';
      expect(d.after[0], d.id).toContain(real);
    }
  });

  it('plans lessons of 50 and 60 minutes for a whole class, one player and a competition: every chapter once, in order, within the period unless one chapter alone is longer', () => {
    expect(guide.plans.map((p) => [p.kind, p.period])).toEqual(['whole-class', 'individual', 'competition'].flatMap((k) => PERIODS.map((n) => [k, n])));
    for (const p of guide.plans) {
      expect(p.lessons.flatMap((l) => Array.from({ length: l.to - l.from + 1 }, (_, i) => l.from + i))).toEqual(guide.chapters.map((c) => c.number));
      for (const l of p.lessons) {
        expect(l.total).toBe(l.reading + l.deciding + l.setup + l.debrief);
        expect(l.over).toBe(l.total > p.period);
        if (l.over) expect(l.from).toBe(l.to);
      }
    }
    // A whole class spends time at each decision; one player does not.
    const whole = guide.plans.find((p) => p.kind === 'whole-class');
    const one = guide.plans.find((p) => p.kind === 'individual');
    expect(whole?.lessons.length).toBeGreaterThan(one?.lessons.length ?? 0);
  });

  it("names whose approach each other option follows, and never calls an option the approach of the person whose move it is without saying they did not take it", () => {
    const player = new GameStory(story).meta.player?.label;
    let own = 0;
    for (const d of guide.chapters.flatMap((c) => c.decisions)) {
      // Whose move the decision is: the player's, or for a prediction the rival's.
      const decider = d.kind === 'predict' ? d.rival : player;
      for (const o of d.options) {
        if (o.historical || !o.actor) expect(o.approach, o.text).toBeNull();
        else if (o.actor === decider) {
          own += 1;
          expect(o.approach, o.text).toBe(`${o.actor}'s approach, though not what ${o.actor} did`);
        } else expect(o.approach, o.text).toBe(`${o.actor}'s approach`);
      }
    }
    // The playtest's examples are among them ("Give up the premiership and keep the Party").
    expect(own).toBeGreaterThan(3);
  });

  it("carries the historians' notes for teachers, which the students' debrief leaves out", () => {
    const notes = Object.values(storyData.historians?.readings ?? {}).flatMap((r) => r.historians.filter((h) => h.teacherNote));
    expect(guide.notes.map((n) => n.name)).toEqual(notes.map((h) => h.name));
    expect(notes.length).toBeGreaterThan(0);
  });
});
