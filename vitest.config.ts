import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser tests share one Chromium; the rest are quick.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'], exclude: ['tests/browser/**'] },
      },
      {
        extends: true,
        // The browser tests load the built extension: it is built once per run, and only when a browser
        // test is queued (a global setup runs only for a project with tests to run), so running the unit
        // tests alone never rebuilds an extension a browser run is using.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/browser/build-extension.ts'] },
      },
    ],
  },
});
