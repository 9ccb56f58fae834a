// @vitest-environment happy-dom
/**
 * News or not, English or not, on the text of real pages: Readability's extracts of the fifteen
 * saved pages in ../shared/pages, and the wire and newspaper stories of tests/fixtures and seeds/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredLanguage, textLanguage } from '../../../lib/page/language';
import { narrativeVoice, newsSignals, newsVerdict } from '../../../lib/page/news-signals';

const repo = join(import.meta.dirname, '..', '..', '..');
const PAGES = join(repo, '..', 'shared', 'pages');

/** A Readability extract's text, a paragraph a line. */
function extract(name: string): string {
  const html = readFileSync(join(PAGES, name, 'expected.html'), 'utf8').replace(/<iframe[\s\S]*?<\/iframe>/g, '');
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.querySelectorAll('p, li, h1, h2, h3, blockquote')]
    .map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean)
    .join('\n\n');
}

const NEWS = ['bbc-1', 'buzzfeed-1', 'cnn', 'engadget', 'guardian-1', 'msn', 'nytimes-1', 'wapo-1', 'yahoo-2'];
/** Two signals of an article, none declaring news: the voice decides. */
const ARTICLE_SIGNALS = ['og:type=article', 'byline'] as const;

describe('telling news from other articles by its voice', () => {
  it.each(NEWS)('%s, a news story, is news', (name) => {
    expect(newsVerdict([...ARTICLE_SIGNALS], extract(name))).toEqual({ news: true });
  });

  it('Lifehacker’s how-to addresses the reader; Medium’s essay speaks as “we”: neither is news', () => {
    const howTo = narrativeVoice(extract('lifehacker-working'));
    const essay = narrativeVoice(extract('medium-1'));
    expect(howTo.secondPerson).toBeGreaterThan(60);
    expect(essay.firstPerson).toBeGreaterThan(20);
    expect(newsVerdict([...ARTICLE_SIGNALS], extract('lifehacker-working'))).toEqual({ news: false, reason: 'not-news' });
    expect(newsVerdict([...ARTICLE_SIGNALS], extract('medium-1'))).toEqual({ news: false, reason: 'not-news' });
  });

  it('a page that declares itself a NewsArticle is news whatever its voice; one signal alone is not enough', () => {
    expect(newsVerdict(['news-type'], extract('lifehacker-working'))).toEqual({ news: true });
    expect(newsVerdict(['byline'], extract('nytimes-1'))).toEqual({ news: false, reason: 'no-article-signals' });
  });

  it('quotes are not the story’s voice: an interview full of “I” and “we” in quotation marks is still news', () => {
    const quoted = Array.from({ length: 30 }, () => '"We will do what we must, and I will lead it," the minister said on Tuesday.').join(' ');
    expect(narrativeVoice(quoted).firstPerson).toBe(0);
  });

  it('every wire and newspaper story of the fixtures and seeds is news', () => {
    const dirs = [join(repo, 'tests', 'fixtures'), join(repo, 'seeds')];
    const texts = dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => readFileSync(join(dir, n), 'utf8')),
    );
    expect(texts.length).toBeGreaterThanOrEqual(30);
    for (const text of texts) expect(newsVerdict([...ARTICLE_SIGNALS], text)).toEqual({ news: true });
  });
});

describe('the signals a page carries', () => {
  it('reads Open Graph, JSON-LD, microdata, bylines and dates, each once', () => {
    document.head.innerHTML =
      '<meta name="og:type" content="article"><meta name="article:section" content="World"><script type="application/ld+json">{"@type": ["NewsArticle"]}</script>';
    document.body.innerHTML =
      '<article itemtype="http://schema.org/Article"><p class="byline">By Staff</p><time datetime="2017-01-01">1 January</time></article>';
    expect(newsSignals(document.documentElement).sort()).toEqual(['article', 'article-meta', 'article-type', 'byline', 'news-type', 'og:type=article', 'time']);
  });
});

describe('reading only English', () => {
  it('takes the language a page declares from its BCP 47 tag', () => {
    expect(declaredLanguage('en-US')).toBe('en');
    expect(declaredLanguage('fr')).toBe('fr');
    expect(declaredLanguage('ja_JP')).toBe('ja');
    expect(declaredLanguage('')).toBeNull();
  });

  it.each(NEWS)('reads %s as English', (name) => {
    expect(textLanguage(extract(name))).toBe('english');
  });

  it('reads Le Monde and Yahoo! Japan as other languages, and leaves a caption too short to tell', () => {
    expect(textLanguage(extract('lemonde-1'))).toBe('other');
    expect(textLanguage(extract('yahoo-4'))).toBe('other');
    expect(textLanguage('Photo: Nintendo/Apple')).toBe('too-short');
  });
});
