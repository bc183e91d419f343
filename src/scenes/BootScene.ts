import { Scene } from 'phaser';

/** Nothing to load yet: the backdrops are drawn by code. Hands over to the scene `next` names. */
export class BootScene extends Scene {
  constructor(private readonly next: () => { key: string; data?: object } = () => ({ key: 'Title' })) {
    super('Boot');
  }

  create(): void {
    const { key, data } = this.next();
    this.scene.start(key, data);
  }
}
