// `npm run build:single`: writes dist-single/thaw.html, the whole of Thaw (the game and the
// teacher tools, with every font, picture, sound and the story) in one file that works
// from a USB stick or an email attachment, with no server and no network.
//
// Each page is built on its own (so the teacher's styles never touch the game's) and
// inlined; both are then stored in the file as base64 text, and a few lines of script
// write the one the address asks for (?view=teacher, or the game) into the document
// (src/platform/oneFile.ts, shared with the teacher page's learning-platform packages).
// There is no service worker here: a file:// page cannot have one, and needs none.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import { build, type Plugin } from 'vite';
import { inkPlugin } from '../../src/compiler/vitePlugin.ts';
import { oneFileHtml } from '../../src/platform/oneFile.ts';
import { inlinePage } from './inline.ts';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Vite inlines SVG as a URL-encoded data: URL, but Phaser's loader reads every data: URL as
 * base64 (and throws on anything else), so the single file carries its pictures in base64.
 */
function svgAsBase64(): Plugin {
  return {
    name: 'thaw:svg-base64',
    enforce: 'post',
    // After Vite has put its asset URLs into the code.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Only whole SVG documents in a string literal (`%3csvg…`), never Phaser's own code
        // that builds such a URL at run time.
        chunk.code = chunk.code.replace(/([`"])data:image\/svg\+xml,(%3csvg[^`"]*)\1/g, (_, quote: string, body: string) =>
          `${quote}data:image/svg+xml;base64,${Buffer.from(decodeURIComponent(body), 'utf8').toString('base64')}${quote}`);
      }
    },
  };
}

/**
 * A file:// page cannot start a worker, so the one-file edition checks result codes on the
 * page (src/teacher/checker.ts, which never asks for its worker in this mode): the worker's
 * file, which the build still emits, is left out instead of failing the inlining.
 */
function noWorkerFiles(): Plugin {
  return {
    name: 'thaw:no-worker-files',
    generateBundle(_options, bundle) {
      for (const file of Object.keys(bundle)) if (/(^|\/)verifyWorker-[\w-]+\.js$/.test(file)) delete bundle[file];
    },
  };
}

async function buildPage(page: string): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    base: './',
    // MODE 'single' tells src/offline/register.ts not to register a service worker.
    mode: 'single',
    logLevel: 'warn',
    plugins: [inkPlugin(), svgAsBase64(), noWorkerFiles()],
    build: {
      write: false,
      assetsInlineLimit: () => true,
      cssCodeSplit: false,
      modulePreload: false,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: { input: path.join(root, page), output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: ReadonlyArray<OutputAsset | OutputChunk> }[];
  return inlinePage(outputs.flatMap((o) => o.output), page);
}

/** The one-file edition's text (src/platform/oneFile.ts is its page). */
export async function singleFileHtml(): Promise<string> {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return oneFileHtml({ game: b64(await buildPage('index.html')), teacher: b64(await buildPage('teacher.html')) });
}

/** Builds the single file into `outFile`; resolves to its size in bytes. */
export async function buildSingleFile(outFile: string): Promise<number> {
  const file = await singleFileHtml();
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, file);
  return Buffer.byteLength(file);
}

// `tsx build/single/build.ts [OUT]`: dist-single/thaw.html unless told otherwise (`npm run
// build` puts one in dist/, where the teacher page makes learning-platform packages from it).
if (process.argv[1] === import.meta.filename) {
  const out = path.resolve(root, process.argv[2] ?? 'dist-single/thaw.html');
  const size = await buildSingleFile(out);
  console.log(`${path.relative(root, out)}: ${(size / 1024 / 1024).toFixed(1)} MB`);
}
