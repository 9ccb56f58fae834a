/**
 * Finding the story the way reader modes do: Mozilla's Readability, the library behind Firefox's
 * Reader View, reads the page the content script wrote out (page-source.ts), on Readability's own
 * DOM-less parser, in the background. What it keeps is given back as ranges of the page's text
 * stream, one list per paragraph, so the page can find the live text nodes; and as the text the
 * engine reads. Its markup does not matter: `<p>`s, `<div>`s, lines split by `<br>`, short briefs.
 *
 * A page is read as an article when it is in English, carries news signals (news-signals.ts) and
 * has enough prose.
 */
import { Readability } from '@mozilla/readability';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { declaredLanguage, textLanguage } from './language';
import { newsSignals, newsVerdict, type NewsSignal } from './news-signals';
import { blockSourceText } from './highlight';

/** [start, end) of the page's text stream, in UTF-16 code units. */
export type StreamRange = [start: number, end: number];

/** Why a page is left alone. */
export type SkipReason = 'not-html' | 'language' | 'no-article-signals' | 'no-article-body' | 'not-news';

export type ArticleReading =
  | { article: false; reason: SkipReason; signals: NewsSignal[] }
  | {
      article: true;
      /** The story's title, as Readability gives it (the page's title without the site's name). */
      title: string;
      /** The story as the engine reads it: the headline and each paragraph on lines of their own. */
      text: string;
      /** Each paragraph's place in the page's text stream, in reading order. */
      blocks: StreamRange[][];
      /** Each paragraph's text as the page source wrote it (highlight.ts's `blockSourceText`), for finding its names. */
      blockTexts: string[];
      signals: NewsSignal[];
    };

/** Less story than this, in characters, is no article: a caption, a teaser, a video's blurb. */
const MIN_PROSE = 250;
/** The elements that make a paragraph of their own. */
const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'caption',
  'td',
  'th',
  'dd',
  'dt',
  'div',
  'section',
  'article',
  'figure',
]);
/** Code is no story: never read, never marked. */
const CODE = new Set(['pre', 'code']);
/**
 * A photo's caption and credit stand on lines of their own, where the engine's cleaning knows a credit
 * for what it is, even where the page sets them inside a paragraph.
 */
const CAPTION = /\b(?:caption|credit|credits|copyright|attribution|caption-credit|photo-credit|image-credit)\b/i;

/** What a JSDOMParser node offers, as far as this module reads it. */
interface LeanNode {
  nodeType: number;
  localName?: string;
  textContent: string;
  childNodes: LeanNode[];
  parentNode: LeanNode | null;
  getAttribute?: (name: string) => string | null;
  /** Where the node's text starts in the stream, set before Readability moves it. */
  streamStart?: number;
}

/** Elements whose text is code or styling: it keeps its place in the stream, but no story is found in it (the page-source property test expects the same). */
export const RAW_TEXT = new Set(['script', 'style', 'noscript']);

/**
 * Numbers the body's text nodes by their place in the text stream, and returns the stream, with the
 * text of scripts and styles blanked (a story's sentences inside a script's JSON are never where a
 * paragraph is found again). A `<template>`'s contents are no part of it: the serializer writes
 * them, but the page's TreeWalker never reaches them (they live in a fragment of their own).
 */
function numberTexts(body: LeanNode): string {
  const chunks: string[] = [];
  let offset = 0;
  const stack: LeanNode[] = [body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      node.streamStart = offset;
      chunks.push(RAW_TEXT.has(node.parentNode?.localName ?? '') ? ' '.repeat(node.textContent.length) : node.textContent);
      offset += node.textContent.length;
      continue;
    }
    if (node.localName === 'template') continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return chunks.join('');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Paragraph {
  ranges: StreamRange[];
  text: string;
}

/** The element whose paragraph a text node belongs to, and whether it stands in code. */
function placeOf(node: LeanNode, content: LeanNode): { key: LeanNode; code: boolean } {
  let key: LeanNode | null = null;
  for (let e = node.parentNode; e && e !== content.parentNode; e = e.parentNode) {
    const tag = e.localName ?? '';
    if (CODE.has(tag)) return { key: e, code: true };
    if (!key && (BLOCKS.has(tag) || CAPTION.test(e.getAttribute?.('class') ?? ''))) key = e;
  }
  return { key: key ?? content, code: false };
}

/**
 * The paragraphs of Readability's content, as stream ranges: runs of text under one block-level
 * element with no other block between them. A text node that Readability parsed afresh (it re-reads
 * the page when a first pass finds too little) has lost its number, and is found by its text from
 * where the last one ended.
 */
function paragraphsOf(content: LeanNode, stream: string): Paragraph[] {
  const paragraphs: { ranges: StreamRange[]; parts: string[] }[] = [];
  const open = new Map<LeanNode, { paragraph: (typeof paragraphs)[number]; boundary: number }>();
  let boundary = 0;
  let cursor = 0;
  const stack: LeanNode[] = [content];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType !== 3) {
      if (node !== content && BLOCKS.has(node.localName ?? '')) boundary++;
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
      continue;
    }
    const data = node.textContent;
    if (!data) continue;
    const start = node.streamStart ?? stream.indexOf(data, cursor);
    if (start < 0) continue;
    cursor = start + data.length;
    const { key, code } = placeOf(node, content);
    if (code) continue;
    let current = open.get(key);
    if (!current || current.boundary !== boundary) {
      current = { paragraph: { ranges: [], parts: [] }, boundary };
      open.set(key, current);
      paragraphs.push(current.paragraph);
    }
    const { ranges, parts } = current.paragraph;
    const last = ranges.at(-1);
    if (last && last[1] === start) last[1] = cursor;
    else ranges.push([start, cursor]);
    parts.push(data);
  }
  return paragraphs.map(({ ranges, parts }) => ({ ranges, text: collapse(parts.join('')) })).filter((p) => p.text);
}

/** The page's headlines (`<h1>`), as paragraphs, before Readability takes them out of the page. */
function headlines(document: Document): Paragraph[] {
  return [...(document.getElementsByTagName('h1') as unknown as LeanNode[])].flatMap((h1) => {
    const found = paragraphsOf(h1, '');
    return found.length ? [{ ranges: found.flatMap((p) => p.ranges), text: collapse(found.map((p) => p.text).join(' ')) }] : [];
  });
}

/**
 * Parses a page source on Readability's own parser and numbers its body's text nodes by their place
 * in the page's text stream.
 *
 * @param html the page as `writePageSource` wrote it (XHTML)
 * @returns the parsed document, and the text stream as the page's TreeWalker reads it (UTF-16 code
 *   units), with the text of scripts and styles blanked; empty where the page has no body.
 */
export function parsePageSource(html: string): { document: Document; stream: string } {
  // JSDOMParser knows XML's five entities and numeric references; "&nbsp;" is the one HTML entity a
  // serializer may still write (happy-dom's does; the DOM Parsing standard's writes the character).
  const document = new JSDOMParser().parse(html.includes('&nbsp;') ? html.replaceAll('&nbsp;', '\u00a0') : html);
  const body = document.body as unknown as LeanNode | null;
  return { document, stream: body ? numberTexts(body) : '' };
}

const skip = (reason: SkipReason, signals: NewsSignal[] = []): ArticleReading => ({ article: false, reason, signals });

/**
 * Reads the article in a page written out by `writePageSource`.
 *
 * @param html the page source's XHTML (its body's text must be what the page's text nodes hold)
 * @returns the story's title, text and paragraphs as stream ranges; or why the page is no article:
 *   `language` (declared or read as other than English), `no-article-signals`, `no-article-body`
 *   (Readability found under 250 characters of story) or `not-news` (a how-to or an essay).
 */
export function readArticle(html: string): ArticleReading {
  const { document, stream } = parsePageSource(html);
  const root = document.documentElement as unknown as (LeanNode & Element) | null;
  const body = document.body as unknown as LeanNode | null;
  if (!root || !body) return skip('not-html');
  const signals = newsSignals(root);
  if (!signals.length) return skip('no-article-signals');
  const language = declaredLanguage(root.getAttribute('lang'));
  if (language && language !== 'en') return skip('language', signals);

  const titles = headlines(document);
  const parsed = new Readability(document, { serializer: (element) => element as unknown as LeanNode, keepClasses: true }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content, stream) : [];
  const story = paragraphs.map((p) => p.text).join('\n\n');
  if (story.length < MIN_PROSE) return skip('no-article-body', signals);
  if (textLanguage(story) === 'other') return skip('language', signals);
  const verdict = newsVerdict(signals, story);
  if (!verdict.news) return skip(verdict.reason, signals);

  const title = collapse(parsed?.title ?? document.title ?? '');
  // Readability leaves the headline out of the story; the reader sees it, so it is read and marked.
  const headline = titles.find((h) => h.text === title || (h.text.length > 20 && title.startsWith(h.text)));
  const read = headline && paragraphs[0]?.text !== headline.text ? [headline, ...paragraphs] : paragraphs;
  return {
    article: true,
    title,
    text: read.map((p) => p.text).join('\n\n'),
    blocks: read.map((p) => p.ranges),
    blockTexts: read.map((p) => blockSourceText(stream, p.ranges)),
    signals,
  };
}
