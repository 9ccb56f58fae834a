/**
 * Telling news from other readable pages. A news page says so in its markup: schema.org's
 * NewsArticle types, Open Graph's `og:type=article` with its `article:*` properties, Google News'
 * `news_keywords`, an `<article>`, a byline, a `<time>`. Blogs, how-tos and essays say much the same,
 * so the story's voice decides between them: news is told in the third person, and "I", "we" and
 * "you" stand only in what it quotes.
 */

/** The part of an element the signals read: a live DOM element, or one of JSDOMParser's. */
export interface SignalElement {
  readonly localName: string;
  getAttribute(name: string): string | null;
  readonly children: ArrayLike<SignalElement>;
  readonly textContent: string | null;
}

export type NewsSignal = 'news-type' | 'article-type' | 'og:type=article' | 'article-meta' | 'article' | 'byline' | 'time';

/** schema.org's NewsArticle and its subtypes (https://schema.org/NewsArticle). */
const NEWS_TYPE = /\b(?:Reportage|Analysis|Opinion|Background|Review|AskPublic)?NewsArticle\b/;
const ARTICLE_TYPE = /\b(?:Article|Report|Review|BlogPosting)\b/;
/** Open Graph's article properties (https://ogp.me/#type_article), and the older names sites use. */
const ARTICLE_META = new Set([
  'article:published_time',
  'article:published',
  'article:section',
  'og:article:section',
  'section',
  'news_keywords',
  'datepublished',
  'article:modified_time',
]);
const BYLINE_META = new Set(['author', 'byl', 'article:author', 'og:article:author']);

function jsonLdTypes(text: string): NewsSignal[] {
  const types = [...text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)].map((m) => m[1]!);
  if (types.some((t) => NEWS_TYPE.test(t))) return ['news-type'];
  return types.some((t) => ARTICLE_TYPE.test(t)) ? ['article-type'] : [];
}

function signalsOf(element: SignalElement): NewsSignal[] {
  const tag = element.localName;
  if (tag === 'meta') {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))?.toLowerCase() ?? '';
    if (name === 'og:type') return element.getAttribute('content')?.trim().toLowerCase() === 'article' ? ['og:type=article'] : [];
    if (ARTICLE_META.has(name)) return name.includes('published') ? ['article-meta', 'time'] : ['article-meta'];
    return BYLINE_META.has(name) ? ['byline'] : [];
  }
  if (tag === 'script') return element.getAttribute('type') === 'application/ld+json' ? jsonLdTypes(element.textContent ?? '') : [];
  const found: NewsSignal[] = [];
  if (tag === 'article') found.push('article');
  if (tag === 'time') found.push('time');
  const itemtype = element.getAttribute('itemtype');
  if (itemtype) found.push(NEWS_TYPE.test(itemtype) ? 'news-type' : ARTICLE_TYPE.test(itemtype) ? 'article-type' : 'article-meta');
  const itemprop = element.getAttribute('itemprop');
  if (element.getAttribute('rel') === 'author' || itemprop === 'author' || /\bbyline\b/i.test(element.getAttribute('class') ?? '')) found.push('byline');
  if (itemprop === 'datePublished') found.push('time');
  return found;
}

/** Every news signal of a page, each once, read in one walk of its elements. */
export function newsSignals(root: SignalElement): NewsSignal[] {
  const found = new Set<NewsSignal>();
  const stack: SignalElement[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    for (const signal of signalsOf(element)) found.add(signal);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...found];
}

/** Words addressed to the reader, and words of a writer speaking for themselves. */
const SECOND_PERSON = /^(?:you|your|yours|yourself|you're|you'll|you've|you'd)$/i;
const FIRST_PERSON = /^(?:I|we|my|our|ours|us|I'm|we're|I've|we've|I'd|we'd|I'll|we'll)$/;

export interface Voice {
  /** Words outside quotations. */
  words: number;
  /** Second-person words per 1,000 words outside quotations. */
  secondPerson: number;
  /** First-person words per 1,000 words outside quotations. */
  firstPerson: number;
}

/**
 * How a text speaks outside what it quotes: double quotes, straight or curly, hold quotations of up
 * to 600 characters (a longer run is taken for unbalanced quotes, and kept).
 */
export function narrativeVoice(text: string): Voice {
  const narrative = text.replace(/["\u201c\u201d][^"\u201c\u201d]{0,600}["\u201c\u201d]/g, ' ');
  const words = narrative.split(/\s+/).map((w) => w.replace(/^[^\w']+|[^\w']+$/g, '').replace(/\u2019/g, "'"));
  let count = 0;
  let second = 0;
  let first = 0;
  for (const word of words) {
    if (!word) continue;
    count++;
    if (SECOND_PERSON.test(word)) second++;
    else if (FIRST_PERSON.test(word)) first++;
  }
  return { words: count, secondPerson: count ? (1000 * second) / count : 0, firstPerson: count ? (1000 * first) / count : 0 };
}

/**
 * Above these rates, per 1,000 words outside quotations, a text is a how-to (it addresses the reader)
 * or an essay or blog post (its writer speaks as "I" or "we"). Measured on Readability's extracts of
 * ../shared/pages: Lifehacker's how-to says "you" 87 times, Medium's essay "I" or "we" 27; of the news
 * stories, MSN's consumer-tech story says "you" 39 times and Engadget's review 22, BuzzFeed's story
 * "I" or "we" 13. The thirty wire and newspaper stories of tests/fixtures and seeds/ use neither more
 * than 3 times.
 */
const HOW_TO_RATE = 60;
const ESSAY_RATE = 20;
/** Below this many words outside quotations, the voice is not judged. */
const VOICE_MIN_WORDS = 150;

export type NewsVerdict = { news: true } | { news: false; reason: 'no-article-signals' | 'not-news' };

/**
 * Whether a readable page is news: it declares itself a NewsArticle, or it carries two signals of an
 * article and its story is told in the third person.
 */
export function newsVerdict(signals: readonly NewsSignal[], storyText: string): NewsVerdict {
  if (signals.includes('news-type')) return { news: true };
  if (signals.length < 2) return { news: false, reason: 'no-article-signals' };
  const voice = narrativeVoice(storyText);
  if (voice.words >= VOICE_MIN_WORDS && (voice.secondPerson >= HOW_TO_RATE || voice.firstPerson >= ESSAY_RATE)) return { news: false, reason: 'not-news' };
  return { news: true };
}
