import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The browser tests load the built extension: build it once per run.
    globalSetup: ['tests/browser/build-extension.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser tests share one Chromium; the rest are quick.
    fileParallelism: false,
  },
});
