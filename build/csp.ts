// Puts the Content-Security-Policy into every built page as a <meta>, so the policy
// travels with dist/ to whatever static server a school uses.
import type { Plugin } from 'vite';
// @ts-expect-error: a plain JavaScript module shared with scripts/serve.mjs.
import { metaPolicy } from './csp.mjs';

export function cspPlugin(): Plugin {
  return {
    name: 'thaw:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy as string }, injectTo: 'head-prepend' },
      ],
    },
  };
}
