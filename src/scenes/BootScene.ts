import { Scene } from 'phaser';

/** Nothing to load yet: the backdrops are drawn by code. Hands over to the title. */
export class BootScene extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.scene.start('Title');
  }
}
