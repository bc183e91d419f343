// Scanning result codes from students' screens with the camera, where the browser can read
// QR codes itself (the BarcodeDetector API). No library: where the API is missing, the page
// says so and the teacher pastes or loads the codes instead.
import { button, el } from '../ui/element';

interface DetectedBarcode {
  rawValue: string;
}

interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

const SCAN_EVERY_MS = 250;

function detectorClass(): BarcodeDetectorClass | null {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;
}

const UNAVAILABLE = 'This browser cannot read QR codes with the camera (Chrome on Android, ChromeOS and macOS can). Paste the codes or load a file of them instead.';

/** @param onCode told of each new code the camera reads */
export function scannerSection(onCode: (code: string) => void): HTMLElement {
  const status = el('p', { class: 'hint', 'aria-live': 'polite' });
  const root = el('div', { class: 'scanner no-print' }, el('h3', {}, 'Scan QR codes'), status);
  const Detector = detectorClass();
  if (!Detector) {
    status.textContent = UNAVAILABLE;
    return root;
  }
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
    const formats = await Detector.getSupportedFormats();
    if (!formats.includes('qr_code')) {
      status.textContent = UNAVAILABLE;
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      status.textContent = 'The camera could not be opened. Allow the camera for this page, or paste the codes instead.';
      return;
    }
    const detector = new Detector({ formats: ['qr_code'] });
    // Each time the camera starts, every code counts again (the list may have been cleared).
    seen.clear();
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    toggle.textContent = 'Stop the camera';
    status.textContent = 'Hold a result code\'s QR code up to the camera.';
    timer = window.setInterval(async () => {
      for (const found of await detector.detect(video).catch(() => [])) {
        const code = found.rawValue.trim();
        if (!code || seen.has(code)) continue;
        seen.add(code);
        status.textContent = `Scanned code ${seen.size}.`;
        onCode(code);
      }
    }, SCAN_EVERY_MS);
  };
  const toggle = button('Scan with the camera', () => (stream ? stop() : void start()));
  root.append(el('div', { class: 'actions' }, toggle), video);
  return root;
}
