// Which sounds exist and where the build put them. The imports give URLs only
// (Vite copies and fingerprints the files); nothing is fetched until the player
// asks for a sound, so importing this costs the title screen nothing.
import bed1953Url from '../../assets/sound/ambient-1953.mp3';
import bed1956Url from '../../assets/sound/ambient-1956.mp3';
import bed1962Url from '../../assets/sound/ambient-1962.mp3';
import clickUrl from '../../assets/sound/click.wav';
import gavelUrl from '../../assets/sound/gavel.wav';
import loops from '../../assets/sound/loops.json';
import murmurUrl from '../../assets/sound/murmur.wav';
import stampUrl from '../../assets/sound/stamp.wav';
import typewriterUrl from '../../assets/sound/typewriter.wav';

export const EFFECTS = ['typewriter', 'stamp', 'murmur', 'gavel', 'click'] as const;
export type EffectName = (typeof EFFECTS)[number];

export const ERAS = [1953, 1956, 1962] as const;
export type Era = (typeof ERAS)[number];

/** The bed for a year: the latest era that has begun by then. */
export function eraOf(year: number): Era {
  return [...ERAS].reverse().find((era) => year >= era) ?? ERAS[0];
}

/** A file and the format howler should decode it as (a small file may be inlined as a data: URL, which has no extension). */
export interface SoundFile {
  readonly url: string;
  readonly format: 'wav' | 'mp3';
}

/** An ambient bed: the part of its file that loops seamlessly (assets/sound/generate.mjs pads the loop). */
export interface BedFile extends SoundFile {
  readonly loopStartMs: number;
  readonly loopMs: number;
}

export const effectFiles: Readonly<Record<EffectName, SoundFile>> = {
  typewriter: { url: typewriterUrl, format: 'wav' },
  stamp: { url: stampUrl, format: 'wav' },
  murmur: { url: murmurUrl, format: 'wav' },
  gavel: { url: gavelUrl, format: 'wav' },
  click: { url: clickUrl, format: 'wav' },
};

const bedUrls: Readonly<Record<Era, string>> = { 1953: bed1953Url, 1956: bed1956Url, 1962: bed1962Url };

export const bedFiles = Object.fromEntries(
  ERAS.map((era): [Era, BedFile] => [era, { url: bedUrls[era], format: 'mp3', ...loops[era] }]),
) as Readonly<Record<Era, BedFile>>;
