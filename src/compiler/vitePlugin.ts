// Lets code `import story from '../story/main.ink'`: the ink is compiled at build, dev and
// test time and the module's default export is the compiled story's JSON text.
// `import tags from '../story/main.ink?meta'` gives the story's global tags alone (its title,
// introduction, settings: a few hundred bytes), for a page that must show them before the
// whole story has arrived.
import path from 'node:path';
import { Story } from 'inkjs';
import type { Plugin } from 'vite';
import { compileInkFile, formatProblem } from './compileInk.ts';

export function inkPlugin(): Plugin {
  return {
    name: 'thaw-ink',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ink')) return null;
      const result = compileInkFile(file);
      for (const f of result.files) this.addWatchFile(f);
      for (const w of result.warnings) this.warn(formatProblem(w));
      if (result.errors.length > 0 || result.json === null) {
        const first = result.errors[0];
        this.error({
          message: `Ink did not compile:\n${result.errors.map(formatProblem).join('\n')}`,
          id: first ? path.resolve(first.file) : file,
          loc: first ? { file: path.resolve(first.file), line: first.line, column: 0 } : undefined,
        });
      }
      const exported = id.endsWith('?meta') ? (new Story(result.json).globalTags ?? []) : result.json;
      return { code: `export default ${JSON.stringify(exported)};`, map: null };
    },
    configureServer(server) {
      // An edited chapter file is an INCLUDE, not an import: reload whatever imports ink.
      server.watcher.add(path.resolve('story'));
      server.watcher.on('change', (changed) => {
        if (!changed.endsWith('.ink')) return;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.endsWith('.ink')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
