// A SCORM 1.2 package: imsmanifest.xml at the root and the one-file edition as the launch
// file, zipped with fflate (small, no dependencies, runs in the browser and in Node alike).
import { strToU8, zipSync } from 'fflate';
import { type Launch, launchTitle, packageFileName } from './launch';
import { scormManifest } from './manifest';
import { withLaunch } from './oneFile';

export const LAUNCH_FILE = 'thaw.html';
/** A fixed date for every entry: the same settings give the same bytes. */
const MTIME = new Date('2026-01-01T00:00:00Z');

export interface PackageStory {
  /** The story's own title (`# title:` in story/main.ink). */
  title: string;
  chapters: readonly string[];
}

export type PackageResult =
  | { ok: true; fileName: string; bytes: Uint8Array; manifest: string }
  | { ok: false; kind: 'not-the-one-file-edition' };

export function scormPackage(oneFile: string, launch: Launch, story: PackageStory): PackageResult {
  const launched = withLaunch(oneFile, launch);
  if (!launched.ok) return launched;
  const fileName = packageFileName(launch);
  const manifest = scormManifest({
    identifier: fileName.replace(/\.zip$/, '').replace(/[^A-Za-z0-9_-]/g, '_'),
    title: launchTitle(story.title, launch, story.chapters),
    launchFile: LAUNCH_FILE,
  });
  const bytes = zipSync(
    { 'imsmanifest.xml': [strToU8(manifest), { mtime: MTIME }], [LAUNCH_FILE]: [strToU8(launched.html), { mtime: MTIME }] },
    { level: 6 },
  );
  return { ok: true, fileName, bytes, manifest };
}
