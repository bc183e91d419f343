// "Download for a learning platform": a SCORM 1.2 package (src/platform/package.ts) with the
// same choices as a class code, made in this tab. Its launch file is the one-file edition:
// the copy this page came in (when it is the one-file edition itself), or the thaw.html that
// `npm run build` puts beside this page.
import { type ClassOptions, makeClassCode } from '../engine/codes';
import { GameStory } from '../engine/story';
import type { Launch } from '../platform/launch';
import { type OneFileParts, oneFileHtml } from '../platform/oneFile';
import { scormPackage } from '../platform/package';
import { button, el } from '../ui/element';

const ONE_FILE = 'thaw.html';

/** The parts the one-file edition's loader left for this page, if it is that edition. */
function partsHere(): OneFileParts | null {
  const parts = (window as { thawOneFile?: Partial<OneFileParts> }).thawOneFile;
  return typeof parts?.game === 'string' && typeof parts.teacher === 'string' ? { game: parts.game, teacher: parts.teacher } : null;
}

async function oneFileEdition(): Promise<string | null> {
  const parts = partsHere();
  if (parts) return oneFileHtml(parts);
  try {
    const response = await fetch(new URL(ONE_FILE, window.location.href));
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

function save(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * @param compiled the story (for its title)
 * @param chapters its chapter titles, for the package's title
 * @param options the class-code form's choices, or null (the form then says what is wrong)
 */
export function scormDownload(compiled: string, chapters: readonly string[], options: () => ClassOptions | null): HTMLElement {
  const mode = el('select', { id: 'platform-mode', 'aria-describedby': 'platform-mode-hint' },
    el('option', { value: 'competition', selected: true }, 'Competition, with the rules above'),
    el('option', { value: 'lesson' }, 'Lesson on these chapters'));
  const status = el('p', { class: 'hint', role: 'status' });
  let busy = false;

  const download = async () => {
    const o = options();
    if (!o || busy) return;
    busy = true;
    status.textContent = 'Making the package…';
    const launch: Launch = mode.value === 'lesson'
      ? { mode: 'lesson', span: { from: o.fromChapter, to: o.toChapter } }
      : { mode: 'competition', classCode: makeClassCode(o) };
    const oneFile = await oneFileEdition();
    const made = oneFile === null ? null : scormPackage(oneFile, launch, { title: new GameStory(compiled).meta.title ?? 'Thaw', chapters });
    busy = false;
    if (!made?.ok) {
      status.textContent = `This copy of Thaw has no one-file edition (${ONE_FILE}) to put in the package. Use the teacher tools of the one-file edition (npm run build:single) or of a copy built with npm run build.`;
      return;
    }
    save(made.bytes, made.fileName);
    status.textContent = `Downloaded ${made.fileName}. Add it to your course as a SCORM package: each student's score goes to the gradebook when they finish.`;
  };

  return el('div', { class: 'platform-download no-print' },
    el('h3', {}, 'Scores in your learning platform'),
    el('p', {}, 'Moodle, Canvas, Blackboard and Schoology can run Thaw as a SCORM package and put each student\'s final score in the gradebook. The platform keeps each student\'s progress, so they can stop and carry on later.'),
    el('div', { class: 'field' }, el('label', { for: 'platform-mode' }, 'The package plays'), mode,
      el('p', { class: 'hint', id: 'platform-mode-hint' }, 'A lesson has no time limit and shows "What really happened" after each decision.')),
    el('div', { class: 'actions' }, button('Download for a learning platform', () => void download())),
    status);
}
