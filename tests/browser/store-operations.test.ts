/**
 * Export, clear, restore and removal on a store of 3,000 documents, in Chromium with the built
 * extension: each shows its progress while it works, and the store comes back exactly.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { growStore, SyntheticCorpus } from '../../bench/synth-store';

const DOCUMENTS = 3_000;
let browser: ExtensionBrowser;
let options: Page;

/** Every label a progress bar showed, and whether a bar ever stood between empty and full. */
async function watchProgress(page: Page): Promise<() => Promise<{ labels: string[]; partway: boolean }>> {
  await page.evaluate(() => {
    const seen = { labels: [] as string[], partway: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('.store-progress')) {
        const label = bar.querySelector('span')?.textContent ?? '';
        if (seen.labels.at(-1) !== label) seen.labels.push(label);
        const p = bar.querySelector('progress');
        if (p?.hasAttribute('value') && p.value > 0 && p.value < p.max) seen.partway = true;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: { labels: string[]; partway: boolean } }).seen);
}

const status = async () => (await options.getByTestId('store-status').textContent()) ?? '';

beforeAll(async () => {
  browser = await launchBrowser({ headless: true });
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'reset', payload: { builtIn: false } }));
  await growStore(options, new SyntheticCorpus(), 0, DOCUMENTS);
  await options.reload();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('a store of 3,000 documents', () => {
  it('exports with progress, clears with progress, and restores with progress to the same store', async () => {
    await expect.poll(status).toMatch(/^Your store holds 3,?000 documents/);
    const before = await status();
    const seen = await watchProgress(options);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'dramatis-export-')), download.suggestedFilename());
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { documents: unknown[]; mentions: unknown[] };
    expect(exported.documents).toHaveLength(DOCUMENTS);
    await expect.poll(() => options.getByRole('status').last().textContent(), { timeout: 60_000 }).toMatch(/^Exported 3000 documents and \d+ profiles\.$/);

    await options.getByRole('button', { name: 'Clear the store…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(status, { timeout: 60_000 }).toBe('Your store holds 0 documents, 0 profiles and 0 mentions.');

    await options.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 120_000 }).toMatch(/^Restored the store from an export/);
    await expect.poll(status, { timeout: 30_000 }).toBe(before);

    const { labels, partway } = await seen();
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Exporting: [\d,]+ of [\d,]+ records$/),
        'Clearing the store: step 4 of 4',
        expect.stringMatching(/^Checking .*\.json before anything is written: [\d.]+ MB of [\d.]+ MB read$/),
        expect.stringMatching(/^Restoring: [\d,]+ of [\d,]+ records written$/),
      ]),
    );
    expect(partway).toBe(true);
  }, 300_000);

  it('removes a document while the list stays in use, and the counts follow', async () => {
    await options.reload();
    await expect.poll(status).toMatch(/^Your store holds 3,?000 documents/);
    const first = options.locator('.documents li').first();
    const id = await first.getAttribute('data-document');
    const title = (await first.locator('a').textContent()) ?? '';
    await first.getByRole('button', { name: `Remove ${title}` }).click();
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Your store holds 2,?999 documents/);
    await expect.poll(() => options.locator(`.documents li[data-document="${id}"]`).count()).toBe(0);
    // The list still answers (on a loaded machine, after the reads the removal's announcement set off).
    await options.getByLabel('Search documents').fill('zzzz-nothing');
    await expect.poll(() => options.locator('.documents li').count(), { timeout: 20_000 }).toBe(0);
  }, 120_000);
});
