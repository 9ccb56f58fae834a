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

/** Decides whether to annotate a page. */
export function detectArticle(document: Document): PageVerdict {
  if (document.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !document.body) return { article: false, reason: 'not-html' };
  // Readable text alone is not news: a documentation page is readable too. Ask for one news signal
  // first, as it costs a few selector lookups where Readability's check walks the page.
  const signals = articleSignals(document);
  if (signals.length === 0) return { article: false, reason: 'no-article-signals' };
  const readerable = isProbablyReaderable(document, { minContentLength: 140, minScore: 20 });
  if (!readerable) return { article: false, reason: 'not-readerable' };
  return { article: true, signals };
}
