/**
 * What a reader sees in the built extension, in Chromium, on the seed corpus: hover cards that fit and
 * count only other documents, profiles with roles over time and a timeline whose bars filter the
 * mentions, the co-mention network, the reader page, the popup, the options page, and the source a
 * saved page is filed under.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/browser';
import { startSeedSite, type SeedSite } from '../../scripts/seed-site';
import { profileCorpus } from '../../lib/engine/profile-corpus';
import { sameStory, storySketch } from '../../lib/store/story';
import { seedTexts } from '../seeds';
import { hoverName } from './highlights';

/** A later Reuters story naming Kelly in his next office. */
const KELLY_CHIEF = `Kelly named White House chief of staff

WASHINGTON, July 28, 2017 (Reuters) - President Donald Trump named Homeland Security Secretary John Kelly as his new chief of staff on Friday, replacing Reince Priebus.

White House Chief of Staff John Kelly took up his post on Monday, aides said, and is expected to bring order to the West Wing.

Reporting by Steve Holland; Editing by Mary Milliken`;

const ukraine = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reuters-ukraine.txt'), 'utf8');
/** A news page around the Ukraine fixture, with what its head says about its site. */
const sitePage = (title: string, head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${head}</head><body><article><h1>${title.split(' | ')[0]}</h1>${ukraine
  .split('\n\n')
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article></body></html>`;

let site: SeedSite;
let browser: ExtensionBrowser;

beforeAll(async () => {
  site = await startSeedSite({
    extra: [{ id: 'kelly-chief', text: KELLY_CHIEF }],
    pages: {
      '/ledger/story': sitePage('Talks collapse in Istanbul', '<meta property="og:site_name" content="Continental Ledger">'),
      '/courier/story': sitePage('Talks collapse after a day in Istanbul | The Daily Courier', ''),
      '/herald/story': sitePage(
        'Talks collapse, a day on',
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Harbour Herald' } })}</script>`,
      ),
    },
  });
  browser = await launchBrowser({ headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const extensionPage = async (path: string, width = 1280, height = 800) => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
};

async function openArticle(path: string, width = 1280, height = 800): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${site.url}${path}`);
  await page.waitForSelector('html[data-dramatis-state="annotated"]', { timeout: 30_000 });
  return page;
}

/** The co-mentions of the seeds, counted here from the engine's output as the store holds it. */
function seedCoMentions() {
  const corpus = profileCorpus(seedTexts());
  const kept: typeof corpus.documents = [];
  for (const d of corpus.documents) if (!kept.some((k) => sameStory(storySketch(k.text), storySketch(d.text)))) kept.push(d);
  const pairs = new Map<string, { paragraphs: number; sentences: number }>();
  for (const document of kept) {
    const starts: number[] = [];
    let at = 0;
    for (const part of document.text.split('\n\n')) {
      starts.push(at);
      at += part.length + 2;
    }
    const paragraphs = new Map<number, Set<string>>();
    const sentences = new Map<string, Set<string>>();
    for (const entity of corpus.entities) {
      for (const m of entity.mentions.filter((x) => x.documentId === document.id)) {
        const p = starts.filter((s) => s <= m.start).length - 1;
        paragraphs.set(p, (paragraphs.get(p) ?? new Set()).add(entity.id));
        sentences.set(`${p}|${m.sentence}`, (sentences.get(`${p}|${m.sentence}`) ?? new Set()).add(entity.id));
      }
    }
    const add = (group: Set<string>, field: 'paragraphs' | 'sentences') => {
      const ids = [...group].sort();
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}|${ids[j]}`;
          const pair = pairs.get(key) ?? { paragraphs: 0, sentences: 0 };
          pair[field]++;
          pairs.set(key, pair);
        }
    };
    for (const group of paragraphs.values()) add(group, 'paragraphs');
    for (const group of sentences.values()) add(group, 'sentences');
  }
  return pairs;
}

describe('the co-mention network of the whole store (the seeds)', () => {
  it('draws every entity named in a paragraph with another, and every tie, weighted as the store’s co-mentions count', async () => {
    const expected = seedCoMentions();
    const options = await extensionPage('options.html');
    await options.waitForSelector('.network .node');
    const nodes = await options.$$eval('.network a.node', (as) => as.map((a) => a.getAttribute('data-entity')).sort());
    const edges = await options.$$eval('.network line[data-source]', (lines) =>
      lines
        .map(
          (l) =>
            [
              `${l.getAttribute('data-source')}|${l.getAttribute('data-target')}`,
              Number(l.getAttribute('data-paragraphs')),
              Number(l.getAttribute('data-sentences')),
              Number(l.getAttribute('data-weight')),
            ] as const,
        )
        .sort(),
    );
    expect(edges).toEqual([...expected].map(([key, c]) => [key, c.paragraphs, c.sentences, c.paragraphs + c.sentences]).sort());
    expect(nodes).toEqual([...new Set([...expected.keys()].flatMap((k) => k.split('|')))].sort());
    // Kelly and Pena Nieto share sentences: their tie weighs more than its paragraphs alone.
    const tie = edges.find(([key]) => key === 'enrique-pena-nieto|john-f-kelly')!;
    expect(tie[2]).toBeGreaterThan(0);
    expect(await options.getByTestId('network-summary').textContent()).toMatch(/^All 30 names that share a paragraph with another in your 4 documents/);
    // Nodes are coloured by kind, and every written name is inside the picture.
    expect(await options.locator('.network a.node[data-entity="john-f-kelly"] circle').getAttribute('fill')).toBe('#c2410c');
    expect(await options.locator('.network a.node[data-entity="state-department"] circle').getAttribute('fill')).toBe('#1d4ed8');
    const outside = await options.$$eval('.network svg', ([svg]) => {
      const box = (svg as SVGSVGElement).getBoundingClientRect();
      return [...svg!.querySelectorAll('text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      }).length;
    });
    expect(outside).toBe(0);
    await options.close();
  });

  it('opens a profile when a name is chosen, and draws the network around it there', async () => {
    const options = await extensionPage('options.html');
    await options.waitForSelector('.network .node');
    const [profile] = await Promise.all([browser.context.waitForEvent('page'), options.locator('.network a.node[data-entity="william-barr"]').click()]);
    await profile.waitForSelector('.profile h1');
    expect(await profile.locator('.profile h1').textContent()).toBe('William Barr');
    await profile.waitForSelector('.network .node.centre');
    expect(await profile.locator('.network .node.centre').getAttribute('data-entity')).toBe('william-barr');
    await Promise.all([profile.close(), options.close()]);
  });
});

describe('the hover card', () => {
  it('counts only other documents’ mentions, shows none from the page being read, and keeps its actions in view', async () => {
    const page = await openArticle('/article/000_ff79ce6ae809aed7');
    await hoverName(page, 'John F. Kelly');
    const card = page.locator('dramatis-card .card');
    await expect.poll(() => card.locator('.count').textContent(), { timeout: 10_000 }).toBe('2 past mentions in 1 other document');
    // This page is the AFP story (printed twice in the seeds): past mentions come from Reuters only.
    expect(await card.locator('.snippets li .muted').allTextContents()).toEqual([' — Reuters, 8 Feb 2017', ' — Reuters, 8 Feb 2017']);
    expect(await card.locator('.roles li').allTextContents()).toEqual([
      'Secretary of Homeland Security, US · Feb–Jul 2017 (year inferred) · stated in 3 documents',
    ]);
    const box = (await card.boundingBox())!;
    const link = (await card.getByRole('link', { name: 'All mentions' }).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(link.y + link.height).toBeLessThanOrEqual(box.y + box.height);
    // Nothing covers it: the link is what a click there reaches.
    const hit = await page.evaluate(
      ({ x, y }) => {
        const root = document.querySelector('dramatis-card')!.shadowRoot!;
        return root.elementFromPoint(x, y)?.textContent;
      },
      { x: link.x + link.width / 2, y: link.y + link.height / 2 },
    );
    expect(hit).toBe('All mentions');
    await page.close();
  });

  it('fits a short window: its middle scrolls, and its name and actions stay in view', async () => {
    const page = await openArticle('/article/003_8ad13fabbb44149f', 1280, 360);
    await hoverName(page, 'Osorio Chong');
    const card = page.locator('dramatis-card .card');
    await expect.poll(() => card.locator('.count').count(), { timeout: 10_000 }).toBe(1);
    const box = (await card.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(360);
    expect(await card.locator('h2').isVisible()).toBe(true);
    const link = (await card.getByRole('link', { name: 'All mentions' }).boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(box.y + box.height);
    const scrolls = await card.locator('.body').evaluate((body) => body.scrollHeight > body.clientHeight && getComputedStyle(body).overflowY === 'auto');
    expect(scrolls).toBe(true);
    await page.close();
  });

  it('says “First seen here” where only the page’s own story names it, with an acronym’s full name and the page’s words first', async () => {
    const page = await openArticle('/article/000_ff79ce6ae809aed7');
    await hoverName(page, 'G-20');
    const card = page.locator('dramatis-card .card');
    await expect.poll(() => card.locator('.count').textContent(), { timeout: 10_000 }).toBe('First seen here');
    expect(await card.locator('h2').textContent()).toBe('Group of 20 (G-20)');
    expect(await card.getAttribute('aria-label')).toBe('G-20, Group of 20, organisation');
    expect(await card.locator('.snippets li').count()).toBe(0);
    await page.close();
  });
});

describe('a profile', () => {
  it('says how its count and its list agree, and shows checkboxes only while correcting', async () => {
    const profile = await extensionPage('profile.html#john-f-kelly');
    await profile.waitForSelector('.mentions li');
    expect(await profile.getByTestId('mentions-summary').textContent()).toBe(
      '13 mentions in 3 documents · 9 passages listed: a passage printed by several copies of a wire story, or naming John F. Kelly more than once, is listed once',
    );
    expect(await profile.locator('.mentions li').count()).toBe(9);
    expect(await profile.locator('.select-mention').count()).toBe(0);
    await profile.getByText('Correct this profile').click();
    await expect.poll(() => profile.locator('.select-mention').count()).toBe(9);
    await profile.getByText('Correct this profile').click();
    await expect.poll(() => profile.locator('.select-mention').count()).toBe(0);
    await profile.close();
  });

  it('filters its mentions to a month when a bar of its timeline is clicked, and back', async () => {
    const profile = await extensionPage('profile.html#john-f-kelly');
    await profile.waitForSelector('.timeline .bar');
    const bars = await profile.$$eval('.timeline .bar', (gs) =>
      gs.map((g) => [g.getAttribute('data-key'), Number(g.getAttribute('data-total'))]).filter(([, n]) => n),
    );
    expect(bars).toEqual([
      ['2017-02', 2],
      ['2017-07', 11],
    ]);
    await profile.locator('.timeline .bar[data-key="2017-02"]').click();
    await expect.poll(() => profile.getByTestId('mentions-summary').textContent()).toMatch(/^2 mentions in Feb 2017/);
    const dates = await profile.locator('.mentions li .source-line').allTextContents();
    expect(dates).toHaveLength(2);
    expect(dates.every((d) => d.startsWith('Reuters, 8 Feb 2017'))).toBe(true);
    expect(await profile.locator('.timeline .bar[data-key="2017-02"]').getAttribute('aria-pressed')).toBe('true');
    // Clicking it again shows every mention.
    await profile.locator('.timeline .bar[data-key="2017-02"]').click();
    await expect.poll(() => profile.locator('.mentions li').count()).toBe(9);
    await profile.close();
  });

  it('names its tab, keeps a readable line length, and writes one spelling of organisation and plurals that fit', async () => {
    const profile = await extensionPage('profile.html#woodrow-wilson-center');
    await profile.waitForSelector('.mentions li');
    expect(await profile.title()).toBe('Woodrow Wilson Center · Organisation · Dramatis');
    expect(await profile.getByTestId('mentions-summary').textContent()).toBe('1 mention in 1 document');
    // About 70 characters a line: the column's width over the average width of a character of its text.
    const perLine = await profile
      .locator('.mentions li q')
      .first()
      .evaluate((q) => {
        const style = getComputedStyle(q);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const sample = q.textContent ?? '';
        return q.closest('.profile')!.getBoundingClientRect().width / (context.measureText(sample).width / sample.length);
      });
    expect(perLine).toBeGreaterThan(60);
    expect(perLine).toBeLessThan(85);
    expect(await profile.locator('body').textContent()).not.toMatch(/organization/i);
    await profile.close();
  });

  it('lists roles as one line per office and country, in date order, after a later article names a new office', async () => {
    const page = await openArticle('/article/kelly-chief');
    const popup = await extensionPage(`popup.html?tab=${encodeURIComponent(page.url())}`, 400, 600);
    await popup.getByRole('button', { name: 'Save this article' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Saved “Kelly named White House chief of staff”/);
    const profile = await extensionPage('profile.html#john-f-kelly');
    await profile.waitForSelector('.role-lines li');
    expect(await profile.locator('.role-lines li').allTextContents()).toEqual([
      // The title as written most often; each form is in the line's tooltip.
      'Homeland Security Secretary, US · Feb–Jul 2017 · stated in 4 documents',
      'White House Chief of Staff, US · Jul 2017 · stated in 1 document',
    ]);
    await Promise.all([profile.close(), popup.close(), page.close()]);
  });
});

describe('the reader page', () => {
  it('opens at the mention, marked, leaves the photo caption out, and writes the date as everywhere else', async () => {
    const profile = await extensionPage('profile.html#luis-videgaray');
    await profile.waitForSelector('.mentions li a');
    const href = (await profile.locator('.mentions li a', { hasText: 'with Mexican President' }).first().getAttribute('href'))!;
    await profile.close();
    const reader = await browser.context.newPage();
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.goto(href);
    await reader.waitForSelector('mark#mention');
    expect(await reader.locator('mark#mention').textContent()).toBe('Luis Videgaray');
    const box = (await reader.locator('mark#mention').boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(800);
    expect(await reader.title()).toBe('US homeland security chief talks drug crackdown with Mexican President · Dramatis reader');
    expect(await reader.locator('article > p.muted').first().textContent()).toBe('AFP · 5 Jul 2017 (year inferred)');
    expect(await reader.locator('article').textContent()).not.toContain('(left) talking with');
    await reader.close();
  });
});

describe('the popup', () => {
  it('has the product’s name and icon, an uncut placeholder, and no kind badge under its own heading', async () => {
    const article = await openArticle('/article/000_ff79ce6ae809aed7');
    const popup = await extensionPage(`popup.html?tab=${encodeURIComponent(article.url())}`, 400, 600);
    await popup.waitForSelector('.entities');
    expect(await popup.locator('.brand').textContent()).toBe('Dramatis');
    expect(await popup.locator('.brand img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(32);
    const fits = await popup.locator('input[type="search"]').evaluate((input) => {
      const el = input as HTMLInputElement;
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      return context.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    expect(fits).toBe(true);
    expect(await popup.locator('section .entities .kind').count()).toBe(0);
    expect(await popup.locator('li', { hasText: 'Group of 20' }).first().textContent()).toBe('Group of 20 (G-20)');
    expect(await popup.locator('body').textContent()).not.toMatch(/organization/i);
    const manifest = await popup.evaluate(async () => (await fetch('/manifest.json')).json());
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    await Promise.all([popup.close(), article.close()]);
  });
});

describe('the options page', () => {
  it('labels every control, and keeps every button on one line at 1280 and at 700 px', async () => {
    for (const width of [1280, 700]) {
      const options = await extensionPage('options.html', width, 800);
      await options.waitForSelector('.documents li');
      const unlabelled = await options.$$eval(
        'input:not([type="file"]), select',
        (inputs) => inputs.filter((i) => !(i as HTMLInputElement).labels?.length).length,
      );
      expect(unlabelled).toBe(0);
      const wrapped = await options.$$eval('button, .button', (buttons) =>
        buttons.filter((b) => b.getBoundingClientRect().height > parseFloat(getComputedStyle(b).lineHeight) * 1.5 + 14).map((b) => b.textContent),
      );
      expect(wrapped).toEqual([]);
      await options.close();
    }
  });
});

describe('sources of saved pages', () => {
  for (const [path, source] of [
    ['/ledger/story', 'Continental Ledger'],
    ['/courier/story', 'The Daily Courier'],
    ['/herald/story', 'Harbour Herald'],
  ] as const) {
    it(`files ${path} under ${source}, as its page names its site`, async () => {
      const page = await openArticle(path);
      const popup = await extensionPage(`popup.html?tab=${encodeURIComponent(page.url())}`, 400, 600);
      await popup.getByRole('button', { name: 'Save this article' }).click();
      await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/^Saved/);
      const options = await extensionPage('options.html');
      await options.getByLabel('Search documents').fill(source.split(' ').at(-1)!);
      await expect.poll(() => options.locator('.documents li .muted').allTextContents()).toEqual([expect.stringMatching(new RegExp(`^${source} · `))]);
      await Promise.all([options.close(), popup.close(), page.close()]);
    });
  }
});
