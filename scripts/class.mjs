// `npm run class`: serves the game to a room without a school web server or learning platform.
// package.json builds dist/ first (as `npm run build` does, the one-file edition included, so
// the room plays what this folder holds and the teacher page can make a SCORM package); this
// listens on every network interface and prints each address students can open with a QR code.
//
//   npm run class -- --port 8000     another port (or PORT=8000); 0 takes any free port
//   npm run class -- --dir some/dist serve a game built elsewhere
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { builtGame, listen } from './serve.mjs';

// Interfaces that are rarely the room's network (containers, virtual machines, VPNs): listed last.
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|zt|tailscale|wg|lxc|lxd)/i;

/**
 * The addresses of this machine that other devices may reach, best guess first: IPv4 on real
 * interfaces, then IPv4 on virtual ones. IPv6 only where there is no IPv4 (nobody types an
 * IPv6 address from a projector), and never link-local (a browser cannot open it without its zone).
 */
export function roomAddresses(port, interfaces = networkInterfaces()) {
  const found = Object.entries(interfaces).flatMap(([name, list]) =>
    (list ?? []).filter((a) => !a.internal).map((a) => ({ ...a, virtual: VIRTUAL.test(name) })));
  const v4 = found.filter((a) => a.family === 'IPv4' || a.family === 4);
  const v6 = found.filter((a) => (a.family === 'IPv6' || a.family === 6) && !/^fe[89ab]/i.test(a.address));
  const ranked = (list) => [...list.filter((a) => !a.virtual), ...list.filter((a) => a.virtual)];
  const hosts = v4.length > 0 ? ranked(v4).map((a) => a.address) : ranked(v6).map((a) => `[${a.address}]`);
  return [...new Set(hosts)].map((host) => `http://${host}:${port}/`);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } }));
  } catch (e) {
    console.error(`${e.message}\nUse: npm run class -- [--port N] [--dir FOLDER]`);
    process.exit(1);
  }
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`"${values.port ?? process.env.PORT}" is not a port number (0 to 65535).`);
    process.exit(1);
  }
  return { port, dir: values.dir };
}

async function main() {
  const { port, dir } = options();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const served = builtGame(dir ? path.resolve(dir) : path.join(root, 'dist'));
  let bound = port;
  // The teacher page asks for the room's addresses at each load: a laptop may change networks.
  const { server, port: chosen } = await listen(served, { port, host: null, compress: true, room: () => roomAddresses(bound) });
  bound = chosen;
  const addresses = roomAddresses(bound);
  const listening = server.address();
  const lines = [
    '',
    `  Thaw is being served to this room (listening on every network interface: ${listening.family === 'IPv6' ? `[${listening.address}]` : listening.address}:${bound}).`,
    '',
  ];
  if (addresses.length === 0) {
    lines.push('  This computer is not on a network: connect it to the room\'s Wi-Fi or network, then run npm run class again.', '');
  } else {
    lines.push(addresses.length === 1 ? '  Students open this address:' : '  Students open one of these addresses (the first is the likeliest):', '');
    for (const address of addresses) {
      lines.push(`    ${address}`, '', await QRCode.toString(address, { type: 'terminal', small: true }));
    }
  }
  lines.push(
    `  Teacher tools: http://localhost:${bound}/teacher.html`,
    '  If students cannot connect: allow Node.js through this computer\'s firewall, and check that',
    '  the Wi-Fi lets devices reach each other (some school networks do not). See README.md.',
    '',
    '  Press Ctrl+C to stop.',
    '',
  );
  console.log(lines.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
