// Where and when the player is: chapter, date, place, who is in the room, and a timeline
// across the story's span with a text equivalent.
import { portraitUrl } from '../art/portraits';
import { dayNumber, parseDate } from '../engine/dates';
import { type StoryMeta, labelOf } from '../engine/meta';
import { CALM, type StagePerson, type StageState } from '../engine/stage';
import type { SceneContext } from '../engine/story';
import { el } from './element';

function progress(meta: StoryMeta, date: string | null): number | null {
  const [s, e, d] = [meta.start, meta.end, date].map((x) => (x ? parseDate(x) : null));
  if (!s || !e || !d) return null;
  const f = (dayNumber(d) - dayNumber(s)) / (dayNumber(e) - dayNumber(s));
  return Math.min(1, Math.max(0, f));
}

const FOCUS_WORDS = { speaks: 'speaking', acts: 'acting', followed: 'the line you took' } as const;

/** "(stern, speaking)": what the stage shows of a person beyond their name, in words; "" if nothing. */
function note(p: StagePerson | undefined): string {
  const notes = [p && p.mood !== CALM ? p.mood : null, p?.focus ? FOCUS_WORDS[p.focus] : null].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

/** `stage`: the room as the stage shows it (moods, who is picked out), said here in words too. */
export function sceneHeader(meta: StoryMeta, ctx: SceneContext, tools: HTMLElement | null = null, stage: StageState | null = null): HTMLElement {
  const p = progress(meta, ctx.date);
  const startYear = meta.start ? parseDate(meta.start)?.year : null;
  const endYear = meta.end ? parseDate(meta.end)?.year : null;
  const present = ctx.present.map((id) => {
    const shown = stage?.people.find((p) => p.id === id);
    return { id, name: labelOf(meta.cast, id), note: note(shown), url: portraitUrl(id, shown?.mood), focus: shown?.focus ?? null };
  });
  const pictured = present.filter((p) => p.url !== null);
  const others = present.filter((p) => p.url === null);
  return el(
    'header',
    { class: 'scene-header' },
    tools,
    el('h1', { class: 'chapter' }, ctx.chapter ?? meta.title ?? ''),
    el('p', { class: 'when-where' },
      ctx.date ? el('span', { class: 'date' }, ctx.date) : null,
      ctx.place ? el('span', { class: 'place' }, ctx.place) : null),
    // Who is in the room: the people we have drawn as a line-up of portraits, the rest by name.
    present.length
      ? el('div', { class: 'room' },
          pictured.length
            ? el('ul', { class: pictured.length > 5 ? 'present crowd' : 'present', 'aria-label': 'In the room' },
                ...pictured.map((p) => el('li', p.focus ? { class: 'focus' } : {}, el('img', { src: p.url ?? '', alt: '', width: 64, height: 64 }), el('span', {}, p.name),
                  p.note ? el('span', { class: 'note' }, p.note) : null)))
            : null,
          others.length ? el('p', { class: 'also' }, pictured.length ? 'Also here: ' : 'In the room: ', others.map((p) => p.name + p.note).join(', ')) : null)
      : null,
    p !== null && startYear && endYear
      ? el('div', { class: 'timeline', role: 'img', 'aria-label': `Timeline: ${ctx.date}, between ${startYear} and ${endYear}` },
          el('span', { class: 'timeline-end', 'aria-hidden': 'true' }, String(startYear)),
          el('span', { class: 'timeline-track', 'aria-hidden': 'true' }, el('span', { class: 'timeline-fill', style: `width:${(p * 100).toFixed(1)}%` })),
          el('span', { class: 'timeline-end', 'aria-hidden': 'true' }, String(endYear)))
      : null,
  );
}
