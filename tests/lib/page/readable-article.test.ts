// @vitest-environment happy-dom
/**
 * Finding the story: a page written out by the content script (page-source.ts) and read by
 * Readability on its own parser (readable-article.ts), then mapped back to the live text nodes, on
 * the page structures news sites use and the public bug reports of reader modes describe.
 */
import { describe, expect, it } from 'vitest';
import { paragraphPieces, piecesOf, writePageSource, type PageSource } from '../../../lib/page/page-source';
import { marksFound, marksInBlock, matchForms, planMarks, type MarkTarget } from '../../../lib/page/highlight';
import { readArticle, type ArticleReading } from '../../../lib/page/readable-article';
import { seedText } from '../../seeds';

const KELLY = seedText('003_')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 60);
const NEWS_HEAD =
  '<title>Security talks | Example News</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Security talks"}</script>';
const SIGNALS_ONLY = '<title>Security talks</title><meta property="og:type" content="article"><meta name="author" content="Staff">';

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<html[^>]*>|<\/html>$/g, '');
  const lang = /^<html[^>]*lang="([^"]+)"/.exec(html)?.[1];
  if (lang) document.documentElement.setAttribute('lang', lang);
  else document.documentElement.removeAttribute('lang');
  return document;
}

/** Reads a page as the extension does, and gives each paragraph as the live text it maps back to. */
async function read(html: string): Promise<{ reading: ArticleReading; paragraphs: string[]; source: PageSource }> {
  const source = (await writePageSource(load(html)))!;
  const reading = readArticle(source.html);
  const paragraphs = reading.article
    ? reading.blocks.map((ranges) =>
        ranges
          .flatMap(([start, end]) => piecesOf(source, start, end))
          .map((p) => p.node.data.slice(p.from, p.to))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      )
    : [];
  return { reading, paragraphs, source };
}

const page = (head: string, body: string, lang = 'en') => `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
const story = (tag = 'p') => KELLY.map((line) => `<${tag}>${line}</${tag}>`).join('\n');

describe('reading the story of a page', () => {
  it('finds the story among the rails, gives the headline first, and maps every paragraph back to the live text', async () => {
    const { reading, paragraphs } = await read(
      page(
        NEWS_HEAD,
        `<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
        <header><h1>Security talks</h1></header>
        <main><article>${story()}</article>
        <aside class="related"><h3>More stories</h3><ul><li><a href="/a">Pentagon budget in trouble, analysts warn</a></li><li><a href="/b">Mattis visits troops</a></li></ul></aside></main>
        <footer>© Example News. All rights reserved.</footer>`,
      ),
    );
    expect(reading).toMatchObject({ article: true, title: 'Security talks' });
    expect(paragraphs[0]).toBe('Security talks');
    expect(paragraphs.slice(1)).toEqual(KELLY);
    expect(reading.article && reading.text).toBe(['Security talks', ...KELLY].join('\n\n'));
  });

  it('reads a story whose paragraphs are <div>s, as on CNN', async () => {
    const { reading, paragraphs } = await read(page(NEWS_HEAD, `<div class="zn-body__paragraph-container">${story('div')}</div>`));
    expect(reading.article).toBe(true);
    expect(paragraphs).toEqual(KELLY);
  });

  it('reads a story whose lines are separated by <br>, each line a paragraph of its own', async () => {
    const { reading, paragraphs } = await read(page(NEWS_HEAD, `<div id="story">${KELLY.join('<br><br>\n')}</div>`));
    expect(reading.article).toBe(true);
    expect(paragraphs).toEqual(KELLY);
  });

  it('reads a three-paragraph brief that carries every news signal', async () => {
    const brief = KELLY.slice(0, 3);
    const { reading, paragraphs } = await read(
      page(
        `${NEWS_HEAD}<meta property="article:published_time" content="2017-02-08T10:00:00Z">`,
        `<article><h1>Security talks</h1><p class="byline">By Staff</p><time datetime="2017-02-08">8 February 2017</time>${brief.map((p) => `<p>${p}</p>`).join('')}</article>`,
      ),
    );
    expect(brief.join(' ').length).toBeLessThan(700);
    expect(reading.article).toBe(true);
    expect(paragraphs.filter((p) => brief.includes(p))).toEqual(brief);
  });

  it('sets a caption and its credit on lines of their own, and leaves code and form fields out', async () => {
    const { reading, paragraphs } = await read(
      page(
        NEWS_HEAD,
        `<article><p><span class="caption">U.S. Defense Secretary James Mattis at the Pentagon. <span class="credit">Credit Fred R. Conrad/The New York Times</span></span>${KELLY[1]}</p>
        ${story()}<pre><code>var Kelly = new Official();</code></pre><form><textarea>John Kelly and John Kelly</textarea></form></article>`,
      ),
    );
    expect(reading.article).toBe(true);
    expect(paragraphs.slice(0, 3)).toEqual(['U.S. Defense Secretary James Mattis at the Pentagon.', 'Credit Fred R. Conrad/The New York Times', KELLY[1]]);
    expect(reading.article && reading.text).not.toMatch(/new Official|John Kelly and John Kelly/);
  });
});

describe('pages left alone, with the reason', () => {
  const FRENCH =
    "Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi sur le renseignement défendu par le gouvernement lors d'un vote solennel, mardi 5 mai. Il sera désormais examiné par le Sénat, puis le Conseil constitutionnel, prochainement saisi par 75 députés. Dans un souci d'apaisement, François Hollande avait annoncé par avance qu'il saisirait les Sages.";
  const JAPANESE =
    'トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリ「フリーWi-Fiプロテクション」（iOS/Android）の発売を開始すると発表した。1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、既に提供しているスマホ・タブレット向け総合セキュリティ対策アプリと併用できる。';

  it('a page declared French, and French or Japanese text on a page that declares no language', async () => {
    expect((await read(page(NEWS_HEAD, `<article><p>${FRENCH}</p><p>${FRENCH}</p></article>`, 'fr'))).reading).toMatchObject({
      article: false,
      reason: 'language',
    });
    expect((await read(page(NEWS_HEAD, `<article><p>${FRENCH}</p><p>${FRENCH}</p></article>`, ''))).reading).toMatchObject({
      article: false,
      reason: 'language',
    });
    expect((await read(page(NEWS_HEAD, `<article><p>${JAPANESE}</p><p>${JAPANESE}</p></article>`, ''))).reading).toMatchObject({
      article: false,
      reason: 'language',
    });
  });

  it('documentation without a sign of an article, and a page with a single one', async () => {
    const docs = `<main><h1>remoteStorage</h1>${story()}</main>`;
    expect((await read(page('<title>remoteStorage</title>', docs))).reading).toMatchObject({ article: false, reason: 'no-article-signals' });
    expect((await read(page('<title>Docs</title><meta name="author" content="Jong, Michiel de">', docs))).reading).toMatchObject({
      article: false,
      reason: 'no-article-signals',
    });
  });

  it('a how-to that addresses the reader, and an essay told in the first person', async () => {
    const howTo = Array.from(
      { length: 12 },
      () =>
        'If you struggle with clutter, impulse buys and buyer’s remorse, you can put your mind in the right place before you even set foot in a store. Ask yourself whether you really need it, and wait a day before you buy.',
    );
    const essay = Array.from(
      { length: 12 },
      () =>
        'We pushed out the first version of the site in January, and we have learned a lot since. I think our students wanted a place to publish, so we built one, and our readers told us what they liked.',
    );
    const asArticle = (lines: string[]) => page(SIGNALS_ONLY, `<article>${lines.map((l) => `<p>${l}</p>`).join('')}</article>`);
    expect((await read(asArticle(howTo))).reading).toMatchObject({ article: false, reason: 'not-news' });
    expect((await read(asArticle(essay))).reading).toMatchObject({ article: false, reason: 'not-news' });
  });

  it('a page with too little prose to be a story', async () => {
    expect((await read(page(NEWS_HEAD, `<article><h1>Watch: talks in Washington</h1><p>${KELLY[0]!.slice(0, 120)}</p></article>`))).reading).toMatchObject({
      article: false,
      reason: 'no-article-body',
    });
  });
});

describe('the page source', () => {
  it('writes the whole page, whose parse gives back the live text; the story leaves out hidden text, scripts and form fields', async () => {
    const { source, reading, paragraphs } = await read(
      page(
        `${NEWS_HEAD}<style>p { color: red }</style>`,
        `<article class="story"><p style="display: none">Hidden Minister Ada Korhonen</p>${story()}<p>Plain &amp; simple &lt;text&gt;</p><script>var secret = "Kelly";</script><textarea>Draft on Kelly</textarea><button>Follow Kelly</button><input value="John Kelly"><img src="/a.jpg" alt="x"><br></article>`,
      ),
    );
    const live = source.texts.map((t) => t.data).join('');
    expect(live).toBe(document.body.textContent);
    expect(source.length).toBe(live.length);
    expect(source.html).toContain('<meta property="og:type" content="article" />');
    if (!reading.article) throw new Error(`not read as an article: ${reading.reason}`);
    expect(paragraphs.at(-1)).toBe('Plain & simple <text>');
    expect(reading.text).not.toMatch(/Korhonen|secret|color: red|Draft on|Follow Kelly/);
  });

  it('writes a page that changed while it was written in slices again, as it is after the change', async () => {
    load(page(NEWS_HEAD, `<nav>Home</nav>${story()}<footer>Example News</footer>`));
    let clock = 0;
    let changes = 0;
    const source = (await writePageSource(document, {
      budget: 0,
      now: () => clock++,
      yieldToPage: async () => {
        // The page re-renders its first paragraph while the source is being written, once.
        if (changes++ === 0) document.querySelector('p')!.textContent = 'Minister Ada Korhonen resigned on Friday.';
      },
    }))!;
    expect(source.texts.map((t) => t.data).join('')).toBe(document.body.textContent);
    const reading = readArticle(source.html);
    if (!reading.article) throw new Error(`not read as an article: ${reading.reason}`);
    expect(reading.text).toContain('Minister Ada Korhonen resigned on Friday.');
    expect(reading.blocks.flat().every(([start, end]) => end <= source.length && start >= 0)).toBe(true);
  });

  it('finds the names of each paragraph in the background, from which the page makes the ranges it would find itself', async () => {
    const { reading, source } = await read(
      page(
        NEWS_HEAD,
        `<article><h1>Security talks</h1>
        <p>Interior Minister Alma Virtanen met Governor Tobias <b>Quill</b> of the Harbour Authority on Tuesday, the ministry said in a statement after the talks.</p>
        <p>Quill told reporters that the Harbour Authority would double its patrols. <span class="share">Share</span> Virtanen said the ministry backed the plan.</p>
        <p>Neither Virtanen nor Quill took questions, and the Harbour Authority gave no figures for the cost of the patrols or for how long they would last.</p></article>`,
      ),
    );
    if (!reading.article) throw new Error(`not read as an article: ${reading.reason}`);
    const targets: MarkTarget[] = [
      { id: 'virtanen', kind: 'official', name: 'Alma Virtanen', forms: ['Alma Virtanen', 'Virtanen'] },
      { id: 'quill', kind: 'official', name: 'Tobias Quill', forms: ['Tobias Quill', 'Quill'] },
      { id: 'harbour', kind: 'organization', name: 'Harbour Authority', forms: ['Harbour Authority'] },
    ];
    const plan = planMarks(targets)!;
    const blocks = reading.blocks.map((ranges) => ({ pieces: paragraphPieces(source, ranges) }));
    const said = (marks: { range: Range }[] | null) => marks?.map((m) => m.range.toString());
    const found = blocks.map((block, i) => said(marksFound(block, matchForms(reading.blockTexts[i]!, plan), reading.blockTexts[i]!.length)));
    expect(found).toEqual(blocks.map((block) => said(marksInBlock(block, plan))));
    expect(found.flat()).toEqual([
      'Alma Virtanen',
      'Tobias Quill',
      'Harbour Authority',
      'Quill',
      'Harbour Authority',
      'Virtanen',
      'Virtanen',
      'Quill',
      'Harbour Authority',
    ]);
    // The page cuts a paragraph's text after it was written out: what was found no longer fits it,
    // and the page finds the names again itself.
    const changed = blocks.findIndex((block) => block.pieces.some((p) => p.node.parentElement?.localName === 'b'));
    (document.querySelector('article b')!.firstChild as Text).data = 'Q';
    expect(marksFound(blocks[changed]!, matchForms(reading.blockTexts[changed]!, plan), reading.blockTexts[changed]!.length)).toBeNull();
  });
});
