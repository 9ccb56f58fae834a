/**
 * The network of a large store stays readable: with over 2,000 entities named alongside another, the
 * options page draws the 60 most connected first, with their strongest ties, and no written name
 * overlaps another. The store is `scripts/wide-store.ts`: 700 documents naming 2,400 made-up officials,
 * organisations and people, a few often and most rarely, written into the extension's IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { writeRecords } from '../../bench/synth-store';
import { wideStore } from '../../scripts/wide-store';

const SHOWN = 60;

let browser: ExtensionBrowser;
const store = wideStore();

beforeAll(async () => {
  browser = await launchBrowser({ headless: true });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('[data-testid="store-status"]');
  await writeRecords(page, { documents: store.documents, mentions: store.mentions, entities: store.entities });
  await page.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the network of a store with over 2,000 entities', () => {
  it('draws the 60 most connected first, their strongest ties, with no name overlapping another', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('.network .node', { timeout: 60_000 });
    const summary = (await options.getByTestId('network-summary').textContent())!;
    const named = Number(/of ([\d,]+) names/.exec(summary)![1]!.replace(/,/g, ''));
    expect(named).toBeGreaterThan(2_000);
    // The seeds' five documents are in the store too: their names are among those counted.
    expect(summary).toMatch(/^The 60 most connected of [\d,]+ names that share a paragraph with another in your 704 documents/);

    const shown = await options.$$eval('.network a.node', (as) => as.map((a) => a.getAttribute('data-entity')!));
    expect(shown).toHaveLength(SHOWN);
    const expected = store.strength;
    expect(expected.size).toBeGreaterThan(2_000);
    const weakestShown = Math.min(...shown.map((id) => expected.get(id)!));
    const strongestLeftOut = Math.max(...[...expected].filter(([id]) => !shown.includes(id)).map(([, n]) => n));
    expect(weakestShown).toBeGreaterThanOrEqual(strongestLeftOut);
    expect(await options.locator('.network line[data-source]').count()).toBeLessThanOrEqual(150);

    const clashes = await options.$$eval('.network text', (texts) => {
      const boxes = texts.map((t) => t.getBoundingClientRect());
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1) n++;
        }
      return { n, written: boxes.length };
    });
    expect(clashes.n).toBe(0);
    expect(clashes.written).toBeGreaterThanOrEqual(20);

    // Asked for more, it draws 60 more.
    await options.getByRole('button', { name: /^Show 60 more names$/ }).click();
    await expect.poll(() => options.locator('.network a.node').count(), { timeout: 30_000 }).toBe(2 * SHOWN);
    await options.close();
  });
});
