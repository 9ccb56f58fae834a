/**
 * The built extension in Debian's Chromium, on the seed corpus served as news pages: what a reader
 * sees on an article, in a hover card and in the popup, and what it does not do elsewhere.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';
import { highlighted, hoverName, pressCommandKey } from './highlights';

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

async function openArticle(id: string): Promise<{ page: Page; served: string }> {
  const page = await browser.context.newPage();
  const url = `${site.url}/article/${id}`;
  const served = await (await fetch(url)).text();
  await page.goto(url);
  await page.waitForSelector('html[data-dramatis-state]:not([data-dramatis-state="annotating"])', { timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.dataset.dramatisState !== 'annotating');
  return { page, served };
}

describe('Dramatis on a seed article', () => {
  it('marks the officials and organisations with the right kinds and leaves the page exactly as it was served', async () => {
    const { page, served } = await openArticle('003_8ad13fabbb44149f');
    expect(await page.getAttribute('html', 'data-dramatis-state')).toBe('annotated');
    const marks = await highlighted(page);
    expect(Number(await page.getAttribute('html', 'data-dramatis-count'))).toBe(marks.length);
    const kindOf = (text: string) => marks.find((m) => m.text === text)?.kind;
    expect(kindOf('James Mattis')).toBe('official');
    expect(kindOf('Harjit Sajjan')).toBe('official');
    expect(kindOf('John Kelly')).toBe('official');
    expect(kindOf('Osorio Chong')).toBe('official');
    expect(kindOf('Pentagon')).toBe('organization');
    expect(kindOf('Reuters')).toBe('organization');
    expect(marks.some((m) => /Washington|Mexico City|Canada/.test(m.text))).toBe(false);
    // The marks are highlights: the page's body is the very markup it was served.
    const body = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML, served);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(body);
    await page.close();
  });

  it('shows an official’s role in the card on hover, and closes it with Esc', async () => {
    const { page } = await openArticle('003_8ad13fabbb44149f');
    await hoverName(page, 'James Mattis');
    const card = page.locator('dramatis-card .card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('All mentions');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('James Mattis');
    expect(text).toContain('Secretary of Defense, US');
    // Only this article names him: no past mentions.
    expect(text).toContain('First seen here');
    expect(await page.evaluate(() => !!document.querySelector('dramatis-card')?.shadowRoot)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dramatis-card').count()).toBe(0);
    await page.close();
  });

  it('moves through the names with the keyboard: the card opens with focus inside, Tab reaches its links, Enter opens the profile', async () => {
    const { page } = await openArticle('004_e2b0de73d7164d7f');
    const names = (await highlighted(page)).map((h) => h.text);
    const focused = () => page.evaluate(() => [...(CSS.highlights.get('dramatis-focus') ?? [])].map((r) => (r as Range).toString()));
    /** Where keyboard focus is, inside the card's shadow root. */
    const active = () =>
      page.evaluate(() => {
        const inner = document.activeElement?.shadowRoot?.activeElement;
        return document.activeElement?.tagName === 'DRAMATIS-CARD' && inner ? `${inner.tagName}.${inner.className}: ${inner.textContent}` : null;
      });
    const card = page.locator('dramatis-card .card');

    // Alt+Shift+. (the extension's command, sent to the reader's active tab) goes to the first name,
    // then the next; Alt+Shift+, back.
    await page.bringToFront();
    await pressCommandKey(page, 'Period');
    await expect.poll(focused).toEqual([names[0]]);
    await pressCommandKey(page, 'Period');
    await expect.poll(focused).toEqual([names[1]]);
    await pressCommandKey(page, 'Comma');
    await expect.poll(focused).toEqual([names[0]]);
    const barr = names.indexOf('William Barr');
    expect(barr).toBeGreaterThan(0);
    for (let i = 0; i < barr; i++) await pressCommandKey(page, 'Period');
    await expect.poll(focused).toEqual(['William Barr']);

    // Its card is open and announced, with the keyboard on its link to every mention, the profile.
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain('Attorney General, US');
    await expect.poll(active).toBe('A.all: All mentions');
    expect(await page.locator('dramatis-card [role="status"]').textContent()).toMatch(
      /^William Barr, official, Attorney General, US\. (First seen here|\d+ past mentions? in \d+ other documents?)\.$/,
    );
    const [profile] = await Promise.all([browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await profile.waitForLoadState();
    expect(profile.url()).toBe(`chrome-extension://${browser.extensionId}/profile.html#william-barr`);
    await expect.poll(() => profile.locator('h1').first().textContent()).toContain('William Barr');

    // Esc closes the card and takes the focus highlight away.
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await focused()).toEqual([]);
    await Promise.all([profile.close(), page.close()]);
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
      expect(await highlighted(page)).toEqual([]);
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
