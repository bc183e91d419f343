import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseScormArgs } from '../../build/scorm';
import { readClassCode } from '../../src/engine/codes';
import { launchJson, launchTitle, packageFileName, parseLaunch } from '../../src/platform/launch';
import { LAUNCH_ELEMENT_ID, oneFileHtml, withLaunch } from '../../src/platform/oneFile';
import { LAUNCH_FILE, scormPackage } from '../../src/platform/package';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const oneFile = oneFileHtml({ game: b64('<!doctype html><html><head></head><body>game</body></html>'), teacher: b64('<html>teacher</html>') });
const story = { title: 'Thaw', chapters: ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'] };
const launchIn = (html: string) => new RegExp(`<script type="application/json" id="${LAUNCH_ELEMENT_ID}">(.*?)</script>`).exec(html)?.[1];

describe('the learning-platform package', () => {
  it('holds imsmanifest.xml at its root (SCORM 1.2, one SCO) and the one-file edition with the settings inside', () => {
    const launch = { mode: 'lesson', span: { from: 5, to: 8 } } as const;
    const made = scormPackage(oneFile, launch, story);
    if (!made.ok) throw new Error(made.kind);
    expect(made.fileName).toBe('thaw-scorm-lesson-ch5-8.zip');
    const files = unzipSync(made.bytes);
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', LAUNCH_FILE]);
    const manifest = strFromU8(files['imsmanifest.xml']);
    expect(manifest).toBe(made.manifest);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(1);
    expect(manifest).toContain(`href="${LAUNCH_FILE}"`);
    expect(manifest).toContain('<title>Thaw: lesson, chapters 5–8 (Five to Eight)</title>');
    const html = strFromU8(files[LAUNCH_FILE]);
    expect(parseLaunch(launchIn(html) ?? '')).toMatchObject({ ok: true, launch });
    // Everything else is the one-file edition as it was.
    expect(html.replace(launchIn(html) ?? '', 'null')).toBe(oneFile);
  });

  it('names a competition package after its settings, and escapes titles for XML', () => {
    const classCode = parseScormArgs(['--chapters', '3-', '--competition', '--time-limit', '60']);
    if (typeof classCode === 'string' || classCode.mode !== 'competition') throw new Error(String(classCode));
    expect(readClassCode(classCode.classCode)).toMatchObject({ ok: true, settings: { fromChapter: 3, toChapter: null, secondsPerDecision: 60, holdFeedback: true } });
    expect(packageFileName(classCode)).toBe('thaw-scorm-competition-ch3-end.zip');
    expect(packageFileName({ mode: 'lesson', span: { from: null, to: null } })).toBe('thaw-scorm-lesson.zip');
    const made = scormPackage(oneFile, classCode, { title: 'A & <B>', chapters: story.chapters });
    expect(made.ok && made.manifest).toContain('<title>A &amp; &lt;B&gt;: competition, chapters 3–9 (Three to Nine)</title>');
    expect(launchTitle('Thaw', { mode: 'lesson', span: { from: 4, to: 4 } }, story.chapters)).toBe('Thaw: lesson, chapter 4 (Four)');
  });

  it('refuses a file that is not the one-file edition, and any launch JSON that cannot be trusted', () => {
    expect(withLaunch('<html></html>', { mode: 'lesson', span: { from: null, to: null } })).toEqual({ ok: false, kind: 'not-the-one-file-edition' });
    expect(scormPackage('<html></html>', { mode: 'lesson', span: { from: null, to: null } }, story)).toEqual({ ok: false, kind: 'not-the-one-file-edition' });
    for (const bad of ['', '{', '[]', '{"mode":"lesson"}', '{"mode":"lesson","span":{"from":0,"to":null}}', '{"mode":"lesson","span":{"from":"1","to":null}}', '{"mode":"race"}']) {
      expect(parseLaunch(bad)).toEqual({ ok: false, kind: 'damaged' });
    }
    expect(parseLaunch('{"mode":"competition","classCode":"NOPE"}')).toEqual({ ok: false, kind: 'class-code' });
    // JSON that would close the <script> element it sits in is written safely.
    expect(launchJson({ mode: 'competition', classCode: '</script><b>' })).not.toContain('<');
  });

  it('reads the command line as the teacher page reads its form, and says what is wrong', () => {
    expect(parseScormArgs([])).toEqual({ mode: 'lesson', span: { from: null, to: null } });
    expect(parseScormArgs(['--chapters', '5-8'])).toEqual({ mode: 'lesson', span: { from: 5, to: 8 } });
    expect(parseScormArgs(['--chapters', '6'])).toEqual({ mode: 'lesson', span: { from: 6, to: 6 } });
    for (const bad of [['--chapters', '8-5'], ['--chapters'], ['--time-limit', '60'], ['--competition', '--time-limit', '45'], ['--wat']]) {
      expect(typeof parseScormArgs(bad)).toBe('string');
    }
  });
});
