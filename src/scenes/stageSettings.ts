// How Thaw sets Phaser up, in a file of its own so that the bench's bare Phaser scene
// (bench/bare) is set up the same way without pulling in the game's scene.
import { AUTO, Scale, type Types } from 'phaser';

export const STAGE_SETTINGS = {
  type: AUTO,
  parent: 'stage',
  backgroundColor: '#1a1a1a',
  scale: { mode: Scale.RESIZE, width: '100%', height: '100%' },
  audio: { noAudio: true },
  banner: false,
} satisfies Types.Core.GameConfig;
