// The Content-Security-Policy for the served game: one policy, used twice, as a <meta> in
// the built pages (build/csp.ts) and as a header by scripts/serve.mjs, so a school server
// that copies dist/ keeps it even without header configuration.
//
// Why each source is allowed:
// - scripts: only the page's own files. No 'unsafe-eval' (inkjs and Phaser do not need it),
//   no inline script (Vite's build emits none).
// - styles: <style> elements and stylesheets only from the page's own files (style-src-elem),
//   but style *attributes* must be allowed ('unsafe-inline' in style-src, which CSP 3 browsers
//   apply to attributes only): the UI sets meter and timeline widths with style="width:…"
//   (src/ui/DebriefView.ts, SceneHeader.ts, StandingPanel.ts) and Phaser measures the
//   viewport with a styled ruler element (GetInnerHeight.js). Browsers without
//   style-src-elem fall back to style-src, i.e. inline <style> is then allowed too.
// - images: data: because Vite inlines very small assets as data: URLs, and the one-file
//   edition carries every picture as one. The backdrops load as plain <img> (src/art/pictureTextures.ts).
// - fonts, media, connect: data: for inlined assets; connect 'self' for howler, which fetches
//   the sounds with XHR.
// - no objects, no <base>, no form posts: nothing the game uses.
const POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'style-src-elem': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives that browsers ignore (with a console error) when they come in a <meta>. */
const HEADER_ONLY = { 'frame-ancestors': ["'self'"] };

const render = (policy) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy for the <meta http-equiv="Content-Security-Policy"> in the built pages. */
export const metaPolicy = render(POLICY);
/** The same policy as an HTTP header, plus what only a header can carry. */
export const headerPolicy = render({ ...POLICY, ...HEADER_ONLY });
