/**
 * Page structures from public bug reports of Readability and of highlighter extensions, in Chromium
 * with the built extension: a story in `<div>`s, lines split by `<br>`, a short brief, a single-page
 * app navigating to a short story, and a Preact app re-rendering a paragraph that has marks in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';
import { domSnapshot, highlighted, highlightedTexts } from './highlights';

const STORY = [
  'MEXICO CITY (Reuters) - Mexican Interior Minister Miguel Angel Osorio Chong met U.S. Homeland Security Secretary John Kelly on Tuesday to discuss border security and the fight against drug cartels.',
  'Osorio Chong said the talks were cordial. Kelly told reporters that both governments wanted results, and that the State Department would follow up within weeks.',
  'The meeting came a day after the Pentagon said it would review its cooperation programmes with the Mexican army.',
];
const NAMES = ['Reuters', 'Miguel Angel Osorio Chong', 'John Kelly', 'Osorio Chong', 'Kelly', 'State Department', 'Pentagon'];
const HEAD =
  '<meta charset="utf-8"><title>Security talks</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Security talks"}</script>';
const page = (body: string, head = HEAD) => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const NAV = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>';

const PAGES: Record<string, string> = {
  // CNN's markup: each paragraph a <div>, not a <p>.
  '/divs': page(`${NAV}<div class="l-container"><h1>Security talks</h1>${STORY.map((p) => `<div class="zn-body__paragraph">${p}</div>`).join('')}</div>`),
  // One block of text, its paragraphs separated by <br>s.
  '/br': page(`${NAV}<div id="content"><h1>Security talks</h1><div class="text">${STORY.join('<br><br>')}</div></div>`),
  // A three-paragraph brief carrying every news signal.
  '/brief': page(
    `${NAV}<article><h1>Security talks</h1><p class="byline">By <a rel="author" href="/staff">Staff</a> · <time datetime="2017-02-08">8 February 2017</time></p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`,
    `${HEAD}<meta name="author" content="Staff"><meta property="article:published_time" content="2017-02-08T10:00:00Z">`,
  ),
  // A single-page app: a link replaces a long story with a short one and pushes a new address.
  '/spa/long': page(
    `${NAV}<a id="next" href="/spa/short">Next story</a><main id="story"><article><h1>Security talks</h1>${[
      ...STORY,
      ...STORY.map((p) => p.replace('Tuesday', 'Wednesday')),
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></main><script src="/spa-short.js"></script>`,
  ),
  '/spa-short.js': `document.getElementById('next').onclick = (e) => { e.preventDefault(); history.pushState({}, '', '/spa/short'); document.getElementById('story').innerHTML = ${JSON.stringify(
    '<article><h1>Brazil trade talks</h1><p>BRASILIA (Reuters) - Brazilian Foreign Minister Mauro Vieira met Argentine Foreign Minister Diana Mondino on Monday to discuss trade.</p><p>Vieira said the talks with Mondino went well, and that both ministers would meet again in March.</p></article>',
  )}; };`,
  // A Preact app: the framework renders the story and re-renders a paragraph with marks in it.
  '/preact': page(`${NAV}<div id="app"></div><script type="module" src="/story-app.js"></script>`),
  '/story-app.js': `import { h, render } from '/preact.js';
const Story = ({ paragraphs }) => h('article', null, h('h1', null, 'Security talks'), paragraphs.map((p, i) => h('p', { key: i }, p)));
let paragraphs = ${JSON.stringify(STORY)};
const app = document.getElementById('app');
render(h(Story, { paragraphs }), app);
window.rerender = (index, text) => { paragraphs = paragraphs.map((p, i) => (i === index ? text : p)); render(h(Story, { paragraphs }), app); };`,
  '/preact.js': readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'preact', 'dist', 'preact.mjs'), 'utf8'),
};

let site: SeedSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startSeedSite({ pages: PAGES });
  browser = await launchBrowser({ headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`${site.url}${path}`);
  await tab.waitForSelector('html[data-dramatis-state="annotated"]', { timeout: 30_000 });
  return tab;
}

describe('stories in the markup real sites use', () => {
  for (const [path, structure] of [
    ['/divs', 'paragraphs in <div>s'],
    ['/br', 'lines separated by <br>'],
    ['/brief', 'a three-paragraph brief'],
  ] as const) {
    it(`annotates ${structure}, and marks every name in it`, async () => {
      const tab = await open(path);
      expect(await highlightedTexts(tab)).toEqual(NAMES);
      expect(Number(await tab.getAttribute('html', 'data-dramatis-count'))).toBe(NAMES.length);
      await tab.close();
    });
  }

  it('follows a single-page app to a short story', async () => {
    const tab = await open('/spa/long');
    expect(await highlightedTexts(tab)).toContain('John Kelly');
    await tab.click('#next');
    await expect.poll(() => highlightedTexts(tab), { timeout: 15_000 }).toEqual(['Reuters', 'Mauro Vieira', 'Diana Mondino', 'Vieira', 'Mondino']);
    expect(await tab.getAttribute('html', 'data-dramatis-state')).toBe('annotated');
    await tab.close();
  });
});

describe('a framework re-renders marked text', () => {
  it('keeps exactly the text Preact rendered, and the highlights follow the new text', async () => {
    const tab = await open('/preact');
    const paragraph = tab.locator('article p').nth(1);
    expect((await highlighted(tab)).filter((h) => h.paragraph === 1).map((h) => h.text)).toEqual(['Osorio Chong', 'Kelly', 'State Department']);
    const before = await domSnapshot(tab);
    expect(before.text).toContain(STORY[1]);

    const rendered = 'Later, Secretary of State Rex Tillerson said John Kelly would return to Mexico City in March.';
    await tab.evaluate((text) => (window as unknown as { rerender: (i: number, t: string) => void }).rerender(1, text), rendered);
    // The paragraph holds what Preact rendered and nothing else: no tail of the old sentence.
    expect(await paragraph.textContent()).toBe(rendered);
    expect(await paragraph.evaluate((p) => p.childNodes.length)).toBe(1);
    await expect
      .poll(async () => (await highlighted(tab)).filter((h) => h.paragraph === 1).map((h) => h.text), { timeout: 10_000 })
      .toEqual(['Rex Tillerson', 'John Kelly']);
    // Every highlight covers a name in the text as it now stands.
    expect(
      await tab.evaluate(() =>
        [...CSS.highlights.values()].flatMap((h) => [...h]).every((r) => (r as Range).startContainer.isConnected && !(r as Range).collapsed),
      ),
    ).toBe(true);
    // And the page is the framework's own: the same nodes as before, the new text.
    const after = await domSnapshot(tab);
    expect(after.nodes).toBe(before.nodes);
    expect(after.text).toBe(before.text.replace(STORY[1]!, rendered));

    // It re-renders again, back: the highlights follow once more.
    await tab.evaluate((text) => (window as unknown as { rerender: (i: number, t: string) => void }).rerender(1, text), STORY[1]!);
    await expect
      .poll(async () => (await highlighted(tab)).filter((h) => h.paragraph === 1).map((h) => h.text), { timeout: 10_000 })
      .toEqual(['Osorio Chong', 'Kelly', 'State Department']);
    expect(await domSnapshot(tab)).toEqual(before);
    await tab.close();
  });
});
