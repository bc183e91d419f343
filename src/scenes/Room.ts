// The people in the room and what lies on the table, drawn over the backdrop: the room the
// engine decided (src/engine/stage.ts), placed where the HTML leaves the stage in view. It is
// drawn afresh for each state; what changed since the last one moves (people arrive, a face
// hardens, the one who acts steps up, a front page spins in, a file lands and is stamped), unless
// motion is reduced, when the same state is drawn at once. The loop is awake only while
// something moves (frames.ts), and the movements are short (a third to half a second): where
// WebGL is drawn in software every frame is costly. The state drawn is written on the stage's element for tests.
import type * as Phaser from 'phaser';
import type { StagePerson, StageState } from '../engine/stage';
import seatingFile from '../../assets/art/backdrops/seating.json';
import { pictureTexture } from '../art/pictureTextures';
import { PALETTE } from './Backdrop';
import { animating, renderBriefly } from './frames';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Someone the engine put in the room (engine/stage.ts), with what the page adds to draw them. */
export interface RoomPerson extends StagePerson {
  name: string;
  /** The portrait for this mood, or null for someone not drawn (a silhouette stands in). */
  portrait: string | null;
}

/** The engine's stage (who is where, in what mood; the front page, the file, the ending), to draw. */
export interface RoomView extends Omit<StageState, 'people'> {
  people: RoomPerson[];
  /** Motion is reduced: draw the state, move nothing. */
  still: boolean;
}

const SEATINGS = ['table', 'platform', 'desk', 'standing'] as const;
type Seating = (typeof SEATINGS)[number];
const isSeating = (v: string): v is Seating => (SEATINGS as readonly string[]).includes(v);

/**
 * Where each painted backdrop puts its people: a property of the picture (where its table is), so
 * it lives beside the pictures, and a new kind of place touches assets/ only. Checked by
 * tests/story/backdrops.test.ts.
 */
const SEATING = new Map(Object.entries(seatingFile.seating as Record<string, string>).filter((e): e is [string, Seating] => isSeating(e[1])));

const MANILA = 0xd9b36c;
const FONT_UI = "'PT Sans', 'Segoe UI', sans-serif";
const FONT_DISPLAY = "'Russo One', 'PT Sans', sans-serif";

/** What changed since the last state: what moves. */
interface Changes {
  arrived: Set<string>;
  moodChanged: Set<string>;
  focused: Set<string>;
  front: boolean;
  file: boolean;
  ending: boolean;
}

export class Room {
  private readonly layer: Phaser.GameObjects.Container;
  /** The state drawn. */
  private view: RoomView | null = null;
  /** The state last asked for (drawn once its portraits are in). */
  private shown: RoomView | null = null;
  private seq = 0;
  private tweens: Phaser.Tweens.Tween[] = [];
  /** The state and the space it was last drawn in: the same again is not drawn again. */
  private drawn = '';
  /** Animations started since the page opened: a test reads it, to tell a still stage from a moving one. */
  private static started = 0;
  private moving = 0;
  private releases: (() => void)[] = [];
  private gone = false;
  private readonly leave: () => void;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Where the stage is in view (not under the text), in canvas pixels; null: all of it. */
    private readonly area: () => Rect | null,
  ) {
    this.layer = scene.add.container(0, 0).setDepth(10);
    const relayout = () => this.draw(null);
    scene.scale.on('resize', relayout);
    this.leave = () => scene.scale.off('resize', relayout);
  }

  /** The room empties (the debrief or the title has nobody in it): its people go, at once. */
  destroy(): void {
    this.gone = true;
    this.leave();
    for (const t of this.tweens) t.stop();
    this.tweens = [];
    for (const release of this.releases) release();
    this.releases = [];
    this.layer.destroy(true);
    const host = this.scene.game.canvas?.parentElement;
    if (host) {
      delete host.dataset.room;
      host.dataset.moving = 'false';
    }
    renderBriefly(this.scene.game);
  }

  show(next: RoomView): void {
    const before = this.shown;
    const changes: Changes | null = next.still ? null : diff(before, next);
    this.shown = next;
    const seq = ++this.seq;
    // The portraits first, so that people arrive with their faces; a state that came since wins.
    const wanted = next.people.filter((p) => p.portrait && !this.scene.textures.exists(portraitKey(p.id, p.mood)));
    if (wanted.length === 0) {
      this.view = next;
      this.draw(changes);
      return;
    }
    void Promise.all(wanted.map((p) => pictureTexture(this.scene.game, portraitKey(p.id, p.mood), p.portrait ?? ''))).then(() => {
      if (seq !== this.seq || this.gone) return;
      this.view = next;
      this.draw(changes);
    });
  }

  /** Draw the current state; `changes`: what to move into place (null: nothing). */
  private draw(changes: Changes | null): void {
    if (this.gone || !this.view) return;
    const { width: W, height: H } = this.scene.scale;
    const area = this.area() ?? { x: 0, y: 0, width: W, height: H };
    // Each screen of the story asks again; most change nothing on the stage, and drawing its
    // names afresh (a canvas each) would cost a slow machine a frame for nothing.
    const drawing = JSON.stringify([this.view, area, W, H]);
    if (drawing === this.drawn && !anything(changes)) return;
    this.drawn = drawing;
    // Movements under way end where they were going: the new drawing is their end.
    for (const t of this.tweens) t.stop();
    this.tweens = [];
    this.layer.removeAll(true);
    const v = this.view;
    const list: Phaser.Types.Tweens.TweenBuilderConfig[] = [];
    if (v.ending === 'counterfactual') {
      // The whole room darkens: the world has left history.
      const shade = this.scene.add.rectangle(0, 0, W, H, PALETTE.black, 0.45).setOrigin(0);
      this.layer.add(shade);
      if (changes?.ending) list.push({ targets: shade, alpha: { from: 0, to: 1 }, duration: 350 });
    }
    const hasProps = v.front !== null || v.file !== null || v.ending === 'counterfactual';
    const strip = area.width / area.height > 2.2;
    let props: Rect | null = null;
    let room = area;
    if (hasProps) {
      if (strip) {
        props = { ...area, width: area.width * 0.34 };
        room = { ...area, x: area.x + props.width, width: area.width - props.width };
      } else {
        props = { ...area, height: area.height * 0.42 };
        room = { ...area, y: area.y + props.height, height: area.height - props.height };
      }
    }
    this.people(v, room, changes, list);
    if (props && v.front) this.frontPage(v.front, props, changes?.front ?? false, list);
    else if (props && v.file) this.archiveFile(v.file, props, changes?.file ?? false, list);
    else if (props && v.ending === 'counterfactual') this.counterfactual(props, changes?.ending ?? false, list);
    this.animate(list);
    this.publish();
    renderBriefly(this.scene.game);
  }

  private people(v: RoomView, r: Rect, changes: Changes | null, moves: Phaser.Types.Tweens.TweenBuilderConfig[]): void {
    const n = v.people.length;
    if (n === 0) return;
    const seating = SEATING.get(v.scene ?? '') ?? 'standing';
    const pad = Math.min(16, r.width * 0.03);
    const inner = { x: r.x + pad, y: r.y + pad, width: r.width - pad * 2, height: r.height - pad * 2 };
    const font = Math.round(Math.max(11, Math.min(18, inner.height * 0.09)));
    const labelH = font * 1.6;
    // One row, or two where a crowd (a plenum of ten) would otherwise be too small to know.
    const sizeIn = (rows: number) => Math.min(150, ((inner.height - labelH * rows) / rows) * 0.8, (inner.width / Math.ceil(n / rows)) * 0.86);
    const rows = n > 4 && sizeIn(2) > sizeIn(1) * 1.15 ? 2 : 1;
    const size = Math.max(24, sizeIn(rows));
    const rowH = size + labelH + size * 0.12;
    const focusOn = v.people.some((p) => p.focus !== null);
    const front = Math.ceil(n / rows);
    // The first named in the front row, nearest; the rest behind, above them.
    const groups = rows === 1 ? [v.people] : [v.people.slice(front), v.people.slice(0, front)];
    const top = inner.y + (inner.height - rows * rowH) / 2 + size / 2;
    let index = 0;
    groups.forEach((group, row) => {
      const cy = top + row * rowH;
      this.row(group, seating, { x: inner.x, width: inner.width, cy, size, font, focusOn, front: row === groups.length - 1 }, changes, moves, index);
      index += group.length;
    });
  }

  /**
   * A row of people at their table, desk or platform (the front row's; a back row stands behind
   * it); `drawnBefore`: how many arrived in the rows before, so that arrivals follow one another.
   */
  private row(
    people: RoomPerson[],
    seating: Seating,
    at: { x: number; width: number; cy: number; size: number; font: number; focusOn: boolean; front: boolean },
    changes: Changes | null,
    moves: Phaser.Types.Tweens.TweenBuilderConfig[],
    drawnBefore: number,
  ): void {
    const { cy, size, font, focusOn } = at;
    const n = people.length;
    // Side by side, as at a table, not strewn across a wide strip.
    const step = Math.min(at.width / n, size * 1.35);
    const rowLeft = at.x + (at.width - step * n) / 2;
    const xs = people.map((_, i) => rowLeft + step * (i + 0.5));
    // What the people sit at or stand on, behind the row (a platform) or in front of it (a table, a desk).
    const behind = this.scene.add.graphics();
    const inFront = this.scene.add.graphics();
    const span = { left: xs[0] - size * 0.6, right: xs[n - 1] + size * 0.6 };
    const furnished = at.front || seating === 'platform';
    if (seating === 'platform') {
      behind.fillStyle(PALETTE.darkRed, 1).fillRect(span.left - 10, cy + size * 0.42, span.right - span.left + 20, size * 0.22);
      behind.fillStyle(PALETTE.cream, 1).fillRect(span.left - 10, cy + size * 0.42, span.right - span.left + 20, 3);
    } else if (seating === 'table' && furnished) {
      // The table's edge at the chest: faces stay clear.
      inFront.fillStyle(PALETTE.red, 1).fillRect(span.left, cy + size * 0.36, span.right - span.left, size * 0.2);
      inFront.fillStyle(PALETTE.darkRed, 1).fillRect(span.left, cy + size * 0.5, span.right - span.left, size * 0.06);
      for (const x of xs) inFront.fillStyle(PALETTE.cream, 1).fillRect(x - size * 0.16, cy + size * 0.39, size * 0.32, size * 0.06);
    } else if (seating === 'desk' && furnished) {
      // The first named sits at the desk; the others stand beside it.
      inFront.fillStyle(PALETTE.black, 1).fillRect(xs[0] - size * 0.62, cy + size * 0.34, size * 1.24, size * 0.24);
      inFront.fillStyle(PALETTE.cream, 1).fillRect(xs[0] + size * 0.2, cy + size * 0.28, size * 0.22, size * 0.08);
    } else {
      behind.fillStyle(PALETTE.black, 0.35).fillEllipse((span.left + span.right) / 2, cy + size * 0.5, span.right - span.left, size * 0.12);
    }
    this.layer.add(behind);
    people.forEach((p, i) => {
      // Names go below a table's or desk's edge, which is drawn over the figures.
      const covered = furnished && (seating === 'table' || seating === 'desk');
      const figure = this.figure(p, size, font, covered ? size * 0.58 : size / 2 + 3);
      const focused = p.focus !== null;
      const lift = focused ? -size * 0.08 : 0;
      figure.setPosition(xs[i], cy + lift).setScale(focused ? 1.1 : 1);
      // Someone else picked out: the rest step back into the shade.
      if (focusOn && !focused) shade(figure);
      this.layer.add(figure);
      if (!changes) return;
      if (changes.arrived.has(p.id)) {
        // Out of sight until its turn comes: a delayed movement starts from where it begins.
        const shownAlpha = figure.alpha;
        figure.setAlpha(0);
        const order = drawnBefore + i;
        moves.push({ targets: figure, y: { from: cy + size * 0.4, to: cy + lift }, alpha: { from: 0, to: shownAlpha }, duration: 320, delay: Math.min(order, 6) * 50, ease: 'Cubic.Out' });
      } else if (changes.focused.has(p.id)) {
        moves.push({ targets: figure, y: { from: cy, to: cy + lift }, scale: { from: 1, to: 1.1 }, duration: 280, ease: 'Back.Out' });
      }
      if (changes.moodChanged.has(p.id)) {
        // A face that changes jolts: a short shake, so the eye goes to it.
        moves.push({ targets: figure, angle: { from: -6, to: 0 }, duration: 320, ease: 'Elastic.Out' });
      }
    });
    this.layer.add(inFront);
  }

  /** One person: a portrait (or a silhouette for someone not drawn), their name, and a mark if picked out. */
  private figure(p: RoomPerson, size: number, font: number, labelY: number): Phaser.GameObjects.Container {
    const s = this.scene;
    const c = s.add.container(0, 0);
    const key = p.portrait ? portraitKey(p.id, p.mood) : null;
    if (key && s.textures.exists(key)) {
      const img = s.add.image(0, 0, key).setDisplaySize(size, size);
      c.add(img);
    } else {
      const g = s.add.graphics();
      g.fillStyle(p.mood === 'calm' ? PALETTE.cream : PALETTE.paper, 1).fillRect(-size / 2, -size / 2, size, size);
      g.fillStyle(p.mood === 'calm' ? PALETTE.red : PALETTE.darkRed, 1).fillCircle(0, -size * 0.06, size * 0.35);
      g.fillStyle(PALETTE.black, 1).fillCircle(0, -size * 0.1, size * 0.17);
      g.fillEllipse(0, size * 0.4, size * 0.8, size * 0.5);
      c.add(g);
    }
    const border = s.add.rectangle(0, 0, size, size).setStrokeStyle(p.focus ? 4 : 2, p.focus ? PALETTE.red : PALETTE.black);
    const label = s.add.text(0, labelY, p.name, {
      fontFamily: FONT_UI, fontSize: `${font}px`, color: p.focus ? '#ffffff' : '#1a1a1a',
      backgroundColor: p.focus ? '#b3261e' : '#f2e6cf', padding: { x: 4, y: 1 },
    }).setOrigin(0.5, 0);
    // A long name does not run into the next person's.
    if (label.width > size * 1.15) label.setScale((size * 1.15) / label.width);
    c.add([border, label]);
    return c;
  }

  /** The front page of the chapter's date. */
  private frontPage(front: { headline: string; date: string | null }, r: Rect, moves: boolean, list: Phaser.Types.Tweens.TweenBuilderConfig[]): void {
    const s = this.scene;
    const w = Math.min(r.width * 0.86, r.height * 1.35, 420);
    const h = w / 1.4;
    const c = s.add.container(r.x + r.width / 2, r.y + r.height / 2);
    const g = s.add.graphics();
    g.fillStyle(PALETTE.black, 0.35).fillRect(-w / 2 + 6, -h / 2 + 6, w, h);
    g.fillStyle(PALETTE.cream, 1).fillRect(-w / 2, -h / 2, w, h).lineStyle(2, PALETTE.black, 1).strokeRect(-w / 2, -h / 2, w, h);
    g.fillStyle(PALETTE.black, 1).fillRect(-w / 2 + 8, -h / 2 + h * 0.2, w - 16, 3);
    // Columns of type and a photograph below the headline.
    const top = -h / 2 + h * 0.62;
    g.fillStyle(PALETTE.grey, 0.8).fillRect(-w / 2 + 8, top, w * 0.3, h * 0.3);
    for (let y = top; y < h / 2 - 8; y += Math.max(4, h * 0.05)) {
      g.fillRect(-w / 2 + 14 + w * 0.3, y, w * 0.3 - 10, 1.5).fillRect(w * 0.1 + 6, y, w * 0.4 - 14, 1.5);
    }
    const date = s.add.text(0, -h / 2 + h * 0.08, (front.date ?? '').toUpperCase(), {
      fontFamily: FONT_UI, fontSize: `${Math.max(10, Math.round(h * 0.08))}px`, color: '#1a1a1a', fontStyle: 'bold',
    }).setOrigin(0.5, 0);
    const headline = s.add.text(0, -h / 2 + h * 0.26, front.headline.toUpperCase(), {
      fontFamily: FONT_DISPLAY, fontSize: `${Math.max(12, Math.round(h * 0.15))}px`, color: '#b3261e', align: 'center',
      wordWrap: { width: w - 20 },
    }).setOrigin(0.5, 0);
    if (headline.height > h * 0.34) headline.setScale((h * 0.34) / headline.height);
    c.add([g, date, headline]).setAngle(-2);
    this.layer.add(c);
    if (moves) list.push({ targets: c, angle: { from: -540, to: -2 }, scale: { from: 0.1, to: 1 }, duration: 450, ease: 'Cubic.Out' });
  }

  /** A decision's card: its file from the archive, stamped. */
  private archiveFile(file: { heading: string | null; date: string | null }, r: Rect, moves: boolean, list: Phaser.Types.Tweens.TweenBuilderConfig[]): void {
    const s = this.scene;
    const w = Math.min(r.width * 0.86, r.height * 1.45, 400);
    const h = w / 1.5;
    const x = r.x + r.width / 2;
    const y = r.y + r.height / 2;
    const c = s.add.container(x, y);
    const g = s.add.graphics();
    g.fillStyle(PALETTE.black, 0.35).fillRect(-w / 2 + 6, -h / 2 + 6, w, h);
    g.fillStyle(MANILA, 1).fillRect(-w / 2, -h / 2 - h * 0.1, w * 0.36, h * 0.14).fillRect(-w / 2, -h / 2, w, h);
    g.lineStyle(2, PALETTE.black, 0.8).strokeRect(-w / 2, -h / 2, w, h);
    g.fillStyle(PALETTE.black, 0.55);
    for (let ly = -h / 2 + h * 0.52; ly < h / 2 - 8; ly += Math.max(5, h * 0.07)) g.fillRect(-w / 2 + 12, ly, w * 0.55, 1.5);
    const font = Math.max(10, Math.round(h * 0.09));
    const text = s.add.text(-w / 2 + 12, -h / 2 + h * 0.1, [file.date ?? '', file.heading ?? ''].filter(Boolean).join('\n'), {
      fontFamily: "'Courier New', monospace", fontSize: `${font}px`, color: '#1a1a1a', wordWrap: { width: w - 24 },
    });
    if (text.height > h * 0.4) text.setScale((h * 0.4) / text.height);
    const stamp = s.add.container(w * 0.22, h * 0.2);
    const stampText = s.add.text(0, 0, 'WHAT REALLY\nHAPPENED', {
      fontFamily: FONT_DISPLAY, fontSize: `${Math.max(10, Math.round(h * 0.1))}px`, color: '#b3261e', align: 'center',
    }).setOrigin(0.5);
    const box = s.add.rectangle(0, 0, stampText.width + 14, stampText.height + 10).setStrokeStyle(3, PALETTE.red);
    stamp.add([box, stampText]).setAngle(-12);
    c.add([g, text, stamp]).setAngle(1.5);
    this.layer.add(c);
    if (moves) {
      stamp.setAlpha(0);
      list.push({ targets: c, y: { from: r.y - h, to: y }, duration: 300, ease: 'Cubic.Out' });
      list.push({ targets: stamp, scale: { from: 2.4, to: 1 }, alpha: { from: 0, to: 1 }, duration: 180, delay: 280, ease: 'Quad.In' });
    }
  }

  /** A counterfactual ending: a band across the room that says so. */
  private counterfactual(r: Rect, moves: boolean, list: Phaser.Types.Tweens.TweenBuilderConfig[]): void {
    const s = this.scene;
    const w = Math.min(r.width * 0.94, 460);
    const font = Math.max(12, Math.round(Math.min(r.height * 0.16, w * 0.085)));
    const c = s.add.container(r.x + r.width / 2, r.y + r.height / 2);
    const title = s.add.text(0, -font * 0.15, 'COUNTERFACTUAL', { fontFamily: FONT_DISPLAY, fontSize: `${font}px`, color: '#f2e6cf' }).setOrigin(0.5, 1);
    const sub = s.add.text(0, 0, 'This did not happen', {
      fontFamily: FONT_UI, fontSize: `${Math.max(10, Math.round(font * 0.55))}px`, color: '#ffb4a8', fontStyle: 'bold',
    }).setOrigin(0.5, 0);
    const bandH = title.height + sub.height + 16;
    const band = s.add.rectangle(0, (sub.height - title.height) / 2, w, bandH, PALETTE.red).setStrokeStyle(3, PALETTE.black);
    if (title.width > w - 16) title.setScale((w - 16) / title.width);
    c.add([band, title, sub]).setAngle(-6);
    this.layer.add(c);
    if (moves) list.push({ targets: c, scaleX: { from: 0, to: 1 }, duration: 350, ease: 'Back.Out' });
  }

  /** Run this state's movements, keeping the loop awake until the last has finished. */
  private animate(moves: Phaser.Types.Tweens.TweenBuilderConfig[]): void {
    if (moves.length === 0) return;
    const release = animating(this.scene.game);
    this.releases.push(release);
    let left = moves.length;
    this.moving += 1;
    Room.started += moves.length;
    const done = () => {
      left -= 1;
      if (left > 0) return;
      this.moving -= 1;
      this.releases = this.releases.filter((r) => r !== release);
      release();
      this.publish();
    };
    for (const m of moves) {
      // A tween stopped after completing (or stopped twice) counts once.
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        done();
      };
      this.tweens.push(this.scene.tweens.add({ ...m, onComplete: end, onStop: end }));
    }
  }

  /**
   * The state drawn, on the stage's element, for tests to wait on (never for a length of time):
   * `data-room` (who is in the room, their moods, who is picked out, what lies on the table),
   * `data-moving` while anything moves, and `data-animations`, how many movements have started.
   */
  private publish(): void {
    const host = this.scene.game.canvas?.parentElement;
    if (!host || !this.view || this.gone) return;
    const v = this.view;
    host.dataset.room = JSON.stringify({
      scene: v.scene, people: v.people.map(({ id, mood, focus }) => ({ id, mood, focus })),
      front: v.front, file: v.file, ending: v.ending,
    });
    host.dataset.moving = String(this.moving > 0);
    host.dataset.animations = String(Room.started);
  }

}

/** Darken a figure's picture (not its name) to set off the one picked out. */
function shade(figure: Phaser.GameObjects.Container): void {
  const picture = figure.getAt(0);
  if (picture && 'setTint' in picture && typeof picture.setTint === 'function') picture.setTint(0xa89f96);
  else if (picture && 'setAlpha' in picture && typeof picture.setAlpha === 'function') picture.setAlpha(0.6);
}

function portraitKey(id: string, mood: string): string {
  return `portrait-${id}-${mood}`;
}

function anything(c: Changes | null): boolean {
  return c !== null && (c.arrived.size + c.moodChanged.size + c.focused.size > 0 || c.front || c.file || c.ending);
}

function diff(before: RoomView | null, next: RoomView): Changes {
  const old = new Map((before?.people ?? []).map((p) => [p.id, p]));
  const sameRoom = before !== null && before.scene === next.scene;
  const changes: Changes = {
    arrived: new Set(), moodChanged: new Set(), focused: new Set(),
    front: next.front !== null && JSON.stringify(next.front) !== JSON.stringify(before?.front ?? null),
    file: next.file !== null && JSON.stringify(next.file) !== JSON.stringify(before?.file ?? null),
    ending: next.ending !== null && next.ending !== before?.ending,
  };
  for (const p of next.people) {
    const was = sameRoom ? old.get(p.id) : undefined;
    if (!was) changes.arrived.add(p.id);
    else {
      if (was.mood !== p.mood) changes.moodChanged.add(p.id);
      if (p.focus !== null && was.focus === null) changes.focused.add(p.id);
    }
  }
  return changes;
}
