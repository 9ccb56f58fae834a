/**
 * Service-worker cold start, in Chromium with the built extension and a store of 10,000 documents:
 * the time from a stopped worker to the first answered annotation request, next to the same request
 * answered by a running worker. Run `npm run build` first (or `npm run bench`, which builds).
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../scripts/browser';
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
await cdp.send('ServiceWorker.enable');
const stopWorker = async () => {
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The worker is gone once the context lists none.
  for (let i = 0; i < 100 && browser.context.serviceWorkers().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
};

const warm: number[] = [];
const cold: number[] = [];
let known = 0;
await annotate(page, text);
for (let i = 0; i < RUNS; i++) {
  warm.push((await annotate(page, text)).ms);
  await stopWorker();
  const first = await annotate(page, text);
  cold.push(first.ms);
  known = first.known;
}
const coldMs = median(cold);
report('5. Service-worker cold start', [
  {
    name: `stopped worker to the first answered annotation (${DOCUMENTS.toLocaleString('en-US')}-document store)`,
    value: coldMs,
    unit: 'ms',
    baseline: { name: 'the same request to a running worker', value: median(warm), unit: 'ms' },
    ratio: coldMs / median(warm),
    target: `< ${TARGET_MS} ms`,
    met: coldMs < TARGET_MS,
    note: `${known} names on the page tied to stored profiles; runs: ${cold.map((c) => c.toFixed(0)).join(', ')} ms`,
  },
]);
await browser.close();
