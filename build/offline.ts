// Makes the built game installable and playable offline: emits the service worker with
// the list of every file of this build (read from the bundle itself, so nothing is
// forgotten when an asset is added), the web app manifest and its icon, and links the
// manifest from each page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const root = new URL('../', import.meta.url);
const SW = 'sw.js';
const MANIFEST = 'manifest.webmanifest';
const ICON = 'icon.svg';

const manifest = {
  name: 'Thaw: Khrushchev’s struggle for power, 1953–1964',
  short_name: 'Thaw',
  description: 'A history decision game for the classroom.',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#1a1a1a',
  theme_color: '#1a1a1a',
  // An SVG icon scales to every size; PNGs would need a rasteriser we do not ship.
  icons: [{ src: ICON, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

export function offlinePlugin(): Plugin {
  return {
    name: 'thaw:offline',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: MANIFEST }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: manifest.theme_color }, injectTo: 'head' },
    ],
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: ICON, source: readFileSync(new URL('assets/art/icon.svg', root)) });
      this.emitFile({ type: 'asset', fileName: MANIFEST, source: `${JSON.stringify(manifest, null, 2)}\n` });
      // The icon and manifest are emitted just above; the bundle lists them only later.
      const files = [...new Set([...Object.keys(bundle).filter((f) => f !== SW && !f.endsWith('.map')), ICON, MANIFEST, './'])].sort();
      // The version changes whenever any file's content does (hashed names, and the pages' text).
      const hash = createHash('sha256');
      for (const file of files) {
        const item = bundle[file];
        hash.update(file);
        if (item?.type === 'asset') hash.update(item.source);
      }
      const version = hash.digest('hex').slice(0, 16);
      const template = readFileSync(new URL('src/offline/sw.js', root), 'utf8');
      const source = template
        .replace("'__THAW_VERSION__'", JSON.stringify(version))
        .replace("['__THAW_PRECACHE__']", JSON.stringify(files));
      if (source === template) this.error('src/offline/sw.js lost its __THAW_ placeholders');
      this.emitFile({ type: 'asset', fileName: SW, source });
    },
  };
}
