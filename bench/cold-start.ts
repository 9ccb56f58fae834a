/**
 * Service-worker cold start, in Chromium with the built extension and a store of 10,000 documents:
 * the time from a stopped worker to the first answered annotation request, next to the same request
 * answered by a running worker. In Chrome the worker passes the request on to the engine page, which
 * stays open (lib/messaging/host.ts); so the start of everything is timed too: the worker stopped
 * and the engine page closed, as after the browser reclaimed it. And the engine page's memory, the
 * price of keeping it open. Run `npm run build` first (or `npm run bench`, which builds).
 */
import type { Page } from 'playwright-core';
import { attachEnginePage, launchBrowser, stopServiceWorker } from '../scripts/browser';
import { seedTexts } from '../tests/seeds';
import { median, report } from './results';
import { growStore, SyntheticCorpus } from './synth-store';

const DOCUMENTS = Number(process.env.BENCH_COLD_DOCUMENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 300;

const browser = await launchBrowser({ headless: true });
const page = await browser.context.newPage();
await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
const annotate = (p: Page, text: string) =>
  p.evaluate(async (t) => {
    const started = performance.now();
    const answer = (await chrome.runtime.sendMessage({ type: 'annotate', payload: { url: 'https://news.example/cold', title: '', text: t } })) as {
      ok: boolean;
      value?: { entities: { known: boolean }[] };
      error?: string;
    };
    if (!answer.ok) throw new Error(answer.error);
    return { ms: performance.now() - started, known: answer.value!.entities.filter((e) => e.known).length };
  }, text);

await page.evaluate(() => chrome.runtime.sendMessage({ type: 'reset', payload: { builtIn: true } }));
await growStore(page, new SyntheticCorpus(), 0, DOCUMENTS);
const text = seedTexts()[3]!.text;

const cdp = await browser.context.newCDPSession(page);
const stopWorker = () => stopServiceWorker(cdp);
const closeEnginePage = () => page.evaluate(() => chrome.offscreen.closeDocument());

const warm: number[] = [];
const cold: number[] = [];
const coldest: number[] = [];
let known = 0;
await annotate(page, text);
for (let i = 0; i < RUNS; i++) {
  warm.push((await annotate(page, text)).ms);
  await stopWorker();
  const first = await annotate(page, text);
  cold.push(first.ms);
  known = first.known;
  await closeEnginePage();
  await stopWorker();
  coldest.push((await annotate(page, text)).ms);
}
// The engine page's JavaScript heap, settled: after a collection, with the engine loaded and the store open.
const engine = await attachEnginePage(browser.context);
await engine.send('HeapProfiler.collectGarbage');
const { usedSize } = (await engine.send('Runtime.getHeapUsage')) as { usedSize: number };
await engine.stop();

const coldMs = median(cold);
const runs = (xs: number[]) => `runs: ${xs.map((c) => c.toFixed(0)).join(', ')} ms`;
report('5. Service-worker cold start', [
  {
    name: `stopped worker to the first answered annotation (${DOCUMENTS.toLocaleString('en-US')}-document store)`,
    value: coldMs,
    unit: 'ms',
    baseline: { name: 'the same request to a running worker', value: median(warm), unit: 'ms' },
    ratio: coldMs / median(warm),
    target: `< ${TARGET_MS} ms`,
    met: coldMs < TARGET_MS,
    note: `${known} names on the page tied to stored profiles; the engine page stayed open; ${runs(cold)}`,
  },
  {
    name: 'stopped worker and closed engine page to the first answered annotation',
    value: median(coldest),
    unit: 'ms',
    baseline: { name: 'the same request to a running worker', value: median(warm), unit: 'ms' },
    ratio: median(coldest) / median(warm),
    target: 'reported (the engine page opens as the worker first starts, and on the browser’s start)',
    met: null,
    note: runs(coldest),
  },
  {
    name: 'the engine page’s JavaScript heap, after a collection',
    value: usedSize / 1024 ** 2,
    unit: 'MB',
    target: 'reported (the price of keeping the engine loaded)',
    met: null,
  },
]);
await browser.close();
