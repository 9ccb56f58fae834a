/**
 * Highlighting: wraps each mention of a known name in a <dramatis-mark> element, and takes every
 * mark away again, putting the page's own text nodes back as they were. Like Hypothesis's
 * highlighter it uses a custom element (page styles rarely target unknown elements), wraps whole
 * text-node pieces and never whitespace, and never touches form fields, code, scripts or another
 * mark. The page's text is never changed: only elements are added around it.
 */
import type { EntityKind } from '../shared/types';

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
  /** Mark only under these nodes of the root (what the page just added), not the whole root. */
  within?: readonly Node[];
}

export const MARK_TAG = 'dramatis-mark';
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
  'DRAMATIS-MARK',
  'DRAMATIS-CARD',
  'BUTTON',
  'OPTION',
]);
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

interface SplitRecord {
  node: Text;
  original: string;
  added: Node[];
}

const records = new WeakMap<Element, SplitRecord[]>();

function forbidden(element: Element): boolean {
  return (
    FORBIDDEN.has(element.tagName.toUpperCase()) ||
    (element as HTMLElement).isContentEditable === true ||
    element.getAttribute('contenteditable') === 'true' ||
    element.getAttribute('contenteditable') === ''
  );
}

function blockOf(node: Node, root: Element): Node {
  let current = node.parentElement;
  while (current && current !== root && !BLOCKS.has(current.tagName.toUpperCase())) current = current.parentElement;
  return current ?? root;
}

/** Text already inside a mark, in the blocks being read: context for matching, never wrapped again. */
let locked = new WeakSet<Text>();

/** Whether a node stands inside an element the highlighter never touches (a mark included). */
function insideForbidden(node: Node, root: Element): boolean {
  for (let e = node.parentElement; e && e !== root; e = e.parentElement) if (forbidden(e)) return true;
  return false;
}

/**
 * The text nodes the highlighter may touch, grouped by the block they stand in: under root, or only
 * under the given nodes of it (what a page just added).
 */
function textBlocks(root: Element, within?: readonly Node[]): Text[][] {
  const document = root.ownerDocument;
  locked = new WeakSet();
  const blocks = new Map<Node, Text[]>();
  const add = (text: Text) => {
    if (!text.data.trim() && !text.data.includes(' ')) return;
    const block = blockOf(text, root);
    const list = blocks.get(block) ?? [];
    if (!list.includes(text)) list.push(text);
    blocks.set(block, list);
  };
  for (const start of within ?? [root]) {
    if (start !== root && (!root.contains(start) || insideForbidden(start, root))) continue;
    if (start.nodeType === 3) {
      add(start as Text);
      continue;
    }
    if (start.nodeType !== 1 || (start !== root && forbidden(start as Element))) continue;
    const walker = document.createTreeWalker(start, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode(node) {
        if (node.nodeType !== 1) return 1; /* ACCEPT */
        // A mark's text stays in the block as context, so a second pass reads what the first read.
        if ((node as Element).tagName.toUpperCase() === MARK_TAG.toUpperCase()) return 3; /* SKIP */
        return forbidden(node as Element) ? 2 /* REJECT */ : 3; /* SKIP */
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.tagName.toUpperCase() === MARK_TAG.toUpperCase()) locked.add(node as Text);
      add(node as Text);
    }
  }
  return [...blocks.values()];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A mark for the target, attributes and all, to be cloned for each mention: one call, not five. */
function markPrototype(document: Document, target: MarkTarget): HTMLElement {
  const mark = document.createElement(MARK_TAG);
  mark.setAttribute('data-kind', target.kind);
  mark.setAttribute('data-entity', target.id);
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', `${target.name}, ${target.kind}: show profile`);
  return mark;
}

interface Piece {
  from: number;
  to: number;
  target: MarkTarget;
}

/**
 * Wraps the pieces [from, to) of one text node in marks, in order. The node keeps the text before
 * the first piece; the marks and the text between and after them go in after it, built off the page
 * and inserted at once: one change to the page per text node, not two splits and a move per mark.
 */
function wrapPieces(node: Text, pieces: readonly Piece[], prototypes: Map<MarkTarget, HTMLElement>, log: Map<Text, SplitRecord>): void {
  const original = node.data;
  const document = node.ownerDocument;
  const fragment = document.createDocumentFragment();
  const added: Node[] = [];
  const put = (piece: Node) => {
    fragment.appendChild(piece);
    added.push(piece);
  };
  let at = pieces[0]!.from;
  for (const { from, to, target } of pieces) {
    if (from > at) put(document.createTextNode(original.slice(at, from)));
    let prototype = prototypes.get(target);
    if (!prototype) prototypes.set(target, (prototype = markPrototype(document, target)));
    const mark = prototype.cloneNode(false);
    mark.appendChild(document.createTextNode(original.slice(from, to)));
    put(mark);
    at = to;
  }
  if (at < original.length) put(document.createTextNode(original.slice(at)));
  node.data = original.slice(0, pieces[0]!.from);
  node.parentNode!.insertBefore(fragment, node.nextSibling);
  log.set(node, { node, original, added });
}

interface Plan {
  byForm: Map<string, MarkTarget>;
  pattern: RegExp;
  options: HighlightOptions;
  prototypes: Map<MarkTarget, HTMLElement>;
}

/**
 * What may stand next to a name: whitespace and punctuation (ASCII, Latin-1, general and CJK). Any
 * other character, a letter or digit of any script or a combining accent, continues the word, so
 * "Kim" is not marked inside "Kimberly" nor "Jose" inside "Jose\u0301". A plain class rather than
 * \p{L}, which costs milliseconds to compile on every page.
 */
const SEPARATOR = '\\s!-/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u3000-\\u303f';

function plan(targets: readonly MarkTarget[], options: HighlightOptions): Plan | null {
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
  return { byForm, pattern: new RegExp(`(?<![^${SEPARATOR}])(?:${forms.join('|')})(?![^${SEPARATOR}])`, 'g'), options, prototypes: new Map() };
}

/** Marks the mentions in one block's text nodes; returns how many. */
function markBlock(nodes: Text[], { byForm, pattern, options, prototypes }: Plan, log: Map<Text, SplitRecord>): number {
  const text = nodes.map((n) => n.data).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const n of nodes) {
    starts.push(offset);
    offset += n.data.length;
  }
  const matches: { start: number; end: number; target: MarkTarget }[] = [];
  const seen = new Set<string>();
  const lockedRanges = nodes.flatMap((n, i) => (locked.has(n) ? [[starts[i]!, starts[i]! + n.data.length] as const] : []));
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const target = byForm.get(match[0].replace(/\s+/g, ' '))!;
    if (lockedRanges.some(([from, to]) => from < end && to > match.index)) {
      seen.add(target.id); // already marked: it counts as this paragraph's first
      continue;
    }
    if (options.firstPerParagraph && seen.has(target.id)) continue;
    seen.add(target.id);
    matches.push({ start: match.index, end: match.index + match[0].length, target });
  }
  // Each match cut into the text nodes it spans (a name may run across "<b>John</b> Kelly").
  const pieces = new Map<Text, Piece[]>();
  for (const { start, end, target } of matches) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const nodeStart = starts[i]!;
      const nodeEnd = nodeStart + node.data.length;
      if (nodeEnd <= start || nodeStart >= end) continue;
      const from = Math.max(start, nodeStart) - nodeStart;
      const to = Math.min(end, nodeEnd) - nodeStart;
      if (!node.data.slice(from, to).trim()) continue; // never a mark around whitespace alone
      const list = pieces.get(node) ?? [];
      list.push({ from, to, target });
      pieces.set(node, list);
    }
  }
  for (const [node, list] of pieces) wrapPieces(node, list, prototypes, log);
  return matches.length;
}

function keep(root: Element, log: Map<Text, SplitRecord>): void {
  if (log.size) records.set(root, [...(records.get(root) ?? []), ...log.values()]);
  log.clear();
}

/**
 * Marks every mention of the targets' names under root and returns how many it marked. Calling it
 * again marks nothing twice.
 */
export function highlightArticle(root: Element, targets: readonly MarkTarget[], options: HighlightOptions = {}): number {
  const p = plan(targets, options);
  if (!p) return 0;
  const log = new Map<Text, SplitRecord>();
  let count = 0;
  for (const nodes of textBlocks(root, options.within)) count += markBlock(nodes, p, log);
  keep(root, log);
  return count;
}

export interface Slicing {
  /** Main-thread time one slice may take before it yields, in ms. */
  budget: number;
  /** The clock: performance.now in a page. */
  now: () => number;
  /** Gives the main thread back: a macrotask, so input and rendering run between slices. */
  yieldToPage: () => Promise<void>;
  /** Whether to stop early (the page turned Dramatis off, or the script was unloaded). */
  cancelled?: () => boolean;
  /** Called at the end of every slice, before yielding: the caller drops its own mutation records. */
  afterSlice?: () => void;
}

/**
 * highlightArticle in slices of a few milliseconds, yielding to the page between them, so a long read
 * never gets a long task. Marks made before a cancel stay recorded, so removeHighlights undoes them.
 */
export async function highlightArticleSliced(root: Element, targets: readonly MarkTarget[], options: HighlightOptions, slicing: Slicing): Promise<number> {
  const p = plan(targets, options);
  if (!p) return 0;
  const log = new Map<Text, SplitRecord>();
  let count = 0;
  let sliceStart = slicing.now();
  for (const nodes of textBlocks(root, options.within)) {
    if (slicing.now() - sliceStart > slicing.budget) {
      keep(root, log);
      slicing.afterSlice?.();
      await slicing.yieldToPage();
      if (slicing.cancelled?.()) return count;
      sliceStart = slicing.now();
    }
    // A block the page changed or removed while we yielded is left alone.
    if (nodes.every((n) => n.isConnected)) count += markBlock(nodes, p, log);
  }
  keep(root, log);
  slicing.afterSlice?.();
  return count;
}

/** Takes every mark away and puts the original text nodes back, as they were. */
export function removeHighlights(root: Element): void {
  for (const record of (records.get(root) ?? []).reverse()) {
    for (const node of record.added) node.parentNode?.removeChild(node);
    record.node.data = record.original;
  }
  records.delete(root);
}
