// The one-file edition's page (built by build/single/build.ts): the game and the teacher
// tools, each a whole HTML document stored as base64 text, and a few lines of script that
// write the one the address asks for (?view=teacher, or the game) over this loader. A
// learning-platform package is the same file with the teacher's choices in it (`withLaunch`):
// the loader hands them to the game inside the page it writes, so they arrive whatever the
// platform does with the launch address (query strings and hashes do not survive them all).
// The teacher tools keep the two parts (window.thawOneFile) to make packages from.
import { type Launch, launchJson } from './launch';

/** The two pages, each as base64 text. */
export interface OneFileParts {
  game: string;
  teacher: string;
}

export const LAUNCH_ELEMENT_ID = 'thaw-launch';
const NO_LAUNCH = `<script type="application/json" id="${LAUNCH_ELEMENT_ID}">null</script>`;

export function oneFileHtml(parts: OneFileParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thaw</title>
</head>
<body>
<p>Loading Thaw…</p>
<noscript>Thaw needs JavaScript to run.</noscript>
<script type="text/plain" id="thaw-game">${parts.game}</script>
<script type="text/plain" id="thaw-teacher">${parts.teacher}</script>
${NO_LAUNCH}
<script>
// Write the page the address asks for over this loader, once it has finished parsing.
addEventListener('DOMContentLoaded', function () {
  var part = function (id) { return document.getElementById(id).textContent; };
  var teacher = new URLSearchParams(location.search).get('view') === 'teacher';
  var bytes = Uint8Array.from(atob(part(teacher ? 'thaw-teacher' : 'thaw-game')), function (c) { return c.charCodeAt(0); });
  var html = new TextDecoder().decode(bytes);
  if (teacher) window.thawOneFile = { game: part('thaw-game'), teacher: part('thaw-teacher') };
  else html = html.replace('<head>', '<head><script type="application/json" id="${LAUNCH_ELEMENT_ID}">' + part('${LAUNCH_ELEMENT_ID}') + '<\\/script>');
  document.open();
  document.write(html);
  document.close();
});
</script>
</body>
</html>
`;
}

export type WithLaunch = { ok: true; html: string } | { ok: false; kind: 'not-the-one-file-edition' };

/** The one-file edition with `launch` in it, or why `html` cannot take it. */
export function withLaunch(html: string, launch: Launch): WithLaunch {
  const at = html.indexOf(NO_LAUNCH);
  if (at < 0) return { ok: false, kind: 'not-the-one-file-edition' };
  const filled = `<script type="application/json" id="${LAUNCH_ELEMENT_ID}">${launchJson(launch)}</script>`;
  return { ok: true, html: html.slice(0, at) + filled + html.slice(at + NO_LAUNCH.length) };
}
