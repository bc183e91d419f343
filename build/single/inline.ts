// Turns one page of a Vite build (held in memory) into a self-contained HTML document:
// its script and stylesheet go inline, and everything else must already be a data: URL.
import type { OutputAsset, OutputChunk } from 'rolldown';

type Output = ReadonlyArray<OutputAsset | OutputChunk>;

/** `</script` inside inline code would end the element early. */
const safeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

export function inlinePage(output: Output, page: string): string {
  const byName = new Map(output.map((o) => [o.fileName, o]));
  const html = byName.get(page);
  if (html?.type !== 'asset') throw new Error(`${page} is not in the build`);
  const used = new Set([page]);
  const text = (file: string): string => {
    const item = byName.get(file.replace(/^\.\//, ''));
    if (!item) throw new Error(`${page} refers to ${file}, which the build did not make`);
    used.add(item.fileName);
    return item.type === 'chunk' ? item.code : String(item.source);
  };
  const result = String(html.source)
    .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_, src: string) => `<script type="module">${safeScript(text(src))}</script>`)
    .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_, href: string) => `<style>${text(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`);
  const left = output.filter((o) => !used.has(o.fileName));
  if (left.length > 0) throw new Error(`not inlined into ${page}: ${left.map((o) => o.fileName).join(', ')}`);
  if (/\b(?:src|href)="\.?\/?assets\//.test(result)) throw new Error(`${page} still links a file in assets/`);
  return result;
}
