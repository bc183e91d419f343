// The ink sources, searchable. Compiled ink keeps no line numbers, so the checker finds
// where a problem is written by looking for its tag text or decision id in the files the
// compiler read. Pure: the CLI reads the files and hands their text in.

export interface SourceFile {
  /** As the author would type it, e.g. story/chapters/02_beria.ink */
  file: string;
  text: string;
}

export interface Location {
  file: string;
  /** 1-based; 0 when the place could not be found. */
  line: number;
}

export interface KnotSource extends Location {
  /** "knot" or "knot.stitch", as ink names it in paths. */
  path: string;
  isFunction: boolean;
}

export interface TagSource extends Location {
  value: string;
}

interface Line extends Location {
  /** The line without comments, whitespace collapsed, for matching. */
  code: string;
}

/** A story data file's path: `name` in the folder of the main ink file (story/historians.json). */
export function besideMain(mainInk: string, name: string): string {
  const slash = Math.max(mainInk.lastIndexOf('/'), mainInk.lastIndexOf('\\'));
  return `${slash < 0 ? '' : mainInk.slice(0, slash + 1)}${name}`;
}

export const NOWHERE: Location = { file: '', line: 0 };

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Ink comments (`//` to the end of the line, and block comments) blanked out, lines kept. */
function stripComments(text: string): string[] {
  const noBlocks = text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
  return noBlocks.split(/\r?\n/).map((l) => l.replace(/\/\/.*$/, ''));
}

export class SourceIndex {
  private readonly lines: Line[] = [];
  readonly knots: KnotSource[] = [];

  constructor(files: readonly SourceFile[]) {
    for (const f of files) {
      let knot: string | null = null;
      stripComments(f.text).forEach((raw, i) => {
        const loc = { file: f.file, line: i + 1 };
        this.lines.push({ ...loc, code: squash(raw) });
        const k = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/.exec(raw);
        if (k) {
          knot = k[2];
          this.knots.push({ ...loc, path: knot, isFunction: Boolean(k[1]) });
          return;
        }
        const s = /^\s*=\s*([A-Za-z_][\w]*)/.exec(raw);
        if (s && knot) this.knots.push({ ...loc, path: `${knot}.${s[1]}`, isFunction: false });
      });
    }
  }

  /** Every line that contains all the needles (compared with whitespace collapsed). */
  find(...needles: string[]): Location[] {
    const wanted = needles.map(squash).filter(Boolean);
    if (wanted.length === 0) return [];
    return this.lines.filter((l) => wanted.every((n) => l.code.includes(n))).map(({ file, line }) => ({ file, line }));
  }

  /** The best place for something: the first line with all needles, else with fewer of them. */
  locate(...needles: string[]): Location {
    for (let n = needles.length; n > 0; n--) {
      const hit = this.find(...needles.slice(0, n))[0];
      if (hit) return hit;
    }
    return NOWHERE;
  }

  /** Every `# key: value` tag written in the sources. */
  tags(key: string): TagSource[] {
    const re = new RegExp(`#\\s*${key}\\s*:\\s*([^#\\]]*)`, 'g');
    const out: TagSource[] = [];
    for (const l of this.lines) {
      for (const m of l.code.matchAll(re)) out.push({ file: l.file, line: l.line, value: m[1].trim() });
    }
    return out;
  }

  /** Where the knot or stitch that an ink path such as "beria_arrest.arrested.0.3" lies in is written. */
  knotOf(inkPath: string): Location {
    const parts = inkPath.split('.');
    const hit = this.knots.find((k) => k.path === parts.slice(0, 2).join('.')) ?? this.knots.find((k) => k.path === parts[0]);
    return hit ? { file: hit.file, line: hit.line } : NOWHERE;
  }
}
