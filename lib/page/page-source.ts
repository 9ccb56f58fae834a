/**
 * The page written out for Readability, which runs in the background, away from the page's main
 * thread (as Firefox's Reader View runs it in a worker, on a serialised copy of the page). The page
 * is written by the browser's own `XMLSerializer` (DOM Parsing, https://w3c.github.io/DOM-Parsing/),
 * which is native code and touches no node from script: well-formed XML (`<br />`, text and script
 * escaped) is what Readability's DOM-less JSDOMParser reads. Script walking the page's elements
 * instead cost 2.3–6.5 ms on the page-cost bench's 800-word article, most of it first runs in the
 * content script's world (every element interface it met made there afresh); the serializer and one
 * TreeWalker pass over the text nodes cost a fraction of that. The whole document is written, head
 * and all, as Readability reads its title and metadata there.
 *
 * The body's text nodes are kept, in document order, with where each starts in the body's text
 * stream (the concatenation of every text node under the body, in UTF-16 code units), so that what
 * Readability picks in the background maps back to the live nodes: `piecesOf(start, end)`. The
 * serializer writes the same text (adjacent nodes run together, empty ones vanish, neither changes
 * the stream), except a `<template>`'s contents, which no TreeWalker sees and the reader skips.
 */

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

/**
 * Writes the page out for the background's reader, in one synchronous step (nothing can change the
 * page between reading its text nodes and writing it).
 *
 * @returns the page source, or null where the page has no body.
 */
export function writePageSource(document: Document): PageSource | null {
  const body = document.body;
  if (!body) return null;
  const texts: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    texts.push(node);
    starts.push(length);
    length += node.data.length;
  }
  return { html: new XMLSerializer().serializeToString(document.documentElement), texts, starts, length };
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
