/**
 * Telling a news article from any other page, cheaply: Readability's isProbablyReaderable together
 * with the signals news pages carry (og:type=article, JSON-LD NewsArticle, <article>, bylines,
 * <time>). Takes the document as a parameter so tests can hand it any tree.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

export type PageVerdict = { article: true; signals: string[] } | { article: false; reason: string };

const NEWS_TYPES = /"@type"\s*:\s*\[?\s*"(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting)"/;

/** The signals on a page that it is a news article. */
export function articleSignals(document: Document): string[] {
  const signals: string[] = [];
  const ogType = document.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType === 'article') signals.push('og:type=article');
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (NEWS_TYPES.test(script.textContent ?? '')) {
      signals.push('json-ld');
      break;
    }
  }
  if (document.querySelector('article')) signals.push('article');
  if (document.querySelector('[rel="author"], .byline, [itemprop="author"], meta[name="author"]')) signals.push('byline');
  if (document.querySelector('time[datetime], meta[property="article:published_time"]')) signals.push('time');
  return signals;
}

/** The head's signals: the head is small, so a selector over it costs nothing. */
const HEAD_SIGNAL =
  'meta[property="og:type"][content="article"], script[type="application/ld+json"], meta[name="author"], meta[property="article:published_time"]';

/**
 * Whether the page carries any news signal, at the cost of a few tag and class lookups: most pages
 * are not articles, and on a 20,000-element app a selector scan of the body would cost milliseconds.
 */
function mayBeNews(document: Document): boolean {
  if (document.head?.querySelector(HEAD_SIGNAL)) return true;
  const body = document.body;
  return (
    body.getElementsByTagName('article').item(0) !== null ||
    body.getElementsByTagName('time').item(0) !== null ||
    body.getElementsByClassName('byline').item(0) !== null ||
    [...document.scripts].some((script) => script.type === 'application/ld+json')
  );
}

/** Decides whether to annotate a page. */
export function detectArticle(document: Document): PageVerdict {
  if (document.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !document.body) return { article: false, reason: 'not-html' };
  if (!mayBeNews(document)) return { article: false, reason: 'no-article-signals' };
  // Readable text alone is not news: a documentation page is readable too. Ask for one news signal
  // first, as it costs a few selector lookups where Readability's check walks the page.
  const signals = articleSignals(document);
  if (signals.length === 0) return { article: false, reason: 'no-article-signals' };
  const readerable = isProbablyReaderable(document, { minContentLength: 140, minScore: 20 });
  if (!readerable) return { article: false, reason: 'not-readerable' };
  return { article: true, signals };
}
