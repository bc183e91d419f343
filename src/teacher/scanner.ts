// Scanning result codes from students' screens with the camera. Where the browser reads QR
// codes itself (BarcodeDetector: Chrome on Android, ChromeOS and macOS) it does; elsewhere
// (Chrome on Windows, Firefox, Safari) the jsQR library reads the camera's frames. jsQR is
// bundled with the page: nothing is downloaded when it runs.
import jsQR from 'jsqr';
import { button, el } from '../ui/element';

interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

const SCAN_EVERY_MS = 250;
/** Frames are read at most this wide: a phone's QR code fills much of the picture, and jsQR's time grows with the pixels. */
const READ_WIDTH = 640;

type Reader = (video: HTMLVideoElement) => Promise<string[]>;

async function nativeReader(): Promise<Reader | null> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const formats = await Detector.getSupportedFormats().catch((): string[] => []);
  if (!formats.includes('qr_code')) return null;
  const detector = new Detector({ formats: ['qr_code'] });
  return async (video) => (await detector.detect(video).catch(() => [])).map((b) => b.rawValue);
}

function libraryReader(): Reader {
  const canvas = el('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return [];
    const scale = Math.min(1, READ_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
    return found ? [found.data] : [];
  };
}

/** @param onCode told of each new code the camera reads */
export function scannerSection(onCode: (code: string) => void): HTMLElement {
  const status = el('p', { class: 'hint', 'aria-live': 'polite' }, 'Scan the QR code on each student\'s debrief with this computer\'s camera.');
  const video = el('video', { muted: true, playsinline: true, class: 'scanner-video', hidden: true });
  let stream: MediaStream | null = null;
  let timer = 0;
  const seen = new Set<string>();

  const stop = () => {
    window.clearInterval(timer);
    for (const t of stream?.getTracks() ?? []) t.stop();
    stream = null;
    video.hidden = true;
    toggle.textContent = 'Scan with the camera';
  };
  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      status.textContent = 'The camera can only be used when this page is opened from this computer or over https. Paste the codes or load a file of them instead.';
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      status.textContent = 'The camera could not be opened. Allow the camera for this page, or paste the codes instead.';
      return;
    }
    const read = (await nativeReader()) ?? libraryReader();
    // Each time the camera starts, every code counts again (the list may have been cleared).
    seen.clear();
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    toggle.textContent = 'Stop the camera';
    status.textContent = 'Hold a result code\'s QR code up to the camera.';
    let busy = false;
    timer = window.setInterval(async () => {
      if (busy) return;
      busy = true;
      for (const raw of await read(video)) {
        const code = raw.trim();
        if (!code || seen.has(code)) continue;
        seen.add(code);
        status.textContent = `Scanned code ${seen.size}.`;
        onCode(code);
      }
      busy = false;
    }, SCAN_EVERY_MS);
  };
  const toggle = button('Scan with the camera', () => (stream ? stop() : void start()));
  return el('div', { class: 'scanner no-print' }, el('h3', {}, 'Scan QR codes'), status, el('div', { class: 'actions' }, toggle), video);
}
