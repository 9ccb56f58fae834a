/**
 * The page written out for Readability, which runs in the background, away from the page's main
 * thread (as Firefox's Reader View runs it in a worker, on a serialised copy of the page). The body
 * is written by the browser's own `XMLSerializer` (DOM Parsing, https://w3c.github.io/DOM-Parsing/),
 * native code that touches no node from script, as well-formed XML (`<br />`, text and scripts
 * escaped), which is what Readability's DOM-less JSDOMParser reads. Script walking the page's
 * elements to write lean HTML cost 2.3–6.5 ms on the page-cost bench's 800-word article, most of it
 * first runs in the content script's world (every element interface it met made there afresh). The
 * serializer writes 30–50 KB a millisecond (262 KB of the BBC's body, scripts included, in 8 ms), so
 * the head and then each of the body's children are written in slices of their own (a head can hold
 * a megabyte of inline styles and scripts: the Guardian's, 942 KB, took 20 ms).
 *
 * The body's text nodes are kept, in document order, with where each starts in the body's text
 * stream (the concatenation of every text node under the body, in UTF-16 code units), so that what
 * Readability picks in the background maps back to the live nodes: `piecesOf(start, end)`. The
 * serializer writes the same text (adjacent nodes run together, empty ones vanish, neither changes
 * the stream), except a `<template>`'s contents, which no TreeWalker sees and the reader skips.
 */
import { sliceClock, UNSLICED, type Slicing } from './slicing';

export interface PageSource {
  /** The page as XHTML, for the background's reader. */
  html: string;
  /** The body's text nodes, in document order. */
  texts: Text[];
  /** Where each of `texts` starts in the text stream, in UTF-16 code units. */
  starts: number[];
  /** The length of the text stream, in UTF-16 code units. */
  length: number;
}

/** A page that keeps changing while it is written is written at once after this many tries. */
const TRIES = 3;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The body's text nodes, and where each starts in its text stream: one TreeWalker pass. */
function textsOf(body: HTMLElement): Omit<PageSource, 'html'> {
  const texts: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    texts.push(node);
    starts.push(length);
    length += node.data.length;
  }
  return { texts, starts, length };
}

/**
 * Writes the page once: its text nodes, then its head, then its body one child at a time, pausing
 * (a `yield`) where the slice's time is up. Returns null where the page changed during a pause (the
 * caller starts again), as the text stream would no longer hold.
 */
function* writeOnce(document: Document, body: HTMLElement, due: () => boolean): Generator<void, PageSource | null> {
  const texts = textsOf(body);
  const serializer = new XMLSerializer();
  const lang = document.documentElement.getAttribute('lang');
  const out = [`<html${lang ? ` lang="${escapeText(lang).replace(/"/g, '&quot;')}"` : ''}>`];
  if (document.head) out.push(serializer.serializeToString(document.head));
  out.push('<body>');
  // Made only when the work pauses: a page that is written in one slice cannot change meanwhile.
  // Its records reach its callback at the next microtask checkpoint, which comes during the pause,
  // so the callback notes them; takeRecords() would find none left by then.
  let observer: MutationObserver | undefined;
  let changed = false;
  try {
    for (let child = body.firstChild; child; child = child.nextSibling) {
      if (due()) {
        if (!observer) {
          observer = new MutationObserver(() => (changed = true));
          observer.observe(document, { childList: true, subtree: true, characterData: true });
        }
        yield;
        if (changed || observer.takeRecords().length) return null;
      }
      if (child.nodeType === 3) out.push(escapeText((child as Text).data));
      else if (child.nodeType === 1) out.push(serializer.serializeToString(child));
    }
  } finally {
    observer?.disconnect();
  }
  out.push('</body></html>');
  return { html: out.join(''), ...texts };
}

/**
 * Writes the page out for the background's reader, in slices that yield to the page. A page that
 * fits in one slice (most articles: the 800-word bench article takes about 1 ms) is written at once
 * and returned as it is, with no promise, so nothing else runs between the work and its end. A page
 * that changes between two slices is written again (three times at most, then at once).
 *
 * @returns the page source, or null where the page has no body or the work was cancelled; a promise
 *   of either where the work had to yield.
 */
export function writePageSource(document: Document, slicing: Slicing = UNSLICED): PageSource | null | Promise<PageSource | null> {
  const body = document.body;
  if (!body) return null;
  const clock = sliceClock(slicing);
  let steps = writeOnce(document, body, clock.due);
  let step = steps.next();
  if (step.done) return step.value;
  return (async () => {
    for (let attempt = 1; ;) {
      if (!step.done) {
        if (!(await clock.pause())) {
          steps.return(null);
          return null;
        }
      } else if (step.value) return step.value;
      else if (++attempt > TRIES + 1) return null;
      else steps = writeOnce(document, body, attempt > TRIES ? () => false : clock.due);
      step = steps.next();
    }
  })();
}

/** A piece of one live text node: [from, to) in UTF-16 code units. */
export interface TextPiece {
  node: Text;
  from: number;
  to: number;
  /** Whether text the article does not own (a button, a dropped ad) stands between this piece and the one before. */
  gapBefore?: boolean;
}

/**
 * The live text pieces that make up [start, end) of the text stream, in document order. A node whose
 * text the page changed since it was written is cut to its present length; the caller's mutation
 * observer reads it again.
 */
export function piecesOf(source: PageSource, start: number, end: number): TextPiece[] {
  const { texts, starts } = source;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= start) low = middle;
    else high = middle - 1;
  }
  const pieces: TextPiece[] = [];
  for (let i = low; i < texts.length && starts[i]! < end; i++) {
    const node = texts[i]!;
    const nodeStart = starts[i]!;
    const nodeEnd = starts[i + 1] ?? source.length;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd, nodeStart + node.data.length) - nodeStart;
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}

/**
 * The live text pieces of one paragraph Readability kept, given as ranges of the text stream; its
 * ranges are apart where Readability dropped text between them, and the first piece of each range
 * after the first is marked `gapBefore`, so no name runs across what was dropped.
 */
export function paragraphPieces(source: PageSource, ranges: readonly (readonly [number, number])[]): TextPiece[] {
  return ranges.flatMap(([start, end], i) => piecesOf(source, start, end).map((piece, j) => (i > 0 && j === 0 ? { ...piece, gapBefore: true } : piece)));
}
