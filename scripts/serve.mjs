// Serves the built game (dist/) with no dependencies. `npm start` and the end-to-end tests use
// it on this machine only (127.0.0.1); `npm run class` (scripts/class.mjs) uses the same server
// on every network interface, compressed, and with the room's addresses for the teacher page.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { headerPolicy } from '../build/csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.wav': 'audio/wav', '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};
/** Worth compressing: text. Fonts, pictures and sounds other than these are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt', '.wav']);

/** Where the teacher page asks `npm run class` for the addresses students can open (src/teacher/studentAddress.ts). */
export const ROOM_PATH = '/thaw-room.json';

const ENCODERS = {
  // Quality 9, not brotli's default 11: 11 takes seconds for Phaser's script on a classroom laptop.
  br: promisify((data, done) => brotliCompress(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }, done)),
  gzip: promisify(gzip),
};

/** The encoding to send, from the request's Accept-Encoding: brotli, then gzip, else none. */
function chooseEncoding(accept) {
  const offered = new Map();
  for (const part of String(accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, q ? Number(q.slice(2)) : 1);
  }
  const accepts = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(accepts) ?? null;
}

/**
 * The file in `root` that a request path names, or the HTTP status that refuses it: 400 for a
 * path that cannot be decoded, 404 for one that leads outside `root` or to nothing.
 */
async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  let file = path.join(root, decoded);
  // `..%2F` survives URL normalisation and decodes to `../`: only the path relative to root tells.
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { status: 404 };
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, info } : { status: 404 };
}

/** Compressed files by path, size and time, so thirty students cost one compression per file. */
function compressionCache() {
  const cache = new Map();
  return (file, info, encoding) => {
    const key = `${encoding} ${info.size} ${info.mtimeMs} ${file}`;
    let body = cache.get(key);
    if (!body) {
      body = readFile(file).then(ENCODERS[encoding]);
      // A failure is not kept: the next request tries again.
      body.catch(() => cache.delete(key));
      cache.set(key, body);
    }
    return body;
  };
}

/**
 * The request handler for `dir`.
 * @param {{ compress?: boolean, room?: () => string[] }} options compress: gzip or brotli where
 *   the browser accepts it; room: the addresses students can open, answered at ROOM_PATH (none
 *   on this machine only, which the teacher page then says, rather than meeting a 404).
 */
export function staticHandler(dir, { compress = false, room = () => [] } = {}) {
  const root = path.resolve(dir);
  const compressed = compressionCache();
  const headers = {
    'cache-control': 'no-cache',
    // The same policy as the pages' <meta>, plus frame-ancestors, which only a header can set.
    'content-security-policy': headerPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  const plain = (res, status, text, extra = {}) =>
    res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', ...extra }).end(text);

  const answer = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Only GET and HEAD are answered here.', { allow: 'GET, HEAD' });
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return plain(res, 400, 'Bad request.');
    }
    if (url.pathname === ROOM_PATH) {
      const body = JSON.stringify({ addresses: room() });
      return res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(req.method === 'HEAD' ? undefined : body);
    }
    const found = await resolveFile(root, url.pathname);
    if (!found.file) return plain(res, found.status, found.status === 400 ? 'Bad request.' : 'Not found.');
    const ext = path.extname(found.file);
    // With no-cache the browser asks again on every load; the tag lets a reload of thirty devices cost a 304 each.
    const etag = `W/"${found.info.size.toString(36)}-${Math.floor(found.info.mtimeMs).toString(36)}"`;
    const type = { ...headers, 'content-type': TYPES[ext] ?? 'application/octet-stream', etag };
    const encoding = compress && COMPRESSIBLE.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : null;
    if (compress && COMPRESSIBLE.has(ext)) type.vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, type).end();
    if (encoding) {
      const body = await compressed(found.file, found.info, encoding);
      res.writeHead(200, { ...type, 'content-encoding': encoding, 'content-length': body.length });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(200, { ...type, 'content-length': found.info.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  return (req, res) => {
    // One bad request (or a file vanishing mid-read) must never stop the server for the rest of the room.
    answer(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else plain(res, 500, 'The server could not read that file.');
    });
  };
}

/**
 * Serve `dir` on the first free port from `port` (0: any free port).
 * @param {{ port?: number, host?: string, compress?: boolean, room?: () => string[] }} options
 *   host: 127.0.0.1 (this machine only) unless given; `null` listens on every interface.
 * @returns {Promise<{ server: import('node:http').Server, url: string, port: number }>}
 */
export function listen(dir, { port = 4173, host = '127.0.0.1', ...handlerOptions } = {}) {
  const server = createServer(staticHandler(dir, handlerOptions));
  return new Promise((resolve, reject) => {
    // Each attempt removes its own listeners: a callback left from a port that was taken
    // would otherwise fire when the next port opens, and report the wrong address.
    const attempt = (p) => {
      const listening = () => {
        server.off('error', failed);
        const bound = server.address().port;
        resolve({ server, port: bound, url: `http://${host === '127.0.0.1' || host === null ? 'localhost' : host}:${bound}/` });
      };
      const failed = (e) => {
        server.off('listening', listening);
        if (e.code === 'EADDRINUSE' && p !== 0 && p < port + 50) attempt(p + 1);
        else reject(e);
      };
      server.once('error', failed);
      server.once('listening', listening);
      // No host: every interface, IPv6 and IPv4 where the machine has both.
      if (host === null) server.listen(p);
      else server.listen(p, host);
    };
    attempt(port);
  });
}

/** Serve `dir` on this machine only, from `port` on; resolves to the server's address. */
export function serve(dir, port = 4173, host = '127.0.0.1') {
  return listen(dir, { port, host });
}

/** The built game's folder, or exit with what to do when there is none. */
export function builtGame(dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist')) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`There is no built game in ${dir}. Run "npm start" (or "npm run build") first.`);
    process.exit(1);
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(builtGame(), Number(process.env.PORT) || 4173);
  console.log(`\n  Thaw is ready. Open this address in a web browser:\n\n    ${url}\n\n  It is open to this computer only (for a class: npm run class). Press Ctrl+C to stop.\n`);
}
