/**
 * The engine runs unchanged in the built extension (in Chrome, in its engine page, behind the
 * service worker): on the seeds and every fixture article, the names, kinds, forms and roles the
 * extension answers for a page are those the engine finds in Node: the bundle, its compromise and
 * its tagger model included, reads as the engine the unit tests and the command line measure. And
 * it answers whichever of the worker and the engine page Chrome has stopped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, stopServiceWorker, type ExtensionBrowser } from '../../scripts/browser';
import { analyzeDocument } from '../../lib/engine/document-analysis';
import { profileAnalysed } from '../../lib/engine/profile-corpus';
import type { PageEntity } from '../../lib/messaging/protocol';
import { seedTexts } from '../seeds';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const texts = [
  ...seedTexts(),
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ path: name, text: readFileSync(join(FIXTURES, name), 'utf8') })),
];

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ headless: true });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // An empty store: no name on a page is tied to a stored profile, so each answer is the engine's alone.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'reset', payload: { builtIn: false } }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The page's names as the extension answers them, through the service worker. */
const annotate = (url: string, text: string) =>
  page.evaluate(
    async ([u, t]) =>
      (await chrome.runtime.sendMessage({ type: 'annotate', payload: { url: u, title: '', text: t } })) as {
        ok: boolean;
        value?: { entities: PageEntity[] };
        error?: string;
      },
    [url, text] as const,
  );

/** What a reader sees of a name: its kind, name, the forms marked and the role its card states. */
const seen = (e: Pick<PageEntity, 'kind' | 'name' | 'forms' | 'role'>) =>
  `${e.kind} ${e.name} [${e.forms.join(' | ')}]${e.role ? ` ${e.role.title}, ${e.role.country ?? '?'}` : ''}`;

it('answers every page with the names the engine finds in Node', async () => {
  expect(texts.length).toBeGreaterThan(40);
  for (const { path, text } of texts) {
    const url = `https://news.example/${path}`;
    const answer = await annotate(url, text);
    expect(answer.error, path).toBeUndefined();
    const inWorker = answer.value!.entities;
    expect(
      inWorker.filter((e) => e.known),
      path,
    ).toEqual([]);
    const { entities } = profileAnalysed([{ path: url, analysis: analyzeDocument(text) }]);
    const inNode = entities.map((e) =>
      seen({
        kind: e.kind,
        name: e.name,
        forms: [...new Set(e.mentions.map((m) => m.text))].sort((a, b) => b.length - a.length),
        role: e.roles.at(-1) ?? null,
      }),
    );
    expect(inWorker.map(seen), path).toEqual(inNode);
    expect(inNode.length, path).toBeGreaterThan(0);
  }
});

it('answers after Chrome stopped the service worker, and after the engine page was closed too', async () => {
  const { path, text } = texts.at(-1)!;
  const expected = (await annotate(`https://news.example/${path}`, text)).value!.entities.map(seen);
  const cdp = await browser.context.newCDPSession(page);
  const stopWorker = () => stopServiceWorker(cdp);
  const enginePages = () =>
    page.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).length);

  // The worker stops after 30 s without events; the engine page stays open and answers the next page.
  await stopWorker();
  expect(await enginePages()).toBe(1);
  expect((await annotate(`https://news.example/${path}`, text)).value!.entities.map(seen)).toEqual(expected);

  // With both gone (the browser reclaimed the page), the next message opens the engine page again.
  await page.evaluate(() => chrome.offscreen.closeDocument());
  await stopWorker();
  expect(await enginePages()).toBe(0);
  expect((await annotate(`https://news.example/${path}`, text)).value!.entities.map(seen)).toEqual(expected);
  expect(await enginePages()).toBe(1);

  // The engine page gone while the worker, which knew it open, runs on, and this extension page
  // listens: the message that found no engine page is sent again, and the page opened again.
  await page.evaluate(() => chrome.offscreen.closeDocument());
  expect(await enginePages()).toBe(0);
  expect((await annotate(`https://news.example/${path}`, text)).value!.entities.map(seen)).toEqual(expected);
  expect(await enginePages()).toBe(1);
});
