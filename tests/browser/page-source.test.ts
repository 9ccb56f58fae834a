/**
 * Property-based, in Chromium: the page source the content script writes with the browser's own
 * XMLSerializer (lib/page/page-source.ts) reads back, on Readability's parser in the background
 * (lib/page/readable-article.ts), to exactly the text of the live nodes, node by node and in the
 * same places, for random articles with nested markup, names split across nodes, hostile text,
 * scripts, styles, templates and form fields; so the background's ranges map to the page's text
 * nodes exactly. (happy-dom's serializer does not escape scripts as the standard does, so this is
 * tested in the browser the extension runs in.)
 */
import fc from 'fast-check';
import { build as bundle } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { tree, type Tree } from '../fuzz/article-trees';

interface Checked {
  bodyText: string;
  live: string;
  length: number;
  streamLength: number;
  misplaced: { start: number; data: string }[];
  stretch: string;
  expected: string;
}

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  const built = await bundle({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: `${import.meta.dirname}/page-source-entry.ts`, formats: ['iife'], name: 'pageSourceCheck' } },
  });
  const code = (Array.isArray(built) ? built[0]! : (built as { output: { code?: string }[] })).output[0]!.code!;
  browser = await launchBrowser({ headless: true, extension: false });
  page = await browser.context.newPage();
  await page.setContent('<!doctype html><html lang="en"><head><title>Property</title></head><body></body></html>');
  await page.addScriptTag({ content: code });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('the page source of random articles, in Chromium', () => {
  it('reads back, on Readability’s parser, to the live text node by node, and any stretch of it maps back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), async (trees: Tree[], a, b) => {
        const checked = await page.evaluate(([t, x, y]) => (window as unknown as { check: (...args: unknown[]) => Checked }).check(t, x, y), [
          trees,
          a,
          b,
        ] as const);
        expect(checked.live).toBe(checked.bodyText);
        expect(checked.length).toBe(checked.live.length);
        expect(checked.streamLength).toBe(checked.live.length);
        expect(checked.misplaced).toEqual([]);
        expect(checked.stretch).toBe(checked.expected);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});
