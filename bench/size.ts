/**
 * Bundle size: the content script runs on every page the reader opens, so it carries no language
 * engine. Reads the built extension (run `npm run build` first, or `npm run bench`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './results';

const TARGET_BYTES = 60_000;
const out = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const content = readFileSync(join(out, 'content-scripts', 'content.js'));
const worker = statSync(join(out, 'background.js')).size;
// The engine page's scripts: its module and the chunks it preloads (engine.html).
const enginePage = [...readFileSync(join(out, 'engine.html'), 'utf8').matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].reduce(
  (sum, [, path]) => sum + statSync(join(out, path!)).size,
  0,
);
// compromise's lexicon carries this word list; its presence would mean the engine leaked in.
const engineInside = /compromise|\bnlp\.plugin\b/.test(content.toString('utf8'));
const chunks = readdirSync(join(out, 'chunks')).map((name) => `${name} ${statSync(join(out, 'chunks', name)).size}`);

report('6. Size', [
  {
    name: 'content script, minified',
    value: content.byteLength,
    unit: 'bytes',
    baseline: { name: 'the engine page with the engine, its model and the store', value: enginePage, unit: 'bytes' },
    ratio: content.byteLength / enginePage,
    target: `< ${TARGET_BYTES.toLocaleString('en-US')} bytes, no engine inside`,
    met: content.byteLength < TARGET_BYTES && !engineInside,
    note: `${gzipSync(content).byteLength.toLocaleString('en-US')} bytes gzipped; engine inside: ${engineInside ? 'yes' : 'no'}; the service worker: ${worker.toLocaleString('en-US')} bytes`,
  },
]);
console.log(`  extension pages' chunks: ${chunks.join(', ')}`);
