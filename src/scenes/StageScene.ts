// One scene of the stage: a backdrop, the room (people and what lies on the table), and
// whatever the game's flow does while the scene is on.
// The scenes know nothing of the game: src/game/stage.ts gives each one its work (the title
// screen, a game in play, the debrief) and the scenes only paint and hand over.
import { Scene } from 'phaser';
import { Backdrop } from './Backdrop';
import { goTo } from './frames';
import { type Rect, Room, type RoomView } from './Room';

/** What a scene's work may ask of the stage. */
export interface Scenery {
  /** Paint this kind of place behind the screen (a `# scene:` kind), or nothing. */
  show(kind: string | null): void;
  /** Draw the people in the room and what lies on the table. */
  room(view: RoomView): void;
  /** Move the stage on to the scene `key`, handing it `data`. */
  goTo(key: string, data?: object): void;
}

/** The flow's work for a scene, given the data it was started with; returns what to undo when the scene ends. */
export type SceneWork = (scenery: Scenery, data: object) => (() => void) | undefined;

export class StageScene extends Scene {
  constructor(
    key: string,
    private readonly work: SceneWork,
    /** Where the stage is in view, not under the text (null: all of it). */
    private readonly area: () => Rect | null = () => null,
  ) {
    super(key);
  }

  create(data: object | undefined): void {
    const backdrop = new Backdrop(this);
    // Made when first asked for: the title and the debrief have nobody in the room.
    let room: Room | null = null;
    const undo = this.work({
      show: (kind) => backdrop.show(kind),
      room: (view) => {
        room ??= new Room(this, this.area);
        room.show(view);
      },
      goTo: (key, next) => goTo(this, key, next),
    }, data ?? {});
    if (undo) this.events.once('shutdown', undo);
  }
}
