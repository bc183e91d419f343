// Writing sounds to bytes: WAV for the short effects (starts with no codec delay,
// and is tiny anyway), MP3 for the beds (WAV would be ~0.5 MB each; MP3 plays in
// every browser including Safari, unlike Ogg).
import { createMp3Encoder } from 'wasm-media-encoders';
import { createRandom } from './random.mjs';
import { SAMPLE_RATE } from './signal.mjs';

/** 16-bit mono PCM WAV, with seeded triangular dither so quiet tails don't turn grainy. */
export function encodeWav(signal, seed) {
  const rng = createRandom(seed);
  const bytes = Buffer.alloc(44 + signal.length * 2);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(36 + signal.length * 2, 4);
  bytes.write('WAVEfmt ', 8, 'ascii');
  bytes.writeUInt32LE(16, 16); // fmt chunk size
  bytes.writeUInt16LE(1, 20); // PCM
  bytes.writeUInt16LE(1, 22); // mono
  bytes.writeUInt32LE(SAMPLE_RATE, 24);
  bytes.writeUInt32LE(SAMPLE_RATE * 2, 28); // byte rate
  bytes.writeUInt16LE(2, 32); // block align
  bytes.writeUInt16LE(16, 34); // bits per sample
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(signal.length * 2, 40);
  for (let i = 0; i < signal.length; i++) {
    const dither = (rng.next() - rng.next()) / 32768;
    const v = Math.round(Math.max(-1, Math.min(1, signal[i] + dither)) * 32767);
    bytes.writeInt16LE(v, 44 + i * 2);
  }
  return bytes;
}

/** MP3 through LAME compiled to WebAssembly: same input, same bytes, on any machine. */
export async function encodeMp3(signal, vbrQuality) {
  const encoder = await createMp3Encoder();
  encoder.configure({ sampleRate: SAMPLE_RATE, channels: 1, vbrQuality });
  // The encoder owns the arrays it returns and reuses them: copy each at once.
  const chunks = [Buffer.from(encoder.encode([signal])), Buffer.from(encoder.finalize())];
  return Buffer.concat(chunks);
}
