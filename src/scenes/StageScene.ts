// The stage's one scene: a backdrop and the room (people and what lies on the table). It knows
// nothing of the game: the flow (src/game/flow.ts) says what to paint, and the scene paints it.
// Phaser arrives after the first game has started (a phone never loads it with the page), so
// what the flow asks for before the scene exists is kept, and painted when it is created.
import { Scene } from 'phaser';
import { Backdrop } from './Backdrop';
import { type Rect, Room, type RoomView } from './Room';

/** What the flow may ask of the stage. */
export interface Painter {
  /** Paint this kind of place behind the screen (a `# scene:` kind, or the title's), or the default. */
  show(kind: string | null): void;
  /** Draw the people in the room and what lies on the table; null: nobody (the title, the debrief). */
  room(view: RoomView | null): void;
}

export class StageScene extends Scene implements Painter {
  private backdrop: Backdrop | null = null;
  /** Made when first asked for, and gone when the room empties. */
  private drawn: Room | null = null;
  /** The picture last asked for: painted when the scene is created, if it was asked for before. */
  private kind: string | null = null;
  private view: RoomView | null = null;

  constructor(
    /** Where the stage is in view, not under the text (null: all of it). */
    private readonly area: () => Rect | null,
  ) {
    super('Stage');
  }

  create(): void {
    this.backdrop = new Backdrop(this);
    this.backdrop.show(this.kind);
    this.room(this.view);
  }

  show(kind: string | null): void {
    this.kind = kind;
    this.backdrop?.show(kind);
  }

  room(view: RoomView | null): void {
    this.view = view;
    if (!this.backdrop) return;
    if (view) {
      this.drawn ??= new Room(this, this.area);
      this.drawn.show(view);
    } else {
      this.drawn?.destroy();
      this.drawn = null;
    }
  }
}
