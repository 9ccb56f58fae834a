import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'wxt';
import { profileCorpus } from './lib/engine/profile-corpus';

/** The seed corpus, profiled by the engine at build time and bundled for the store's first start. */
function seedSnapshot(): string {
  const dir = join(import.meta.dirname, 'seeds');
  const inputs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  return JSON.stringify(profileCorpus(inputs));
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // DRAMATIS_UNMINIFIED=1 keeps function names readable in a CPU profile (bench/trace.ts).
  // The `firefox` condition picks Firefox's side of package.json's `imports` (`#background-context`).
  vite: ({ browser }) => ({
    plugins: [preact()],
    resolve: { conditions: [...(browser === 'firefox' ? ['firefox'] : []), ...defaultClientConditions] },
    ...(process.env.DRAMATIS_UNMINIFIED && { build: { minify: false } }),
  }),
  manifest: ({ browser }) => ({
    name: 'Dramatis',
    description: 'Highlights the officials and organisations named in news articles, with a local profile of every past mention.',
    // storage: the reader's settings. offscreen (Chrome): the engine page, where the engine and the
    // store stay loaded while the service worker is stopped and started (lib/messaging/host.ts).
    // Nothing else: pages are reached by the content script's matches.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    // The keyboard's way through a page's names. Alt+Shift+N and Alt+Shift+P are taken in Chromium
    // (it leaves them unassigned); Alt+Shift+. and Alt+Shift+, (">" and "<") are free.
    commands: {
      'next-name': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next highlighted name and open its card' },
      'previous-name': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous highlighted name and open its card' },
    },
    // Marks are painted with the CSS Custom Highlight API: Chrome 105, Firefox 140. The engine page
    // is found with runtime.getContexts: Chrome 116.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox's add-on id, and its declaration that Dramatis collects no data: nothing leaves the machine.
        gecko: { id: 'dramatis@dramatis.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('seed-snapshot.json');
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'seed-snapshot.json', contents: seedSnapshot() });
    },
  },
});
