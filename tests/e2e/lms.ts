// A stand-in learning platform for the browser tests, served from 127.0.0.1: a parent page
// that loads scorm-again (a platform-side SCORM 1.2 runtime) as window.API and opens a
// package's launch file in an iframe, as Moodle and the others do. The package's files are
// served from memory, with no Content-Security-Policy (a platform serves them as plain files).
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';

const SCORM_AGAIN = path.resolve(import.meta.dirname, '../../node_modules/scorm-again/dist/scorm12.js');

/** The parent page: `#` carries the runtime's starting data (scorm-again's CMI JSON), `?launch=` the file to open. */
const PARENT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test platform</title><link rel="icon" href="data:,">
<script src="/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5, autocommit: false });
  window.API.loadFromJSON(JSON.parse(decodeURIComponent(location.hash.slice(1)) || '{}'));
  // ?refuse: a platform that turns every commit down, with error 101 ("General exception").
  if (new URLSearchParams(location.search).has('refuse')) {
    var refused = false;
    var lastError = window.API.LMSGetLastError.bind(window.API);
    window.API.LMSCommit = function () { refused = true; return 'false'; };
    window.API.LMSGetLastError = function () { var r = refused; refused = false; return r ? '101' : lastError(); };
  }
</script></head>
<body style="margin:0">
<iframe id="sco" title="Course" style="border:0;width:100vw;height:100vh"></iframe>
<script>document.getElementById('sco').src = '/course/' + new URLSearchParams(location.search).get('launch');</script>
</body></html>`;

export interface Lms {
  url: string;
  /** The launch file named in the package's manifest. */
  launch: string;
  manifest: string;
  close(): Promise<void>;
}

/** Serve `zip` (a SCORM package) the way a platform does. */
export async function hostPackage(zip: Uint8Array): Promise<Lms> {
  const files = unzipSync(zip);
  const manifest = strFromU8(files['imsmanifest.xml']);
  const launch = /<resource [^>]*adlcp:scormtype="sco"[^>]*href="([^"]+)"/.exec(manifest)?.[1];
  if (!launch) throw new Error('The manifest names no SCO to launch.');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = url.pathname.startsWith('/course/') ? files[decodeURIComponent(url.pathname.slice('/course/'.length))] : undefined;
    if (url.pathname === '/lms.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PARENT);
    else if (url.pathname === '/scorm12.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(SCORM_AGAIN));
    else if (file) res.writeHead(200, { 'content-type': file === files[launch] ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(file);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    launch,
    manifest,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The platform's parent page with the runtime holding `initial` (`refuse`: every commit refused); resolves to the course's frame once the game's title is up. */
export async function launchCourse(page: Page, lms: Lms, initial: object, refuse = false): Promise<Frame> {
  await page.goto(`${lms.url}lms.html?launch=${encodeURIComponent(lms.launch)}${refuse ? '&refuse' : ''}#${encodeURIComponent(JSON.stringify(initial))}`);
  const frame = page.frameLocator('#sco');
  await frame.getByRole('button', { name: 'New game' }).waitFor();
  const course = page.frames().find((f) => f.url().includes('/course/'));
  if (!course) throw new Error('The course frame is not there.');
  return course;
}

export interface RuntimeData {
  suspend_data: string;
  core: Record<string, string> & { score: Record<string, string> };
  interactions: Record<string, Record<string, string> & { correct_responses: Record<string, { pattern: string }> }>;
}

/** What the platform's runtime holds now. */
export function runtimeData(page: Page): Promise<RuntimeData> {
  return page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject(): { cmi: unknown } } }).API.renderCMIToJSONObject().cmi) as Promise<RuntimeData>;
}

/** Wait until the course has called LMSFinish. */
export function finished(page: Page): Promise<unknown> {
  return page.waitForFunction(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated());
}
