/**
 * Export, clear, restore and removal of a large store, driven through the options page as a reader
 * would: the time each takes, the peak JavaScript heap of the options page while it works (sampled
 * every 100 ms through the DevTools protocol), its longest main-thread task, and a check that the
 * restore reproduced the store: a second export, byte for byte the same as the first but for the
 * moment it was made.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface ExportRestoreFigures {
  exportMs: number;
  exportPeakBytes: number;
  fileBytes: number;
  clearMs: number;
  restoreMs: number;
  restorePeakBytes: number;
  removeMs: number;
  /** The longest main-thread task of the options page in all of it. */
  longestTaskMs: number;
  /** Whether the export after the restore was the same bytes as the one before (the header's moment aside). */
  identical: boolean;
  statusBefore: string;
  statusAfter: string;
}

/** Runs `work` while sampling the page's JS heap; returns its time (ms) and the peak heap (bytes). */
async function measured(page: Page, context: BrowserContext, work: () => Promise<unknown>): Promise<{ ms: number; peak: number }> {
  const cdp = await context.newCDPSession(page);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      peak = Math.max(peak, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  sampling = false;
  await sampler;
  await cdp.detach();
  return { ms, peak };
}

/** A file's SHA-256, without its first line (the header, which holds the moment of the export). */
function digestWithoutHeader(path: string): string {
  const bytes = readFileSync(path);
  return createHash('sha256')
    .update(bytes.subarray(bytes.indexOf(10)))
    .digest('hex');
}

const TIMEOUT = 3_600_000;

/** Export, clear, restore, export again, and remove one document, on the options page. */
export async function exportAndRestore(context: BrowserContext, base: string): Promise<ExportRestoreFigures> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}/options.html`);
  const status = async () => (await page.getByTestId('store-status').textContent()) ?? '';
  await page.waitForSelector('[data-testid="store-status"]');
  const statusBefore = await status();
  const dir = mkdtempSync(join(tmpdir(), 'dramatis-bench-export-'));
  const exportTo = async (name: string) => {
    const path = join(dir, name);
    const timing = await measured(page, context, async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('button', { name: 'Export everything' }).click(),
      ]);
      await download.saveAs(path);
    });
    return { path, ...timing };
  };

  const first = await exportTo('first.json');
  const clear = await measured(page, context, async () => {
    await page.getByRole('button', { name: 'Clear the store…' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="store-status"]')?.textContent?.startsWith('Your store holds 0 documents'), null, {
      timeout: TIMEOUT,
    });
  });
  const restore = await measured(page, context, async () => {
    await page.locator('input[type="file"]').setInputFiles(first.path);
    await page.waitForSelector('[data-testid="import-summary"]', { timeout: TIMEOUT });
  });
  const summary = (await page.getByTestId('import-summary').textContent()) ?? '';
  if (!summary.startsWith('Restored')) throw new Error(`restore failed: ${await page.locator('.import-report').textContent()}`);
  await page.reload();
  await page.waitForSelector('[data-testid="store-status"]');
  const statusAfter = await status();
  const second = await exportTo('second.json');
  const identical = statSync(first.path).size === statSync(second.path).size && digestWithoutHeader(first.path) === digestWithoutHeader(second.path);
  const fileBytes = statSync(first.path).size;
  rmSync(dir, { recursive: true, force: true });

  // Removing one document from the restored store, as a reader does from the Documents list.
  const row = page.locator('.documents li').first();
  const id = await row.getAttribute('data-document');
  const remove = await measured(page, context, async () => {
    await row.getByRole('button', { name: /^Remove / }).click();
    await page.waitForFunction((removed) => !document.querySelector(`.documents li[data-document="${removed}"]`), id, { timeout: TIMEOUT });
  });
  const longestTaskMs = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.close();
  return {
    exportMs: first.ms,
    exportPeakBytes: Math.max(first.peak, second.peak),
    fileBytes,
    clearMs: clear.ms,
    restoreMs: restore.ms,
    restorePeakBytes: restore.peak,
    removeMs: remove.ms,
    longestTaskMs,
    identical,
    statusBefore,
    statusAfter,
  };
}
