// Sound failures are reported with console.warn, never console.error: a classroom
// machine with no audio device is normal, not a bug, and the end-to-end tests fail
// on console errors. Once per sound is enough; a broken file would otherwise
// repeat its warning on every click.

export type WarnOnce = (key: string, message: string, detail?: unknown) => void;

export function createWarnOnce(): WarnOnce {
  const warned = new Set<string>();
  return (key, message, detail) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`[audio] ${message}`, ...(detail === undefined ? [] : [detail]));
  };
}
