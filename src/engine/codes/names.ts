// Names: what a student typed, cleaned as a result code carries it, and its bits.
//
//   readDisplayName(text)                     → { ok: true, name } | { ok: false, kind, reason }
//   nameLength(text)                          → characters the code would carry, for a live count
// A name is never cut: one longer than MAX_NAME_CHARS is refused, saying so.
import type { BitReader, BitWriter } from './base32';

export const MAX_NAME_CHARS = 24;

// Characters that would make a name lie about itself on screen or in a spreadsheet: control
// characters, unassigned and private code points, and the bidirectional overrides that can
// make one name look like another. Joiners stay: some scripts need them.
const UNSAFE = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

export function cleanName(raw: string): string {
  // Whitespace first: a tab or a line break between two names is a space, not nothing.
  return raw.normalize('NFC').replace(/\s+/gu, ' ').replace(UNSAFE, '').trim();
}

/** Characters (code points) of the name as a result code would carry it. */
export const nameLength = (text: string): number => Array.from(cleanName(text)).length;

export type NameRead = { ok: true; name: string } | { ok: false; kind: 'empty' | 'too-long'; reason: string };

export function readDisplayName(text: string): NameRead {
  const name = cleanName(text);
  if (!name) return { ok: false, kind: 'empty', reason: 'Type a name for the leaderboard.' };
  const length = Array.from(name).length;
  if (length > MAX_NAME_CHARS) {
    return {
      ok: false,
      kind: 'too-long',
      reason: `A result code carries names of up to ${MAX_NAME_CHARS} characters, and this one has ${length}: shorten it by ${length - MAX_NAME_CHARS}.`,
    };
  }
  return { ok: true, name };
}

// Each code point as 7-bit groups, high group first, with a "more follows" bit (like LEB128):
// one byte for ASCII, two for Cyrillic, Greek, Arabic, Devanagari and the like.
export function writeCodePoint(w: BitWriter, cp: number): void {
  const groups: number[] = [];
  for (let v = cp; ; v = Math.floor(v / 128)) {
    groups.unshift(v % 128);
    if (v < 128) break;
  }
  for (const [i, g] of groups.entries()) w.write((i < groups.length - 1 ? 128 : 0) + g, 8);
}

export function readCodePoint(r: BitReader): number | null {
  let v = 0;
  for (let i = 0; i < 3; i++) {
    const byte = r.read(8);
    // A leading zero group would be a second spelling of a shorter code point.
    if (i === 0 && byte === 128) return null;
    v = v * 128 + (byte & 127);
    if (byte < 128) return v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff) ? v : null;
  }
  return null;
}
