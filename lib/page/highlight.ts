/**
 * Highlighting: finds each mention of a known name in the article's paragraphs and gives it as a
 * DOM `Range` over the page's own text nodes. Nothing is inserted into the page and no text node is
 * split: the ranges are painted with the CSS Custom Highlight API (paint.ts), so the page's nodes,
 * text and layout stay exactly the site's own, and a framework re-rendering a paragraph meets the
 * nodes it made.
 */
import type { EntityKind } from '../shared/types';
import type { TextPiece } from './page-source';

export interface MarkTarget {
  id: string;
  kind: EntityKind;
  name: string;
  /** The written forms to mark, such as "John F. Kelly", "Kelly". */
  forms: string[];
}

export interface HighlightOptions {
  /** Mark only the first mention of each entity in a paragraph. */
  firstPerParagraph?: boolean;
  /** Which kinds to mark; all by default. */
  kinds?: ReadonlySet<EntityKind>;
}

/** One paragraph of the article: the pieces of live text nodes it is made of, in reading order. */
export interface ArticleBlock {
  pieces: TextPiece[];
}

/** A name marked on the page: a live `Range` over the text the page shows. */
export interface NameMark {
  target: MarkTarget;
  range: Range;
  block: ArticleBlock;
}

/** Elements whose text is never marked: form fields, code, scripts, editable text, our own card. */
const FORBIDDEN = new Set([
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'SCRIPT',
  'STYLE',
  'CODE',
  'PRE',
  'SVG',
  'NOSCRIPT',
  'TEMPLATE',
  'DRAMATIS-CARD',
  'BUTTON',
  'OPTION',
]);
/** Elements that make a paragraph of their own, for text the page adds after the first reading. */
const BLOCKS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'CAPTION',
  'HEADER',
  'FOOTER',
  'ASIDE',
]);

function forbidden(element: Element): boolean {
  return (
    FORBIDDEN.has(element.tagName.toUpperCase()) || (element as HTMLElement).isContentEditable === true || element.getAttribute('contenteditable') === 'true'
  );
}

/**
 * The element whose paragraph a node is part of: the node itself where it is a block-level element,
 * else its nearest block-level ancestor below `root`, or root.
 */
export function blockElementOf(node: Node, root: Element): Element {
  let current = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (current && current !== root && !BLOCKS.has(current.tagName.toUpperCase())) current = current.parentElement;
  return current ?? root;
}

/** A paragraph's text as the engine reads it: its pieces joined (a gap as a space), whitespace collapsed. */
export function blockText(block: ArticleBlock): string {
  return block.pieces
    .map((p) => (p.gapBefore ? ' ' : '') + p.node.data.slice(p.from, p.to))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function insideForbidden(node: Node, root: Element): boolean {
  for (let e = node.parentElement; e && e !== root.parentElement; e = e.parentElement) if (forbidden(e)) return true;
  return false;
}

/**
 * The paragraphs under the given nodes of root (what the page added or changed), each a run of whole
 * text nodes under one block-level element with no other block between them: text on either side
 * of a nested `<p>` makes two paragraphs. Text in form fields, code and other forbidden places is
 * left out.
 */
export function blocksUnder(root: Element, nodes: readonly Node[]): ArticleBlock[] {
  const runs: TextPiece[][] = [];
  const open = new Map<Element, { run: TextPiece[]; boundary: number }>();
  // Counts the block-level elements passed: a run goes on only while it stays the same.
  let boundary = 0;
  // Whether a forbidden element was passed since the last text: a name may not run across it.
  let gap = false;
  const add = (text: Text) => {
    // Line breaks between elements are no text; a space between two inline elements may join a name.
    if (!text.data.trim() && !text.data.includes(' ')) return;
    const element = blockElementOf(text, root);
    let current = open.get(element);
    if (current?.run.some((p) => p.node === text)) return;
    if (!current || current.boundary !== boundary) {
      current = { run: [], boundary };
      open.set(element, current);
      runs.push(current.run);
    }
    current.run.push({ node: text, from: 0, to: text.data.length, ...(gap && current.run.length && { gapBefore: true }) });
    gap = false;
  };
  for (const start of nodes) {
    if ((start !== root && !root.contains(start)) || insideForbidden(start, root)) continue;
    if (start.nodeType === 3) {
      add(start as Text);
      continue;
    }
    if (start.nodeType !== 1 || forbidden(start as Element)) continue;
    const walker = root.ownerDocument.createTreeWalker(start, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => {
        if (node.nodeType === 3 || !forbidden(node as Element)) return 1; /* ACCEPT */
        gap = true;
        return 2; /* REJECT */
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) add(node as Text);
      else if (BLOCKS.has((node as Element).tagName.toUpperCase())) boundary++;
    }
    boundary++;
  }
  return runs.map((pieces) => ({ pieces }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What may stand next to a name: whitespace and punctuation (ASCII, Latin-1, general and CJK). Any
 * other character, a letter or digit of any script or a combining accent, continues the word, so
 * "Kim" is not marked inside "Kimberly" nor "Jose" inside "Jose\u0301". A plain class rather than
 * \p{L}, which costs milliseconds to compile on every page.
 */
const SEPARATOR = '\\s!-/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u3000-\\u303f';

/**
 * Written between two pieces of a paragraph where text the article does not own stood between them: a
 * separator that is no whitespace, so no name's pattern runs across it.
 */
const GAP = '|';

/** The names to look for, compiled once for a whole article. */
export interface MarkPlan {
  byForm: Map<string, MarkTarget>;
  pattern: RegExp;
  options: HighlightOptions;
}

/** Compiles the targets' forms into one pattern, longest first; null where nothing is to be marked. */
export function planMarks(targets: readonly MarkTarget[], options: HighlightOptions = {}): MarkPlan | null {
  const byForm = new Map<string, MarkTarget>();
  for (const target of targets) {
    if (options.kinds && !options.kinds.has(target.kind)) continue;
    for (const written of target.forms) {
      const form = written.trim().replace(/\s+/g, ' ');
      if (form && !byForm.has(form)) byForm.set(form, target);
    }
  }
  if (!byForm.size) return null;
  // A name may break across lines or non-breaking spaces in the page's source: "Enrique Pena\nNieto".
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/ /g, '\\s+'));
  return { byForm, pattern: new RegExp(`(?<![^${SEPARATOR}])(?:${forms.join('|')})(?![^${SEPARATOR}])`, 'g'), options };
}

/** A name found in a paragraph's text: [start, end) in UTF-16 code units, and whose form it is. */
export interface FormMatch {
  start: number;
  end: number;
  target: MarkTarget;
}

/**
 * Every mention of the plan's names in a paragraph's text, in order (the first of each entity only,
 * where the plan says so). Pure: it runs in the page, and in the background on the paragraph's text as
 * the page source wrote it (`blockSourceText`), so the page has only ranges to make.
 */
export function matchForms(text: string, plan: MarkPlan): FormMatch[] {
  const seen = new Set<string>();
  const found: FormMatch[] = [];
  for (const match of text.matchAll(plan.pattern)) {
    const target = plan.byForm.get(match[0].replace(/\s+/g, ' '))!;
    if (plan.options.firstPerParagraph && seen.has(target.id)) continue;
    seen.add(target.id);
    found.push({ start: match.index, end: match.index + match[0].length, target });
  }
  return found;
}

/**
 * A paragraph's text as `marksInBlock` reads it, from the page source's text stream and the
 * paragraph's ranges of it: the ranges joined, with the gap separator between two of them.
 */
export function blockSourceText(stream: string, ranges: readonly (readonly [number, number])[]): string {
  return ranges.map(([start, end], i) => (i > 0 ? GAP : '') + stream.slice(start, end)).join('');
}

/**
 * The text node and offset at a position of a block's text, searching on from piece `from` (the
 * positions asked for come in order). `end` takes a piece's end over the next one's start.
 */
function pointAt(
  pieces: readonly TextPiece[],
  starts: readonly number[],
  position: number,
  end: boolean,
  from = 0,
): { node: Text; offset: number; index: number } {
  let i = from;
  while (i < pieces.length - 1 && (end ? starts[i + 1]! < position : starts[i + 1]! <= position)) i++;
  const piece = pieces[i]!;
  return { node: piece.node, offset: piece.from + position - starts[i]!, index: i };
}

/**
 * A block's live pieces (a piece the page took away or cut short leaves a gap), where each starts in
 * the block's text, and that text's length; whether every piece is still as it was written.
 */
function livePieces(block: ArticleBlock): { pieces: TextPiece[]; starts: number[]; length: number; intact: boolean } {
  const pieces: TextPiece[] = [];
  const starts: number[] = [];
  let gap = false;
  let intact = true;
  let length = 0;
  for (const piece of block.pieces) {
    if (!piece.node.isConnected || piece.to > piece.node.data.length) {
      gap = pieces.length > 0;
      intact = false;
      continue;
    }
    const live = gap ? { ...piece, gapBefore: true } : piece;
    if (live.gapBefore) length += GAP.length;
    pieces.push(live);
    starts.push(length);
    length += piece.to - piece.from;
    gap = false;
  }
  return { pieces, starts, length, intact };
}

/** A block's text as the page holds it now: its live pieces joined, with the gap separator where one was dropped. */
function liveText(pieces: readonly TextPiece[]): string {
  let text = '';
  for (const piece of pieces) text += (piece.gapBefore ? GAP : '') + piece.node.data.slice(piece.from, piece.to);
  return text;
}

function rangesOf(block: ArticleBlock, pieces: readonly TextPiece[], starts: readonly number[], matches: readonly FormMatch[]): NameMark[] {
  if (!pieces.length) return [];
  const document = pieces[0]!.node.ownerDocument;
  let at = 0;
  return matches.map(({ start, end, target }) => {
    const from = pointAt(pieces, starts, start, false, at);
    const to = pointAt(pieces, starts, end, true, from.index);
    at = from.index;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return { target, range, block };
  });
}

/**
 * Every mention of the plan's names in one paragraph, as ranges over its live text nodes. A name may
 * run across nodes ("Enrique Pena <b>Nieto</b>"): its range does too, but never across a gap (text
 * the article does not own). Pieces whose node the page has since removed are left out.
 */
export function marksInBlock(block: ArticleBlock, plan: MarkPlan): NameMark[] {
  const { pieces, starts } = livePieces(block);
  return pieces.length ? rangesOf(block, pieces, starts, matchForms(liveText(pieces), plan)) : [];
}

/**
 * The ranges of names already found in a paragraph's text (by `matchForms`, in the background, on
 * `blockSourceText`), over its live text nodes; null where the paragraph's text is no longer what was
 * found in (the page changed or took away one of its nodes, or its length differs): the caller finds
 * the names again with `marksInBlock`.
 *
 * @param length the length of the text the matches were found in, in UTF-16 code units
 */
export function marksFound(block: ArticleBlock, matches: readonly FormMatch[], length: number): NameMark[] | null {
  const { pieces, starts, length: live, intact } = livePieces(block);
  if (!intact || live !== length) return null;
  return rangesOf(block, pieces, starts, matches);
}
