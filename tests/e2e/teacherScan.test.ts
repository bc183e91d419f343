// Scanning a result code's QR code with the camera on the teacher page, in a browser without
// BarcodeDetector (headless Chromium on Linux has none, as Chrome on Windows, Firefox and
// Safari have none): the page reads the camera's frames with jsQR. The camera is Chromium's
// fake one, playing a picture of the QR code made here.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, play } from '../support/classCodes';
import { baseUrl, hasBrowser, launch, watchErrors } from './browser';

const WIDTH = 640;
const HEIGHT = 480;
const MODULE_PX = 8;
const QUIET_MODULES = 4;

/** One frame of Y4M video (4:2:0, grey): the QR code of `text`, dark on white, in the middle. */
function qrVideo(text: string): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = (size + 2 * QUIET_MODULES) * MODULE_PX;
  if (side > HEIGHT) throw new Error(`A QR code of ${size} modules does not fit the picture.`);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  const left = (WIDTH - size * MODULE_PX) / 2;
  const top = (HEIGHT - size * MODULE_PX) / 2;
  for (let y = 0; y < size * MODULE_PX; y++) {
    for (let x = 0; x < size * MODULE_PX; x++) {
      if (qr.modules.get(Math.floor(y / MODULE_PX), Math.floor(x / MODULE_PX))) luma[(top + y) * WIDTH + left + x] = 16;
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\nFRAME\n`), luma, chroma]);
}

const result = code(play('history'), 'Scanned Sam', 900);
const video = path.resolve(import.meta.dirname, '../../test-results/qr-camera.y4m');

describe.skipIf(!hasBrowser)('scanning QR codes on the teacher page', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(path.dirname(video), { recursive: true });
    writeFileSync(video, qrVideo(result));
    browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a result code from the camera with jsQR where the browser has no BarcodeDetector', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.grantPermissions(['camera']);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL('teacher.html', baseUrl).href);
    await expect(page.evaluate(() => 'BarcodeDetector' in window)).resolves.toBe(false);
    await page.getByRole('button', { name: 'Scan with the camera' }).click();
    await page.getByText('Scanned code 1.').waitFor();
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    await page.getByText(/1 student on the leaderboard/).waitFor();
    await expect(page.getByRole('table', { name: 'Leaderboard' }).getByRole('rowheader').allTextContents()).resolves.toEqual(['Scanned Sam']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
