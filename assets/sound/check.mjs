#!/usr/bin/env node
// Checks the generated files with sox (apt-get install sox libsox-fmt-mp3):
// duration, peak (no clipping) and, for the beds, that the loop window really
// loops: the step from its last sample back to its first is no bigger than the
// signal's ordinary sample-to-sample movement.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const RATE = 22050;
const decode = (file) => {
  const raw = execFileSync('sox', [join(here, file), '-t', 'raw', '-e', 'signed', '-b', '16', '-c', '1', '-r', String(RATE), '-']);
  return new Int16Array(raw.buffer, raw.byteOffset, raw.length / 2);
};

let failed = false;
for (const file of readdirSync(here).filter((f) => /\.(wav|mp3)$/.test(f)).sort()) {
  const x = decode(file);
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const clipped = peak >= 32767;
  failed ||= clipped;
  console.log(`${file.padEnd(18)} ${(x.length / RATE).toFixed(3)} s  peak ${(20 * Math.log10(peak / 32768)).toFixed(1)} dBFS${clipped ? '  CLIPS' : ''}`);
}

const loops = JSON.parse(readFileSync(join(here, 'loops.json'), 'utf8'));
for (const { file, loopStartMs, loopMs } of Object.values(loops)) {
  const x = decode(file);
  const start = Math.round((loopStartMs * RATE) / 1000);
  const end = start + Math.round((loopMs * RATE) / 1000) - 1;
  let typical = 0;
  for (let i = start; i < end; i++) typical += Math.abs(x[i + 1] - x[i]);
  typical /= end - start;
  const seam = Math.abs(x[start] - x[end]);
  // Within three times the average step is indistinguishable from the signal itself.
  const ok = seam <= 3 * typical;
  failed ||= !ok;
  console.log(`${file.padEnd(18)} loop seam step ${seam}, average step ${typical.toFixed(0)}${ok ? '' : '  CLICK AT LOOP'}`);
}
process.exit(failed ? 1 : 0);
