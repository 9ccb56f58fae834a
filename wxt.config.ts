import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
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
  vite: () => ({ plugins: [preact()], ...(process.env.DRAMATIS_UNMINIFIED && { build: { minify: false } }) }),
  manifest: ({ browser }) => ({
    name: 'Dramatis',
    description: 'Highlights the officials and organisations named in news articles, with a local profile of every past mention.',
    // storage: the reader's settings. Nothing else: pages are reached by the content script's matches.
    permissions: ['storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox's add-on id, and its declaration that Dramatis collects no data: nothing leaves the machine.
        gecko: { id: 'dramatis@dramatis.local', data_collection_permissions: { required: ['none'] } },
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
