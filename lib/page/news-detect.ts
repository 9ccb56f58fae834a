/**
 * The page's first look at itself, before anything is read: most pages a reader opens are not news
 * articles, and on those the extension should cost next to nothing. A page written in another
 * language, or without a single sign of being an article, is left alone here; every other page is
 * written out for Readability (page-source.ts), which decides in the background.
 */
import { declaredLanguage } from './language';

export type FirstLook = { read: true } | { read: false; reason: 'not-html' | 'language' | 'no-article-signals' };

/** The head's signs of an article: the head is small, so a selector over it costs nothing. */
const HEAD_SIGNAL =
  'meta[property="og:type"][content="article"], script[type="application/ld+json"], meta[name="author"], meta[property="article:published_time"], meta[name="news_keywords"]';

/**
 * Whether the page carries any sign of an article, at the cost of a few tag and class lookups: on a
 * 20,000-element app a selector scan of the body would cost milliseconds.
 */
function mayBeArticle(document: Document): boolean {
  if (document.head?.querySelector(HEAD_SIGNAL)) return true;
  const body = document.body;
  return (
    body.getElementsByTagName('article').item(0) !== null ||
    body.getElementsByTagName('time').item(0) !== null ||
    body.getElementsByClassName('byline').item(0) !== null ||
    [...document.scripts].some((script) => script.type === 'application/ld+json')
  );
}

/**
 * Whether to read the page at all: an HTML page with a body, in English or saying nothing of its
 * language (`<html lang>`, BCP 47), and with at least one sign of an article.
 */
export function firstLook(document: Document): FirstLook {
  if (document.documentElement.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !document.body) return { read: false, reason: 'not-html' };
  const language = declaredLanguage(document.documentElement.getAttribute('lang'));
  if (language && language !== 'en') return { read: false, reason: 'language' };
  if (!mayBeArticle(document)) return { read: false, reason: 'no-article-signals' };
  return { read: true };
}
