import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './build/csp.ts';
import { offlinePlugin } from './build/offline.ts';
import { phaserCorePlugin } from './build/phaserCore.ts';
import { inkPlugin } from './src/compiler/vitePlugin.ts';

export default defineConfig({
  // Relative asset paths: the build works from any folder of a static host.
  base: './',
  plugins: [inkPlugin(), cspPlugin(), offlinePlugin(), phaserCorePlugin()],
  build: {
    // Phaser alone is over a megabyte; that is expected, not a warning worth reading.
    chunkSizeWarningLimit: 2000,
    // Two pages: the game, and the teacher's tools for class codes and results.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        teacher: fileURLToPath(new URL('./teacher.html', import.meta.url)),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          // Not a speed check (that is npm run bench): room for a shared, busy machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
