// The painted backdrops become textures once per game: the same picture is often asked for
// again before it has loaded (the last passage, in a plenum hall say, and the debrief, in the
// same hall, follow each other at once), and a second load under the same key must not start.
import type { Game } from 'phaser';

const loads = new WeakMap<Game, Map<string, Promise<boolean>>>();

/**
 * Resolves to true once the texture `key` holds the picture at `url`, or to false if the
 * picture cannot be loaded (the drawn poster then stays, and the game goes on).
 */
export function backdropTexture(game: Game, key: string, url: string): Promise<boolean> {
  let byKey = loads.get(game);
  if (!byKey) {
    byKey = new Map();
    loads.set(game, byKey);
  }
  let load = byKey.get(key);
  if (!load) {
    // An <img> takes the SVG's own size (1600 × 900) and works from data: URLs (the one-file edition).
    const img = new Image();
    img.src = url;
    load = img.decode().then(
      () => {
        if (!game.textures.exists(key)) game.textures.addImage(key, img);
        return true;
      },
      () => {
        console.warn(`Thaw could not load the backdrop ${url}; a plainer one is shown instead.`);
        return false;
      },
    );
    byKey.set(key, load);
  }
  return load;
}
