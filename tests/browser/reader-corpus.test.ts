/**
 * The reader's own corpus, in Chromium with the built extension: saving an article from its page,
 * turning a site off, correcting a profile, refusing bad import files, and export, clear, import.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, attachEnginePage, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';
import { domSnapshot, highlighted, hoverName, pageEntities } from './highlights';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', name), 'utf8');
const RADIO_STORY = `Radio network Formula restores its signal

MEXICO CITY (AP) - The radio network Formula said on Tuesday that its signal was back across Mexico after an
outage that lasted most of a day. Formula did not say what caused it.

The network's morning programme reaches millions of listeners across the country, and the outage drew thousands of
complaints on social media from listeners who rely on it for traffic and weather reports on their way to work.

Engineers worked through the night at the main transmitter outside the capital, a spokeswoman for the network said,
adding that a backup system had failed to start when the main power supply was cut during a storm on Monday evening.

Mexico's telecommunications regulator said it would ask the network for a report on the outage and on the steps it
would take to prevent another one, as it does after every interruption of a national broadcast signal.`;

let site: SeedSite;
let browser: ExtensionBrowser;
/** Every request made in the session, by pages, the extension's pages and its service worker. */
const requests: string[] = [];
/** And by its engine page, which Playwright does not list. */
let enginePage: Awaited<ReturnType<typeof attachEnginePage>>;

beforeAll(async () => {
  site = await startSeedSite({
    extra: [
      { id: 'ukraine-talks', text: fixture('reuters-ukraine.txt') },
      { id: 'radio-signal', text: RADIO_STORY },
      { id: 'texas-border', text: fixture('ap-texas.txt') },
    ],
  });
  browser = await launchBrowser({ headless: true });
  browser.context.on('request', (request) => requests.push(request.url()));
  enginePage = await attachEnginePage(browser.context);
}, 120_000);

afterAll(async () => {
  await enginePage?.stop();
  await browser?.close();
  await site?.close();
});

const extensionPage = async (path: string) => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

async function openArticle(id: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.url}/article/${id}`);
  await page.waitForSelector('html[data-dramatis-state="annotated"]', { timeout: 30_000 });
  return page;
}

const popupFor = (page: Page) => extensionPage(`popup.html?tab=${encodeURIComponent(page.url())}`);

/** What the store holds, as the export file gives it, without the moment it was made. */
async function storeContents(): Promise<Record<string, unknown>> {
  const page = await extensionPage('options.html');
  const data = await page.evaluate(async () => {
    const answer = (await chrome.runtime.sendMessage({ type: 'exportStore', payload: {} })) as { ok: boolean; value: { exportedAt?: string } };
    delete answer.value.exportedAt;
    return answer.value as Record<string, unknown>;
  });
  await page.close();
  return data;
}

/** The same, for comparing after an update: when it was saved aside, and mentions in any order. */
async function storeFacts(): Promise<unknown> {
  const data = (await storeContents()) as { documents: { savedAt: unknown }[]; mentions: { documentId: string; start: number; entityId: string }[] };
  return {
    ...data,
    documents: data.documents.map((d) => ({ ...d, savedAt: null })),
    mentions: [...data.mentions].sort((a, b) => `${a.documentId}@${a.start}:${a.entityId}`.localeCompare(`${b.documentId}@${b.start}:${b.entityId}`)),
  };
}

const storeStatus = async (options: Page) => (await options.getByTestId('store-status').textContent()) ?? '';

describe("the reader's own corpus", () => {
  it('saves an article that is not in the store from its page, and the popup then lists its mentions', async () => {
    const page = await openArticle('ukraine-talks');
    const popup = await popupFor(page);
    await popup.fill('input[type="search"]', 'zelenskiy');
    await expect.poll(() => popup.locator('section[aria-live] p.muted').textContent()).toContain('No profile matches');
    await popup.fill('input[type="search"]', '');

    await popup.getByRole('button', { name: 'Save this article' }).click();
    await expect
      .poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 })
      .toMatch(/^Saved “Ukraine and Russia trade blame after talks collapse”: \d+ names/);

    await popup.fill('input[type="search"]', 'zelenskiy');
    await popup.getByRole('button', { name: 'Volodymyr Zelenskiy' }).click();
    await popup.waitForSelector('.mentions li');
    const mentions = await popup.$$eval('.mentions li', (items) => items.map((li) => li.textContent ?? ''));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    expect(mentions.every((m) => m.includes('Ukraine and Russia trade blame after talks collapse'))).toBe(true);
    expect(mentions.some((m) => m.includes('Ukrainian President Volodymyr Zelenskiy accused Moscow'))).toBe(true);
    // The page's marks now stand for the stored profile.
    const zelenskiy = async () => (await pageEntities(browser.context, browser.extensionId, page)).find((e) => e.forms.includes('Zelenskiy'))?.id;
    await expect.poll(zelenskiy).toMatch(/^(?!page:)/);

    // Saving it again updates the article rather than adding a second copy.
    const before = await storeFacts();
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.fill('input[type="search"]', '');
    await popup.getByRole('button', { name: 'Save this article' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Updated/);
    expect(await storeFacts()).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('merges two entities from the profile page, and the merge holds when another article is saved', async () => {
    const profile = await extensionPage('profile.html#televisa');
    await profile.getByText('Correct this profile').click();
    await profile.getByLabel('Same as').fill('formula');
    await profile.getByRole('button', { name: 'Find' }).click();
    await profile.getByRole('button', { name: 'Merge Formula into this profile' }).click();
    await expect.poll(() => profile.getByRole('status').textContent()).toBe('Merged Formula into Televisa.');
    await expect.poll(() => profile.locator('.profile h2', { hasText: 'Names used' }).locator('xpath=following-sibling::p').textContent()).toContain('Formula');

    const page = await openArticle('radio-signal');
    const popup = await popupFor(page);
    await popup.getByRole('button', { name: 'Save this article' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Saved/);
    await popup.fill('input[type="search"]', 'formula');
    await expect.poll(() => popup.locator('section[aria-live] .entities li').allTextContents()).toEqual([expect.stringMatching(/^Televisa/)]);

    await profile.reload();
    await profile.waitForSelector('.mentions li');
    expect(await profile.locator('.mentions li', { hasText: 'Radio network Formula restores its signal' }).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
    await profile.close();
  });

  it('turns a site off from the popup: its marks disappear and the page text is as it was', async () => {
    const page = await browser.context.newPage();
    const url = `${site.url}/article/002_f3ac439b55d2698a`;
    const served = await (await fetch(url)).text();
    await page.goto(url);
    await page.waitForSelector('html[data-dramatis-state="annotated"]');
    // A text node of the page, held across marking and unmarking: it must stay the page's own.
    await page.evaluate(() => {
      (window as unknown as { held: Node }).held = document.querySelector('article p:nth-of-type(2)')!.firstChild!;
    });
    expect((await highlighted(page)).length).toBeGreaterThan(0);
    const marked = await domSnapshot(page);

    const popup = await popupFor(page);
    await popup.getByLabel(/Turn off on 127\.0\.0\.1/).check();
    await page.waitForSelector('html[data-dramatis-state="disabled"]');
    expect(await highlighted(page)).toEqual([]);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    const original = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.innerHTML, served);
    expect(await page.locator('article').innerHTML()).toBe(original);
    expect(await domSnapshot(page)).toEqual(marked);
    expect(await page.evaluate(() => document.querySelector('article p:nth-of-type(2)')!.firstChild === (window as unknown as { held: Node }).held)).toBe(true);

    // Other pages of the site stay off; turning it back on marks the page again.
    const other = await browser.context.newPage();
    await other.goto(`${site.url}/article/003_8ad13fabbb44149f`);
    await other.waitForSelector('html[data-dramatis-state="disabled"]');
    await popup.getByLabel(/Turn off on 127\.0\.0\.1/).uncheck();
    await page.waitForSelector('html[data-dramatis-state="annotated"]');
    expect((await highlighted(page)).length).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close(), other.close()]);
  });

  it('refuses each bad import file with its name and reason, and leaves the store unchanged', async () => {
    const before = await storeContents();
    const options = await extensionPage('options.html');
    const statusBefore = await storeStatus(options);
    const exported = JSON.stringify({ ...(before as object), format: 'dramatis-profiles', exportedAt: new Date().toISOString() });
    const newer = JSON.stringify({ ...(before as object), format: 'dramatis-profiles', version: 99, exportedAt: '' });
    // Playwright hands over buffers only up to 50 MB, so the files go by path.
    const dir = mkdtempSync(join(tmpdir(), 'dramatis-import-'));
    const files: [string, string | Buffer][] = [
      ['notes.json', '{ this is not JSON at all ]'],
      ['shape.json', JSON.stringify({ format: 'dramatis-profiles', version: 1, schema: 2, documents: 'none' })],
      ['newer.json', newer],
      ['huge.txt', Buffer.alloc(64 * 1024 * 1024 + 1, 'a')],
      ['cut.json', exported.slice(0, exported.length / 2)],
      ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ];
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
    await options.locator('input[type="file"]').setInputFiles(files.map(([name]) => join(dir, name)));
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toBe('Added 0, updated 0, skipped 6.');
    const lines = await options.locator('.import-report li').allTextContents();
    expect(lines).toEqual([
      expect.stringMatching(/^skipped notes\.json: notes\.json is not JSON/),
      expect.stringMatching(/^skipped shape\.json: shape\.json is a Dramatis export of the wrong shape: "documents" is missing or not a list/),
      expect.stringMatching(/^skipped newer\.json: newer\.json was exported by a newer version of Dramatis/),
      expect.stringMatching(/^skipped huge\.txt: huge\.txt is too large to import/),
      expect.stringMatching(/^skipped cut\.json: cut\.json is truncated/),
      'skipped photo.txt: photo.txt is a binary file, not text.',
    ]);
    expect(await storeStatus(options)).toBe(statusBefore);
    expect(await storeContents()).toEqual(before);
    await options.close();
  });

  it('imports text and web-page files with a progress bar and a summary', async () => {
    const options = await extensionPage('options.html');
    const html = `<html><head><title>Governor signs border bill</title></head><body><nav>Home · Politics</nav><article>${fixture('ap-texas.txt')
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article><footer>© Example</footer></body></html>`;
    await options.locator('input[type="file"]').setInputFiles([
      { name: 'texas.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      { name: 'radio.txt', mimeType: 'text/plain', buffer: Buffer.from(RADIO_STORY) },
    ]);
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toBe('Added 2, updated 0, skipped 0.');
    expect(await options.locator('progress').getAttribute('value')).toBe(await options.locator('progress').getAttribute('max'));
    await options.getByLabel('Search documents').fill('border bill');
    // The file's own title names it.
    await expect.poll(() => options.locator('.documents li').allTextContents()).toEqual([expect.stringMatching(/^Governor signs border bill·?AP.*\d+ names/)]);

    // Removing it takes its mentions, and the profiles only it named, away.
    const popup = await extensionPage('popup.html');
    await popup.fill('input[type="search"]', 'abbott');
    await expect.poll(() => popup.locator('section[aria-live] .entities li').count()).toBe(1);
    await options.getByRole('button', { name: 'Remove Governor signs border bill', exact: true }).click();
    await expect.poll(() => options.locator('.documents li').count()).toBe(0);
    await popup.fill('input[type="search"]', 'abbot');
    await popup.fill('input[type="search"]', 'abbott');
    await expect.poll(() => popup.locator('section[aria-live] p.muted').textContent()).toContain('No profile matches');
    await popup.close();
    await options.close();
  });

  it('saves every article opened when asked to, except from sites it never saves from', async () => {
    const options = await extensionPage('options.html');
    await options.getByLabel('Save every news article I open').check();
    await options.getByLabel('Never save articles from').fill('localhost');
    await options.getByRole('button', { name: 'Add' }).nth(2).click();
    await expect.poll(() => options.getByRole('button', { name: 'Remove localhost' }).count()).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(`${site.url}/article/texas-border`);
    await page.waitForSelector('html[data-dramatis-state="annotated"]');
    await options.getByLabel('Search documents').fill('border bill');
    await expect
      .poll(() => options.locator('.documents li').allTextContents(), { timeout: 20_000 })
      .toEqual([expect.stringMatching(/^Governor signs border bill/)]);

    // The same article on a never-save site is not saved.
    const before = (await storeContents()).documents;
    const never = await browser.context.newPage();
    await never.goto(`${site.url.replace('127.0.0.1', 'localhost')}/article/radio-signal`);
    await never.waitForSelector('html[data-dramatis-state="annotated"]');
    await never.waitForTimeout(500);
    expect((await storeContents()).documents).toEqual(before);
    await options.getByLabel('Save every news article I open').uncheck();
    await Promise.all([page.close(), never.close(), options.close()]);
  });

  it('highlights only the kinds chosen, and only first mentions when asked, on an open page at once', async () => {
    const page = await openArticle('000_ff79ce6ae809aed7');
    const kinds = async () => [...new Set((await highlighted(page)).map((h) => h.kind))].sort();
    const entities = await pageEntities(browser.context, browser.extensionId, page);
    const entityOf = (text: string) => entities.find((e) => e.forms.includes(text.replace(/\s+/g, ' ')))?.id;
    /** The most mentions of one entity highlighted again in a paragraph after its first. */
    const perParagraph = async () => {
      const byParagraph = new Map<number, string[]>();
      for (const h of await highlighted(page)) byParagraph.set(h.paragraph, [...(byParagraph.get(h.paragraph) ?? []), entityOf(h.text)!]);
      return Math.max(...[...byParagraph.values()].map((ids) => ids.length - new Set(ids).size));
    };
    expect(await kinds()).toEqual(['official', 'organization']);
    expect(await perParagraph()).toBeGreaterThan(0);

    const options = await extensionPage('options.html');
    await options.getByLabel('Organisations').uncheck();
    await expect.poll(kinds).toEqual(['official']);
    await options.getByLabel('Other people').check();
    await options.getByLabel('Only the first in each paragraph').check();
    await expect.poll(perParagraph).toBe(0);
    await options.getByLabel('Organisations').check();
    await options.getByLabel('Other people').uncheck();
    await options.getByLabel('Every mention').check();
    await expect.poll(kinds).toEqual(['official', 'organization']);
    await Promise.all([page.close(), options.close()]);
  });

  it('exports, clears and imports, and the store is identical to before', async () => {
    const before = await storeContents();
    const options = await extensionPage('options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dramatis-export-\d{4}-\d\d-\d\d\.json$/);
    const file = readFileSync((await download.path())!);

    await options.getByRole('button', { name: 'Clear the store…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => storeStatus(options)).toBe('Your store holds 0 documents, 0 profiles and 0 mentions.');
    const search = await extensionPage('popup.html');
    await search.fill('input[type="search"]', 'kelly');
    await expect.poll(() => search.locator('section[aria-live] p.muted').textContent()).toContain('No profile matches');
    await search.close();

    await options.locator('input[type="file"]').setInputFiles([{ name: 'backup.json', mimeType: 'application/json', buffer: file }]);
    await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toMatch(/^Restored the store from an export/);
    expect(await storeContents()).toEqual(before);
    await options.close();
  });

  it('makes no request off the machine in the whole session: browsing, hovering, popup, saving, importing and exporting', async () => {
    const page = await openArticle('ukraine-talks');
    await hoverName(page, (await highlighted(page))[0]!.text);
    await expect.poll(() => page.locator('dramatis-card .card').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
    // The engine page's own requests are watched too: going back to the built-in corpus fetches it.
    const options = await extensionPage('options.html');
    await options.getByRole('button', { name: 'Go back to the built-in corpus…' }).click();
    await options.getByRole('button', { name: 'Replace with the built-in corpus' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('The store holds the built-in corpus again.');
    await options.close();
    expect(enginePage.requests.some((url) => url.endsWith('/seed-snapshot.json'))).toBe(true);
    const offMachine = [...requests, ...enginePage.requests].filter(
      (url) => !/^(http:\/\/(127\.0\.0\.1|localhost):\d+\/|chrome-extension:\/\/|data:|blob:)/.test(url),
    );
    expect(offMachine).toEqual([]);
  });
});
