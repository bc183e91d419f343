// Serves the built game (dist/) on localhost with no dependencies, and says where to open it.
// Used by `npm start` and by the end-to-end tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../build/csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.wav': 'audio/wav', '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

/** Serve `dir` on the first free port from `port`; resolves to the server's address. */
export function serve(dir, port = 4173, host = '127.0.0.1') {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'); return; }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      // The same policy as the pages' <meta>, plus frame-ancestors, which only a header can set.
      'content-security-policy': headerPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    // Each attempt removes its own listeners: a callback left from a port that was taken
    // would otherwise fire when the next port opens, and report the wrong address.
    const attempt = (p) => {
      const listening = () => {
        server.off('error', failed);
        resolve({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${p}/` });
      };
      const failed = (e) => {
        server.off('listening', listening);
        if (e.code === 'EADDRINUSE' && p < port + 50) attempt(p + 1);
        else reject(e);
      };
      server.once('error', failed);
      server.once('listening', listening);
      server.listen(p, host);
    };
    attempt(port);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error('There is no built game in dist/. Run "npm start" (or "npm run build") first.');
    process.exit(1);
  }
  const { url } = await serve(dir, Number(process.env.PORT) || 4173);
  console.log(`\n  Thaw is ready. Open this address in a web browser:\n\n    ${url}\n\n  (Press Ctrl+C to stop.)\n`);
}
