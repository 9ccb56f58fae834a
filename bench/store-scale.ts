/**
 * Store scale, in Chromium with the built extension: stores of 1,000, 10,000 and 100,000 documents
 * of generated news (`synth-store.ts`, `synth-text.ts`). At each size: the time to save a real
 * article (engine and store) once the store is in use, and straight after it was written (see
 * `timeSaves`), opening the popup to the first result of a search, and opening a profile with 5,000
 * mentions. Lookups are compared with the same lookups at 1,000 documents: the answer is the same, so
 * the work should be too. Each store is written from a page of its own, closed after, and timed once
 * the browser has gone quiet after writing it (`settle.ts`). Run `npm run build` first (or `npm run
 * bench`, which builds).
 *
 * BENCH_PROFILE_DIR (opt-in, for repeated measurements): run in that Chromium profile directory
 * instead of a fresh one, and keep what it holds. Where its store already holds the synthetic
 * documents of a size in BENCH_STORE_SIZES, that fill is skipped (the corpus is regenerated in Node
 * only, so later sizes continue it). Fill once, copy the directory, and time a fresh copy each
 * time: `BENCH_PROFILE_DIR=/tmp/store-100k BENCH_STORE_SIZES=100000 BENCH_EXPORT=0`. The saves of
 * such a run land in the directory, so copy it before, not after. Without it, every store is built
 * from scratch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/browser';
import { seedTexts } from '../tests/seeds';
import { median, report, type Figure } from './results';
import { STORE_NAME } from '../lib/store/schema';
import { growStore, PROBE_BIG, PROBE_SMALL, SyntheticCorpus } from './synth-store';
import { startTrace, TRACE_ARGS } from './trace';
import { exportAndRestore } from './store-export';
import { settle } from './settle';

const SIZES = (process.env.BENCH_STORE_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET = 1.5;
/** The longest wait for the browser to go quiet after writing a store (ms). */
const SETTLE_MAX_MS = Number(process.env.BENCH_SETTLE_MAX_MS ?? 900_000);
/** BENCH_TRACE=1: trace the saves at each size and print where their time goes (bench/trace.ts). */
const TRACE = !!process.env.BENCH_TRACE;
/** BENCH_PROFILE_DIR: a Chromium profile kept between runs, its filled store reused (see above). */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR || undefined;

const browser = await launchBrowser({ headless: true, args: TRACE ? TRACE_ARGS : [], profileDir: PROFILE_DIR });
const base = `chrome-extension://${browser.extensionId}`;
const options = await browser.context.newPage();
await options.goto(`${base}/options.html`);
/** Sends one message from `page`; its answer and the time it took (ms). Throws the answer's error. */
const request = <T>(page: Page, type: string, payload: unknown) =>
  page.evaluate(
    async ([t, p]) => {
      const started = performance.now();
      const answer = (await chrome.runtime.sendMessage({ type: t, payload: p })) as { ok: boolean; value?: unknown; error?: string };
      if (!answer.ok) throw new Error(answer.error);
      return { ms: performance.now() - started, value: answer.value };
    },
    [type, payload] as const,
  ) as Promise<{ ms: number; value: T }>;
const send = async (page: Page, type: string, payload: unknown) => (await request(page, type, payload)).ms;
/**
 * The largest of `sizes` whose synthetic documents the store already holds, or 0: one of the size's
 * last 100 documents is there (the run that filled it may have removed its newest one).
 */
async function filledSize(page: Page, sizes: number[]): Promise<number> {
  const held = await page.evaluate(
    async ({ name, ids }) => {
      // Opening a store that is not there would make an empty one, which the extension would then not upgrade.
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return ids.map(() => false);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (!db.objectStoreNames.contains('documents')) return ids.map(() => false);
      const store = db.transaction('documents').objectStore('documents');
      // Every id's request sent at once (no named helper: the page evaluates this function's source alone).
      const found = await Promise.all(
        ids.map((last) => {
          const n = Number(last.slice('syn-'.length)) + 1;
          const tail = Array.from({ length: Math.min(100, n) }, (_, k) => `syn-${n - 1 - k}`);
          return Promise.all(
            tail.map(
              (id) =>
                new Promise<boolean>((resolve) => {
                  const request = store.getKey(id);
                  request.onsuccess = () => resolve(request.result !== undefined);
                  request.onerror = () => resolve(false);
                }),
            ),
          ).then((held) => held.some(Boolean));
        }),
      );
      db.close();
      return found;
    },
    { name: STORE_NAME, ids: sizes.map((n) => `syn-${n - 1}`) },
  );
  return Math.max(0, ...sizes.filter((_, i) => held[i]));
}
const reused = PROFILE_DIR ? await filledSize(options, SIZES) : 0;
if (reused) console.log(`  reusing the store in ${PROFILE_DIR}: ${reused.toLocaleString('en-US')} synthetic documents already written`);
else await send(options, 'reset', { builtIn: false });
/** Save addresses unique to this run, so saves into a reused store add documents rather than update them. */
const RUN_TAG = reused ? `${Date.now().toString(36)}/` : '';

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures');
const TIMED_FIXTURES = ['reuters-ukraine.txt', 'ap-texas.txt'];
/** The other fixture articles, in name order: some are timed too, the rest only used (see `timeSaves`). */
const others = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt') && !TIMED_FIXTURES.includes(f))
  .sort();
/** The articles timed at every size, each saved once: two wire stories, the five seeds and eight more. */
const articles = [
  ...TIMED_FIXTURES.map((f) => readFileSync(join(fixtures, f), 'utf8')),
  ...seedTexts().map((s) => s.text),
  ...others.slice(0, 8).map((f) => readFileSync(join(fixtures, f), 'utf8')),
];
/** The articles saved, untimed, before them: the store in use, as a reader's is (see `timeSaves`). */
const warmups = others.slice(8).map((f) => readFileSync(join(fixtures, f), 'utf8'));
/** How many of `articles` are timed at each size (BENCH_SAVE_RUNS; at most one each). */
const SAVE_RUNS = Math.min(articles.length, Number(process.env.BENCH_SAVE_RUNS ?? articles.length));
/** How many of `warmups` are saved first (BENCH_SAVE_WARMUP). */
const WARMUP = Math.min(warmups.length, Number(process.env.BENCH_SAVE_WARMUP ?? warmups.length));
/** How many of the first warm-up saves are timed as the store's first saves after it was written. */
const FIRST_SAVES = Math.min(WARMUP, 5);

/**
 * The compactions LevelDB logged in the extension's IndexedDB since this was made: `count()` reads
 * the `LOG` file each IndexedDB backing store writes beside its tables. 0 where there is none.
 */
function compactionLog(): { count: () => number } {
  const directory = join(browser.profileDir, 'Default', 'IndexedDB');
  const logs = () =>
    existsSync(directory)
      ? readdirSync(directory)
          .filter((d) => d.includes(browser.extensionId) && d.endsWith('.leveldb'))
          .map((d) => join(directory, d, 'LOG'))
          .filter((f) => existsSync(f))
      : [];
  const compactions = () => logs().reduce((n, f) => n + (readFileSync(f, 'utf8').match(/ Compacting /g)?.length ?? 0), 0);
  const before = compactions();
  return { count: () => compactions() - before };
}

/** How long LevelDB must log no compaction for the store to count as compacted (ms). */
const COMPACTED_QUIET_MS = 15_000;

/**
 * Waits until LevelDB has logged no compaction for `COMPACTED_QUIET_MS`, at most `maxMs`: the backing
 * store finishing the compactions a bulk write left it, which it runs in bursts with pauses of
 * seconds between them, so that the browser's processes look quiet (`settle.ts`) while it still
 * has minutes of them to run. Resolves to the time waited (ms) and the compactions seen meanwhile.
 */
async function compacted(maxMs: number): Promise<{ waitedMs: number; compactions: number; quiet: boolean }> {
  const started = performance.now();
  let compactions = 0;
  for (;;) {
    const log = compactionLog();
    await new Promise((resolve) => setTimeout(resolve, COMPACTED_QUIET_MS));
    const seen = log.count();
    compactions += seen;
    const waitedMs = performance.now() - started;
    if (!seen || waitedMs > maxMs) return { waitedMs, compactions, quiet: !seen };
  }
}

interface SaveTimes {
  /** The median of the timed saves (ms). */
  used: number;
  /** The median of the first saves straight after the store was written (ms). */
  first: number;
  /** LevelDB compactions during the timed saves, and during the warm-up. */
  compactions: { used: number; warmup: number };
  /** The timed saves during which LevelDB logged no compaction (ms each). */
  quiet: number[];
}

/**
 * Times saving `articles` into the store at `size` (the engine, the store and the answer, as the
 * options page sees them), after `warmups` were saved untimed. The bench writes a store in minutes
 * (100,000 documents in about 25), and LevelDB, under IndexedDB, leaves much of that bulk write to
 * compact later: its first saves run beside compactions of tens of megabytes each, which its own reads
 * and writes set off (the `LOG` beside the store lists them), and on two cores that takes their time. A store a
 * reader built over years, a save a day, is not in that state; one just restored from an export is,
 * for its first few dozen saves. So the first saves are timed too, and reported; the timed ones
 * wait until LevelDB has finished the compactions the warm-up set off (`compacted`).
 */
async function timeSaves(size: number): Promise<SaveTimes> {
  const saved: string[] = [];
  const save = async (text: string, tag: string) => {
    const { ms, value } = await request<{ documentId: string }>(options, 'save', { url: `https://saved.example/${size}/${RUN_TAG}${tag}`, title: '', text });
    saved.push(value.documentId);
    return ms;
  };
  const first: number[] = [];
  const warming = compactionLog();
  for (let i = 0; i < WARMUP; i++) {
    const ms = await save(warmups[i]!, `warm-${i}`);
    if (i < FIRST_SAVES) first.push(ms);
  }
  const warmup = warming.count();
  await settle(SETTLE_MAX_MS);
  await compacted(SETTLE_MAX_MS);
  const timing = compactionLog();
  const stop = TRACE ? await startTrace() : null;
  const times: number[] = [];
  const quiet: number[] = [];
  for (let i = 0; i < SAVE_RUNS; i++) {
    const during = compactionLog();
    times.push(await save(articles[i]!, String(i)));
    if (!during.count()) quiet.push(times.at(-1)!);
  }
  const used = timing.count();
  // Taken out again (not timed), so that every size saves the same articles as new ones: left in,
  // the next size would save each as a later copy of a stored story, which is other work.
  for (const documentId of saved) await send(options, 'removeDocument', { documentId });
  if (stop) {
    const { functions, indexedDb } = await stop();
    console.log(`  where ${SAVE_RUNS} saves at ${size.toLocaleString('en-US')} documents spent their time (ms, self time):`);
    for (const [name, ms] of functions) console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
    console.log('  IndexedDB events (ms, total):');
    for (const [name, ms] of indexedDb) console.log(`    ${ms.toFixed(1).padStart(8)}  ${name}`);
  }
  return { used: median(times), first: median(first), compactions: { used, warmup }, quiet };
}

async function timePopupSearch(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await browser.context.newPage();
    const started = performance.now();
    await popup.goto(`${base}/popup.html`);
    await popup.fill('input[type="search"]', 'probewell');
    await popup.waitForSelector('section[aria-live] .entities li');
    times.push(performance.now() - started);
    await popup.close();
  }
  return median(times);
}

async function timeBigProfile(): Promise<{ ms: number; listed: number; total: string }> {
  const times: number[] = [];
  let listed = 0;
  let total = '';
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    const started = performance.now();
    await page.goto(`${base}/profile.html#${PROBE_BIG.id}`);
    await page.waitForSelector('.mentions li');
    times.push(performance.now() - started);
    listed = await page.locator('.mentions li').count();
    total = (await page.getByTestId('mentions-summary').textContent()) ?? '';
    await page.close();
  }
  return { ms: median(times), listed, total };
}

const corpus = new SyntheticCorpus();
const rows: { size: number; save: SaveTimes; search: number; profile: number; build: number; listed: number; total: string }[] = [];
let have = 0;
// A reused store: the corpus made again in Node up to what it holds, so later sizes continue it.
for (let from = 0; from < reused; from += 2_000) corpus.documents(from, Math.min(reused, from + 2_000));
have = reused;
for (const size of SIZES) {
  const started = performance.now();
  if (size <= have) console.log(`  ${size.toLocaleString('en-US')} documents: already in the reused store, not written`);
  else {
    // Written from a page of its own, closed once the store is written. Every page of the extension
    // shares one renderer process, and so one JavaScript heap, with the engine page that saves: the
    // page that wrote 10,000 synthetic documents through the DevTools protocol held 94 MB of heap
    // after it (22 MB before), and saves sent from it took 130 ms against 100 ms from a fresh page in
    // the same browser (medians of 15, a copy of the 100,000-document store grown by 10,000; tenth
    // session). A reader's browser has no such page.
    const writer = await browser.context.newPage();
    await writer.goto(`${base}/options.html`);
    await growStore(writer, corpus, have, size, undefined, (written) => {
      if (written % 10_000 === 0 || written === size)
        console.log(
          `  writing the store: ${written.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
    });
    await writer.close();
  }
  // The raw writes leave the store's kept counts to be made again: made here, as part of the fill,
  // so that no timed save waits behind the one walk over every record that makes them.
  await send(options, 'status', {});
  const build = performance.now() - started;
  have = Math.max(have, size);
  // A store a reader opens has settled: give IndexedDB's backing store the time to finish compacting
  // what was just bulk-written, which otherwise competes with the lookups and saves for the CPU.
  const settled = await settle(SETTLE_MAX_MS);
  const store = await compacted(SETTLE_MAX_MS);
  console.log(
    `  settled in ${(settled.waitedMs / 1000).toFixed(0)} s${settled.quiet ? '' : ' (not quiet: timed anyway)'}; LevelDB compacted ${store.compactions} times in the next ${(store.waitedMs / 1000).toFixed(0)} s${store.quiet ? '' : ' (still compacting: timed anyway)'}`,
  );
  // Warm the worker and the page caches once, as a reader's browser would be.
  await timePopupSearch();
  await timeBigProfile();
  // Lookups first, saves (which write) last.
  const search = await timePopupSearch();
  const big = await timeBigProfile();
  const row = { size, build, search, profile: big.ms, listed: big.listed, total: big.total, save: await timeSaves(size) };
  rows.push(row);
  console.log(
    `  ${size.toLocaleString('en-US')} documents (${corpus.entities.size.toLocaleString('en-US')} entities) written in ${(build / 1000).toFixed(1)} s: save ${row.save.used.toFixed(0)} ms (the first ${FIRST_SAVES} after writing it: ${row.save.first.toFixed(0)} ms; LevelDB compactions: ${row.save.compactions.warmup} in the ${WARMUP} untimed saves, ${row.save.compactions.used} in the ${SAVE_RUNS} timed; the ${row.save.quiet.length} timed saves without one: ${row.save.quiet.length ? median(row.save.quiet).toFixed(0) : '-'} ms), popup search ${row.search.toFixed(0)} ms, 5,000-mention profile ${row.profile.toFixed(0)} ms (${row.listed} mentions listed; "${row.total}")`,
  );
}

const last = rows.at(-1)!;
// Export, clear, restore and removal on the largest store, after its lookups and saves.
const moved = process.env.BENCH_EXPORT === '0' ? null : await exportAndRestore(browser.context, base);
if (moved) console.log(`  export and restore at ${last.size.toLocaleString('en-US')} documents:`, moved);

const first = rows[0]!;
const figures: Figure[] = [];
for (const row of rows) {
  const size = row.size.toLocaleString('en-US');
  figures.push(
    {
      name: `${size} documents: saving one real article (engine and store), the store in use`,
      value: row.save.used,
      unit: 'ms per document',
      baseline: { name: `at ${first.size.toLocaleString('en-US')}`, value: first.save.used, unit: 'ms' },
      ratio: row.save.used / first.save.used,
      target: `<= ${TARGET}x the time at ${first.size.toLocaleString('en-US')}`,
      met: row.save.used / first.save.used <= TARGET,
      note: `median of ${SAVE_RUNS} articles, each saved once, after ${WARMUP} others; LevelDB compacted ${row.save.compactions.used} times during them; the ${row.save.quiet.length} saves during which it logged no compaction: median ${row.save.quiet.length ? median(row.save.quiet).toFixed(1) : '-'} ms (at ${first.size.toLocaleString('en-US')}: ${first.save.quiet.length ? median(first.save.quiet).toFixed(1) : '-'} ms, ${first.save.quiet.length} saves)`,
    },
    {
      name: `${size} documents: the first ${FIRST_SAVES} saves straight after the store was written`,
      value: row.save.first,
      unit: 'ms per document',
      baseline: { name: `at ${first.size.toLocaleString('en-US')}`, value: first.save.first, unit: 'ms' },
      ratio: row.save.first / first.save.first,
      target: 'reported (LevelDB still compacting the bulk write)',
      met: null,
      note: `LevelDB compacted ${row.save.compactions.warmup} times during the ${WARMUP} untimed saves`,
    },
    {
      name: `${size} documents: popup opened to the first search result`,
      value: row.search,
      unit: 'ms',
      baseline: { name: `at ${first.size.toLocaleString('en-US')}`, value: first.search, unit: 'ms' },
      ratio: row.search / first.search,
      target: `<= ${TARGET}x the time at ${first.size.toLocaleString('en-US')}`,
      met: row.search / first.search <= TARGET,
    },
    {
      name: `${size} documents: profile with ${PROBE_BIG.mentions.toLocaleString('en-US')} mentions opened`,
      value: row.profile,
      unit: 'ms',
      baseline: { name: `at ${first.size.toLocaleString('en-US')}`, value: first.profile, unit: 'ms' },
      ratio: row.profile / first.profile,
      target: `<= ${TARGET}x the time at ${first.size.toLocaleString('en-US')}; mentions paged`,
      met: row.profile / first.profile <= TARGET && row.listed <= 50,
      note: `${row.listed} mentions rendered of ${PROBE_BIG.mentions.toLocaleString('en-US')}`,
    },
  );
}
if (moved) {
  const size = last.size.toLocaleString('en-US');
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  figures.push(
    {
      name: `${size} documents: export everything (options page to the downloaded file)`,
      value: moved.exportMs / 1000,
      unit: 's',
      target: 'finishes, with progress, never the whole store in one string',
      met: true,
      note: `file ${mb(moved.fileBytes)}; peak JS heap of the options page ${mb(moved.exportPeakBytes)}`,
    },
    {
      name: `${size} documents: restore from that file into the cleared store (checked in full, then written)`,
      value: moved.restoreMs / 1000,
      unit: 's',
      target: 'finishes, with progress',
      met: true,
      note: `peak JS heap of the options page ${mb(moved.restorePeakBytes)}`,
    },
    {
      name: `${size} documents: the restored store exported again is the same file`,
      value: moved.identical ? 1 : 0,
      unit: moved.identical ? 'identical (size and SHA-256, header aside)' : 'DIFFERENT',
      target: 'byte for byte the same, and the same counts',
      met: moved.identical && moved.statusBefore === moved.statusAfter,
      note: moved.statusAfter,
    },
    {
      name: `${size} documents: clear the store`,
      value: moved.clearMs / 1000,
      unit: 's',
      target: 'reported, with progress',
      met: null,
    },
    {
      name: `${size} documents: remove one document from the Documents list`,
      value: moved.removeMs,
      unit: 'ms',
      target: 'reported, the list in use meanwhile',
      met: null,
      note: `longest main-thread task of the options page in export, clear, restore and removal: ${moved.longestTaskMs.toFixed(0)} ms`,
    },
  );
}
report('4. Store scale', figures);
console.log(`  (probe for search: "${PROBE_SMALL.name}", ${PROBE_SMALL.mentions} mentions in every store)`);
await browser.close();
