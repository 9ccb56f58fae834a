/**
 * The engine runs unchanged in the extension's service worker: on the seeds and every fixture
 * article, the names, kinds, forms and roles the built extension answers for a page are those the
 * engine finds in Node: the bundle, its compromise and its tagger model included, reads as the engine
 * the unit tests and the command line measure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
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

/** What a reader sees of a name: its kind, name, the forms marked and the role its card states. */
const seen = (e: Pick<PageEntity, 'kind' | 'name' | 'forms' | 'role'>) =>
  `${e.kind} ${e.name} [${e.forms.join(' | ')}]${e.role ? ` ${e.role.title}, ${e.role.country ?? '?'}` : ''}`;

it('answers every page with the names the engine finds in Node', async () => {
  expect(texts.length).toBeGreaterThan(40);
  for (const { path, text } of texts) {
    const url = `https://news.example/${path}`;
    const answer = await page.evaluate(
      async ([u, t]) =>
        (await chrome.runtime.sendMessage({ type: 'annotate', payload: { url: u, title: '', text: t } })) as {
          ok: boolean;
          value?: { entities: PageEntity[] };
          error?: string;
        },
      [url, text] as const,
    );
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
