/**
 * The fifteen pages saved from real sites (../shared/pages: CNN, BBC, The New York Times, The
 * Washington Post, The Guardian, Engadget, BuzzFeed, MSN, Yahoo News in English and Japanese, Le
 * Monde, and Wikipedia, an IETF draft, a Lifehacker how-to, a Medium essay), in Chromium with the
 * built extension, each beside the JSON of what a reader must see on it
 * (tests/fixtures/pages/<page>.expected.json):
 * - a news page in English is annotated, and the officials and organisations named in its
 *   Readability extract are highlighted with their kinds; `engineGaps` lists those the engine does
 *   not recognise yet, and they must be exactly the ones still missed, so that the list shrinks the
 *   moment the engine finds one;
 * - no credit or technical acronym (`neverMarked`) is highlighted, except exactly those the engine
 *   still takes for organisations (`engineFalseMarks`);
 * - the page's body text and its number of nodes are the same before and after;
 * - pages in other languages and pages that are not news are left alone, with the reason.
 *
 * Each page is served on 127.0.0.1 as saved; every other request is refused, and the page's own
 * scripts are blocked (`script-src 'none'`): offline they fail anyway, and a page that does not
 * change on its own makes the before-and-after comparison exact.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';
import { highlighted, type Highlighted } from './highlights';

const repoRoot = join(import.meta.dirname, '..', '..');
const PAGES = join(repoRoot, '..', 'shared', 'pages');
const EXPECTED = join(repoRoot, 'tests', 'fixtures', 'pages');

type Expected =
  | { verdict: 'skipped'; reason: string }
  | {
      verdict: 'annotated';
      officials: string[];
      organizations: string[];
      engineGaps: string[];
      neverMarked: string[];
      engineFalseMarks: string[];
    };

const names = readdirSync(PAGES).filter((name) => existsSync(join(PAGES, name, 'source.html')));
const expectedOf = (name: string) => JSON.parse(readFileSync(join(EXPECTED, `${name}.expected.json`), 'utf8')) as Expected;

let site: SeedSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const pages: Record<string, string> = {};
  const headers: Record<string, Record<string, string>> = {};
  for (const name of names) {
    pages[`/${name}`] = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
    headers[`/${name}`] = { 'content-security-policy': "script-src 'none'" };
  }
  site = await startSeedSite({ pages, headers });
  browser = await launchBrowser({ headless: true });
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${site.url}/`) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Whether a highlight covers the name: its text, whitespace collapsed, is the name (or holds it, for `within`). */
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const marked = (found: Highlighted[], name: string, kind?: Highlighted['kind']) => found.some((h) => (!kind || h.kind === kind) && normal(h.text) === name);
const within = (found: Highlighted[], name: string) =>
  found.some((h) => new RegExp(`(^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(normal(h.text)));

/** Loads a page; returns the DOM as it stood at DOMContentLoaded, before the extension ran, and after. */
async function load(name: string) {
  const page = await browser.context.newPage();
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      let nodes = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes++;
      (window as unknown as { __before: unknown }).__before = { nodes, text: document.body.textContent };
    }),
  );
  await page.goto(`${site.url}/${name}`, { waitUntil: 'domcontentloaded' });
  // Some sites hide <html> until their scripts run: wait for the attribute, not for visibility.
  await page.waitForSelector('html[data-dramatis-state="annotated"], html[data-dramatis-state="skipped"]', { state: 'attached', timeout: 60_000 });
  const after = await page.evaluate(() => {
    let nodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes++;
    return { nodes, text: document.body.textContent };
  });
  const before = await page.evaluate(() => (window as unknown as { __before: { nodes: number; text: string } }).__before);
  return { page, before, after };
}

describe('pages saved from real sites', () => {
  it('has an expectation beside every page', () => {
    expect(names.length).toBe(15);
    expect(names.filter((name) => !existsSync(join(EXPECTED, `${name}.expected.json`)))).toEqual([]);
  });

  for (const name of names) {
    const expected = expectedOf(name);
    if (expected.verdict === 'skipped') {
      it(`leaves ${name} alone: ${expected.reason}`, async () => {
        const { page, before, after } = await load(name);
        expect(await page.getAttribute('html', 'data-dramatis-state')).toBe('skipped');
        expect(await page.getAttribute('html', 'data-dramatis-reason')).toBe(expected.reason);
        expect(await highlighted(page)).toEqual([]);
        expect(after).toEqual(before);
        await page.close();
      });
      continue;
    }
    it(`annotates ${name}: its officials and organisations highlighted, no credit or acronym, the page unchanged`, async () => {
      const { page, before, after } = await load(name);
      expect(await page.getAttribute('html', 'data-dramatis-state')).toBe('annotated');
      const found = await highlighted(page);
      const gaps = new Set(expected.engineGaps);
      const missing = [
        ...expected.officials.filter((n) => !gaps.has(n) && !marked(found, n, 'official')).map((n) => `official ${n}`),
        ...expected.organizations.filter((n) => !gaps.has(n) && !marked(found, n, 'organization')).map((n) => `organisation ${n}`),
      ];
      expect(missing).toEqual([]);
      // The engine's gaps, exactly: a name it has learnt to find must leave this list.
      expect(expected.engineGaps.filter((n) => marked(found, n))).toEqual([]);
      // No credit or acronym, except exactly those the engine still marks.
      expect(expected.neverMarked.filter((n) => within(found, n))).toEqual(expected.engineFalseMarks);
      expect(Number(await page.getAttribute('html', 'data-dramatis-count'))).toBe(found.length);
      expect(after).toEqual(before);
      await page.close();
    });
  }
});
