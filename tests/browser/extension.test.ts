/**
 * The built extension in Debian's Chromium, on the seed corpus served as news pages: what a reader
 * sees on an article, in a hover card and in the popup, and what it does not do elsewhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';

let site: SeedSite;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  site = await startSeedSite();
  browser = await launchBrowser({ headless: true });
  browser.context.on('request', (request) => requests.push(request.url()));
  for (const worker of browser.context.serviceWorkers()) worker.on('console', () => undefined);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openArticle(id: string): Promise<{ page: Page; textBefore: string }> {
  const page = await browser.context.newPage();
  const url = `${site.url}/article/${id}`;
  const html = await (await fetch(url)).text();
  await page.goto(url);
  await page.waitForSelector('html[data-dramatis-state]:not([data-dramatis-state="annotating"])', { timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.dataset.dramatisState !== 'annotating');
  const textBefore = await page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').body.textContent ?? '', html);
  return { page, textBefore };
}

const marksOf = (page: Page) =>
  page.$$eval('dramatis-mark', (marks) =>
    marks.map((m) => ({ text: m.textContent ?? '', kind: m.getAttribute('data-kind'), entity: m.getAttribute('data-entity') })),
  );

describe('Dramatis on a seed article', () => {
  it('marks the officials and organisations with the right kinds and leaves the page text as it was', async () => {
    const { page, textBefore } = await openArticle('003_8ad13fabbb44149f');
    expect(await page.getAttribute('html', 'data-dramatis-state')).toBe('annotated');
    const marks = await marksOf(page);
    expect(Number(await page.getAttribute('html', 'data-dramatis-count'))).toBe(marks.length);
    const kindOf = (text: string) => marks.find((m) => m.text === text)?.kind;
    expect(kindOf('James Mattis')).toBe('official');
    expect(kindOf('Harjit Sajjan')).toBe('official');
    expect(kindOf('John Kelly')).toBe('official');
    expect(kindOf('Osorio Chong')).toBe('official');
    expect(kindOf('Pentagon')).toBe('organization');
    expect(kindOf('Reuters')).toBe('organization');
    expect(marks.some((m) => /Washington|Mexico City|Canada/.test(m.text))).toBe(false);
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);
    await page.close();
  });

  it('shows an official’s role in the card on hover, and closes it with Esc', async () => {
    const { page } = await openArticle('003_8ad13fabbb44149f');
    await page.locator('dramatis-mark', { hasText: 'James Mattis' }).first().hover();
    const card = page.locator('dramatis-card .card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('All mentions');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('James Mattis');
    expect(text).toContain('Defense Secretary, US');
    // Only this article names him: no past mentions.
    expect(text).toContain('First seen here');
    expect(await page.evaluate(() => !!document.querySelector('dramatis-card')?.shadowRoot)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.close();
  });

  it('opens the card from the keyboard', async () => {
    const { page } = await openArticle('004_e2b0de73d7164d7f');
    const barr = page.locator('dramatis-mark', { hasText: 'William Barr' }).first();
    expect(await barr.getAttribute('aria-label')).toBe('William Barr, official: show profile');
    await barr.focus();
    await expect.poll(() => page.locator('dramatis-card .card').textContent(), { timeout: 10_000 }).toContain('Attorney General, US');
    await page.close();
  });
});

describe('the popup', () => {
  it('finds Kelly and lists his mentions from the three seed articles that name him', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.fill('input[type="search"]', 'kelly');
    await popup.getByRole('button', { name: 'John F. Kelly' }).click();
    await popup.waitForSelector('.mentions li');
    const articles = await popup.$$eval('.mentions li a', (links) => [...new Set(links.map((a) => a.textContent))]);
    expect(articles.sort()).toEqual([
      'U.S., Mexican security officials speak despite diplomatic rift',
      'US homeland security chief talks drug crackdown with Mexican President',
      'US homeland security chief talks drug crackdown with Mexican president',
    ]);
    expect(await popup.locator('.mentions li mark').first().textContent()).toMatch(/Kelly/);
    await popup.close();
  });

  it('lists the current article’s entities grouped by kind, each with its role', async () => {
    const { page } = await openArticle('004_e2b0de73d7164d7f');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${encodeURIComponent(page.url())}`);
    await popup.waitForSelector('.entities');
    const groups = await popup.$$eval('h3', (hs) => hs.map((h) => h.textContent));
    expect(groups).toEqual(['Officials', 'Organisations']);
    expect(await popup.locator('li', { hasText: 'William Barr' }).textContent()).toContain('Attorney General, US');
    await popup.close();
    await page.close();
  });
});

describe('pages that are not articles', () => {
  for (const path of ['/form', '/product']) {
    it(`leaves ${path} alone and says why`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${site.url}${path}`);
      await page.waitForSelector('html[data-dramatis-state="skipped"]', { timeout: 15_000 });
      expect(await page.getAttribute('html', 'data-dramatis-reason')).toBeTruthy();
      expect(await page.locator('dramatis-mark').count()).toBe(0);
      await page.close();
    });
  }
});

describe('privacy', () => {
  it('sends no request off the machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    const offMachine = requests.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|data:|blob:)/.test(url));
    expect(offMachine).toEqual([]);
  });
});
