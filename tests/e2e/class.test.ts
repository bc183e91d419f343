// `npm run class` as a teacher starts it, checked from this machine only: every request goes to
// 127.0.0.1, and the room's addresses are only read, never opened.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { makeClassCode } from '../../src/engine/codes/classCode';
import { STORY_FINGERPRINT } from '../support/codes';
import { baseUrl, choiceButtons, debriefHeading, hasBrowser, launch, playToDebrief, screenshot, watchErrors } from './browser';

const root = path.resolve(import.meta.dirname, '../..');
const dist = inject('distDir');

interface Started {
  child: ChildProcess;
  /** What it printed up to "Press Ctrl+C to stop.", without terminal colours. */
  printed: string;
}

/** Starts `npm run class` on a free port and waits until it says how to stop it. */
function startClass(): Promise<Started> {
  // Through npm's own script when vitest was started by npm, else the npm on the PATH.
  const npm = process.env.npm_execpath;
  const args = ['run', 'class', '--', '--port', '0', '--dir', dist];
  const child = npm && /\.[cm]?js$/.test(npm)
    ? spawn(process.execPath, [npm, ...args], { cwd: root, detached: true })
    : spawn('npm', args, { cwd: root, detached: true });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stderr?.on('data', (d) => { out += d; });
    child.stdout?.on('data', (d) => {
      out += d;
      // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are what this removes.
      const printed = out.replace(/\x1b\[[0-9;]*m/g, '');
      if (printed.includes('Press Ctrl+C to stop.')) resolve({ child, printed });
    });
    child.on('exit', (code) => reject(new Error(`npm run class exited (${code}) before it was ready:\n${out}`)));
  });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request to 127.0.0.1, with the path sent exactly as given (no normalising). */
function ask(port: number, pathname: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** This machine's addresses on its networks (not loopback), as Node sees them. */
const machine = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal) as { address: string; family: string }[];

/**
 * The sockets listening on `port`, as Linux lists them in /proc/net/tcp and tcp6 (local
 * address in hex: all zeros is every interface); null where there is no /proc to read.
 */
function listeningSockets(port: number): string[] | null {
  const tables = ['/proc/net/tcp', '/proc/net/tcp6'].filter((f) => existsSync(f));
  if (tables.length === 0) return null;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return tables.flatMap((f) => readFileSync(f, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    // Column 1 is local address:port, column 3 the state (0A: listening).
    .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
    .map((cols) => (cols[1] as string).split(':')[0] as string);
}

describe('npm run class', () => {
  let started: Started;
  let port: number;
  let browser: Browser | undefined;
  beforeAll(async () => {
    started = await startClass();
    port = Number(/listening on every network interface: (?:\[[^\]]+\]|[\d.]+):(\d+)/.exec(started.printed)?.[1]);
    if (hasBrowser) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    // The whole process group: npm and the node server it started.
    if (started?.child.pid) process.kill(-started.child.pid, 'SIGTERM');
  });

  it('listens on every interface, not only loopback, and prints the room\'s addresses and how to stop', async () => {
    const listening = /listening on every network interface: (\[[^\]]+\]|[\d.]+):\d+/.exec(started.printed)?.[1];
    expect(['[::]', '0.0.0.0']).toContain(listening);
    expect(port).toBeGreaterThan(0);
    // Where Linux shows its sockets, check what the server says: it listens on the all-zero address.
    const sockets = listeningSockets(port);
    if (sockets !== null) expect(sockets.some((a) => /^0+$/.test(a))).toBe(true);
    const printed = [...started.printed.matchAll(/^ {4}(http:\/\/\S+)$/gm)].map((m) => m[1] as string);
    const hosts = printed.map((u) => new URL(u).hostname.replace(/^\[|\]$/g, ''));
    for (const host of hosts) expect(machine.map((a) => a.address)).toContain(host);
    for (const a of machine.filter((m) => m.family === 'IPv4')) expect(printed).toContain(`http://${a.address}:${port}/`);
    if (printed.length === 0) expect(started.printed).toContain('This computer is not on a network');
    // Each printed address has its QR code under it (the terminal renderer's half blocks).
    const lines = started.printed.split('\n');
    for (const address of printed) {
      const at = lines.indexOf(`    ${address}`);
      expect(lines.slice(at + 2, at + 6).every((line) => /^[ ▀▄█]{20,}$/.test(line)), address).toBe(true);
    }
    expect(started.printed).toContain('Press Ctrl+C to stop.');
    // The teacher page learns the same addresses from the server.
    const room = await ask(port, '/thaw-room.json');
    expect(JSON.parse(room.body.toString('utf8'))).toEqual({ addresses: printed });
  });

  it('answers a malformed or escaping path with 400 or 404, and keeps answering', async () => {
    // A folder beside the served one whose name starts with the same letters, as dist-single/
    // does beside dist/: the escape a check of the path's first characters lets through.
    const beside = `${dist}-beside`;
    mkdirSync(beside, { recursive: true });
    writeFileSync(path.join(beside, 'secret.txt'), 'not for the room');
    const escapes = [`/..%2F${path.basename(beside)}/secret.txt`, '/..%2Fdist-single/thaw.html', '/../package.json', '/..%2F..%2Fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..%5C..%5Cpackage.json'];
    for (const bad of [...escapes, '/%E0%A4%A', '/%00']) {
      const answer = await ask(port, bad);
      expect([400, 404], bad).toContain(answer.status);
      expect(answer.body.toString('utf8'), bad).not.toMatch(/not for the room|"name": "thaw"|<!doctype/i);
      const after = await ask(port, '/');
      expect(after.status, `after ${bad}`).toBe(200);
    }
    expect((await ask(port, '/%E0%A4%A')).status).toBe(400);
    rmSync(beside, { recursive: true, force: true });
  });

  it('answers GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await ask(port, '/index.html', { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
    }
    const head = await ask(port, '/index.html', { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body.length).toBe(0);
  });

  it('compresses with gzip or brotli when the browser accepts it, and sends the file itself otherwise', async () => {
    const script = readFileSync(path.join(dist, 'index.html'), 'utf8').match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const file = readFileSync(path.join(dist, script as string));
    const gz = await ask(port, `/${script}`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(file.length / 2);
    expect(gunzipSync(gz.body).equals(file)).toBe(true);
    const br = await ask(port, `/${script}`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const plain = await ask(port, `/${script}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    // A reload asks with the tag it was given and gets no body again.
    const again = await ask(port, `/${script}`, { headers: { 'accept-encoding': 'gzip, br', 'if-none-match': br.headers.etag as string } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  describe.skipIf(!hasBrowser)('in a browser (at 127.0.0.1)', () => {
    /** A page in a fresh context that records every address it asks for. */
    async function open(url: string, prepare?: (page: Page) => Promise<unknown>) {
      const context = await (browser as Browser).newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      const errors = watchErrors(page);
      await prepare?.(page);
      await page.goto(url);
      const elsewhere = () => requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).hostname !== '127.0.0.1');
      return { page, errors, elsewhere };
    }

    it('the teacher page shows the room\'s address and its QR code, and the instructions give it', async () => {
      const room = JSON.parse((await ask(port, '/thaw-room.json')).body.toString('utf8')).addresses as string[];
      const { page, errors, elsewhere } = await open(`http://127.0.0.1:${port}/teacher.html`);
      const panel = page.getByRole('region', { name: 'Where students open the game' });
      if (room.length === 0) {
        await panel.getByText('students cannot open it').waitFor();
      } else {
        const first = room[0] as string;
        await panel.getByText('Students open this address').waitFor();
        expect(await panel.getByRole('link', { name: first }).getAttribute('href')).toBe(first);
        await panel.getByRole('img', { name: `QR code of ${first}` }).waitFor();
        for (const [width, height] of [[360, 640], [1366, 768], [1920, 1080]] as const) {
          await page.setViewportSize({ width, height });
          await screenshot(page, `teacher-address-${width}x${height}`);
        }
        await page.getByRole('button', { name: 'Create class code' }).click();
        const instructions = page.getByRole('region', { name: 'Instructions for students' });
        expect(await instructions.getByRole('link').first().getAttribute('href')).toBe(first);
      }
      expect(elsewhere()).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('on npm start\'s server (this computer only) the teacher page says students cannot open it', async () => {
      const { page, errors, elsewhere } = await open(`${baseUrl}teacher.html`);
      const panel = page.getByRole('region', { name: 'Where students open the game' });
      await panel.getByText('students cannot open it').waitFor();
      expect(await panel.getByText('npm run class').count()).toBe(1);
      expect(elsewhere()).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('without the Clipboard API (as on a plain http:// address), Copy still copies or selects the result code', async () => {
      const classCode = makeClassCode({ secondsPerDecision: null, holdFeedback: true, fromChapter: 12, toChapter: 12, fingerprint: STORY_FINGERPRINT });
      const { page, errors, elsewhere } = await open(`http://127.0.0.1:${port}/`, (p) =>
        p.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })));
      await page.getByRole('button', { name: 'Competition' }).click();
      await page.getByLabel('Class code').fill(classCode);
      await page.getByLabel('Name').fill('Vera');
      await page.getByRole('button', { name: 'Start' }).click();
      await choiceButtons(page).first().waitFor();
      await playToDebrief(page, () => 0);
      await debriefHeading(page).waitFor();
      expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
      const shown = (await page.getByLabel('Result code').textContent()) ?? '';
      await page.getByRole('button', { name: 'Copy result code' }).click();
      expect(await page.evaluate(() => getSelection()?.toString())).toBe(shown);
      expect(await page.getByRole('status').filter({ hasText: /Copied|selected/ }).count()).toBe(1);
      expect(elsewhere()).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
});
