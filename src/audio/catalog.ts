// Which sounds exist and where the build put them. The imports give URLs only
// (Vite copies and fingerprints the files); nothing is fetched until the player
// asks for a sound, so importing this costs the title screen nothing.
import clickUrl from '../../assets/sound/click.wav';
import gavelUrl from '../../assets/sound/gavel.wav';
import loops from '../../assets/sound/loops.json';
import murmurUrl from '../../assets/sound/murmur.wav';
import stampUrl from '../../assets/sound/stamp.wav';
import typewriterUrl from '../../assets/sound/typewriter.wav';

export const EFFECTS = ['typewriter', 'stamp', 'murmur', 'gavel', 'click'] as const;
export type EffectName = (typeof EFFECTS)[number];

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

const bedUrls = import.meta.glob('../../assets/sound/*.mp3', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

/** The ambient beds by name, as assets/sound/loops.json lists them; the story's `# music:` tags choose among them. */
export const bedFiles: ReadonlyMap<string, BedFile> = new Map(
  Object.entries(loops).map(([name, { file, loopStartMs, loopMs }]): [string, BedFile] => [
    name,
    { url: bedUrls[`../../assets/sound/${file}`], format: 'mp3', loopStartMs, loopMs },
  ]),
);
