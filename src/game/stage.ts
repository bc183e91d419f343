// The stage as the flow sees it: Phaser's picture behind the HTML (src/scenes), painting the
// engine's stage state with the cast's names and portraits, in the part of the screen the text
// leaves free. Loaded by the flow (src/game/flow.ts) when the first game starts.
import { portraitUrl } from '../art/portraits';
import { labelOf, type StoryMeta } from '../engine/meta';
import type { StageState } from '../engine/stage';
import type { Rect, RoomView } from '../scenes/Room';
import { startStage } from '../scenes/Stage';

export interface Stage {
  /** Paint this kind of place (a `# scene:` kind, or the title's). */
  show(kind: string | null): void;
  /** Who is in the room, how they look, what lies on the table; null: nobody. */
  room(state: StageState | null): void;
}

export function createStage(meta: StoryMeta): Stage {
  const painter = startStage(inView);
  return {
    show: (kind) => painter.show(kind),
    room: (state) => painter.room(state && roomView(meta, state)),
  };
}

/** The engine's stage, with the names and pictures the Phaser room draws. */
function roomView(meta: StoryMeta, s: StageState): RoomView {
  return {
    ...s,
    people: s.people.map((p) => ({ ...p, name: labelOf(meta.cast, p.id), portrait: portraitUrl(p.id, p.mood) })),
    still: document.documentElement.dataset.motion === 'reduce',
  };
}

/**
 * Where the stage is in view during play, in canvas pixels: on a phone the whole strip above the
 * text; on a wider screen the roomiest of the spaces the text leaves: right of the story below
 * the standing panel, right of the standing panel, and below the story (a tablet held upright).
 */
function inView(): Rect | null {
  const canvas = document.querySelector('#stage canvas')?.getBoundingClientRect();
  const main = document.querySelector('.play-main')?.getBoundingClientRect();
  if (!canvas || !main || canvas.bottom <= main.top + 1) return null;
  const side = document.querySelector('.standing')?.getBoundingClientRect() ?? null;
  const top = document.querySelector('.scene-header')?.getBoundingClientRect().bottom ?? 0;
  const { right, bottom } = canvas;
  const margin = 14;
  const left = main.right + margin;
  const below = side && side.right > left ? side.bottom + margin : top + margin;
  const candidates: Rect[] = [{ x: left, y: below, width: right - left - margin, height: bottom - below - margin }];
  if (side) candidates.push({ x: side.right + margin, y: top + margin, width: right - side.right - 2 * margin, height: bottom - top - 2 * margin });
  // How big a row of four people could be drawn there.
  const roominess = (r: Rect) => (r.width > 80 && r.height > 80 ? Math.min(r.height * 0.55, r.width / 4.6) : 0);
  const byRoom = (a: Rect, b: Rect) => roominess(b) - roominess(a);
  // Beside the text the room stays put from screen to screen; below it, it would move with
  // each passage's length, so only where there is too little room beside (a tablet held upright).
  let fit: Rect | undefined = candidates.sort(byRoom)[0];
  if (roominess(fit) < 70) {
    const under = Math.max(main.bottom, side?.bottom ?? 0) + margin;
    fit = [fit, { x: canvas.left + margin, y: under, width: canvas.width - 2 * margin, height: bottom - under - margin }].sort(byRoom)[0];
  }
  if (roominess(fit) === 0) fit = undefined;
  // Too little room beside the text: the lower right corner, under the text's edge.
  const found = fit ?? { x: canvas.width * 0.5, y: canvas.height * 0.6, width: canvas.width * 0.5, height: canvas.height * 0.4 };
  return { ...found, x: found.x - canvas.left, y: found.y - canvas.top };
}
