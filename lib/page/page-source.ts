/**
 * The page written out for Readability, which runs in the background, away from the page's main
 * thread (as Firefox's Reader View runs it in a worker, on a serialised copy of the page). Only
 * what Readability reads is written: the head's title, metadata and JSON-LD, and the body's
 * elements with the attributes that steer its scoring, and their text. Scripts, styles, form
 * fields, SVG and embedded documents are left out.
 *
 * The body's text nodes are kept, in document order, with where each starts in the body's text
 * stream (the concatenation of the written text, in UTF-16 code units), so that what Readability
 * picks in the background maps back to the live nodes: `piecesOf(start, end)`.
 */
import { sliceClock, UNSLICED, type Slicing } from './slicing';

export interface PageSource {
  /** The page as lean HTML, for the background's reader. */
  html: string;
  /** The body's text nodes as written, in document order. */
  texts: Text[];
  /** Where each of `texts` starts in the text stream, in UTF-16 code units. */
  starts: number[];
  /** The length of the text stream, in UTF-16 code units. */
  length: number;
}

/** Elements written without their content: Readability counts them, but their insides are no story. */
const EMPTIED = new Set(['iframe', 'video', 'audio', 'object', 'canvas', 'picture']);
/** Elements left out altogether: code, styles, form fields, foreign content and our own card. */
const LEFT_OUT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'textarea',
  'input',
  'select',
  'button',
  'option',
  'datalist',
  'link',
  'meta',
  'base',
  'title',
  'dramatis-card',
]);
/** Void elements, as JSDOMParser knows them: written self-closed (`<br/>`), the only way it reads them. */
const VOID = new Set(['area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'wbr']);
/** The attributes Readability's scoring, visibility and byline checks read. */
const KEPT_ATTRIBUTES = new Set(['id', 'class', 'role', 'itemprop', 'itemtype', 'rel', 'hidden', 'aria-hidden', 'aria-modal', 'dir']);
/** How many nodes are written between two looks at the clock. */
const CLOCK_EVERY = 256;
/** A page that keeps changing while it is written is written at once after this many tries. */
const TRIES = 3;

const escapeText = (text: string) => (text.includes('&') || text.includes('<') ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : text);
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function attributesOf(element: Element): string {
  if (!element.hasAttributes()) return '';
  let out = '';
  for (const { name, value } of element.attributes) {
    if (KEPT_ATTRIBUTES.has(name)) out += ` ${name}="${escapeAttribute(value)}"`;
    // A link's target matters only as in-page or not (Readability weighs "#" links less).
    else if (name === 'href') out += value.startsWith('#') ? ' href="#"' : ' href="x"';
    else if (name === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value)) out += ' style="display:none"';
  }
  return out;
}

/** The head's part: title, meta tags and JSON-LD wherever they stand, and the page's language. */
function headOf(document: Document): string {
  let head = `<title>${escapeText(document.title)}</title>`;
  for (const meta of document.getElementsByTagName('meta')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content !== null) head += `<meta name="${escapeAttribute(key)}" content="${escapeAttribute(content)}"/>`;
  }
  for (const script of document.scripts)
    if (script.type === 'application/ld+json') head += `<script type="application/ld+json">${escapeText(script.text)}</script>`;
  return head;
}

/**
 * Writes the body, depth first, in slices. Returns null where the page changed between two slices
 * (the caller starts again), as the stream offsets would no longer hold.
 */
async function writeBody(body: HTMLElement, slicing: Slicing, changed: () => boolean): Promise<(Omit<PageSource, 'html'> & { body: string }) | null> {
  const out: string[] = [];
  const texts: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  let visited = 0;
  const clock = sliceClock(slicing);
  // The closing tags still owed, one per open element below the body.
  const open: string[] = [];
  let node: Node | null = body.firstChild;
  let parent: Node = body;
  while (node || open.length) {
    if (!node) {
      out.push(open.pop()!);
      node = parent.nextSibling;
      parent = parent.parentNode!;
      continue;
    }
    if (++visited % CLOCK_EVERY === 0 && clock.due()) {
      if (!(await clock.pause())) return null;
      if (changed()) return null;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      texts.push(node as Text);
      starts.push(offset);
      offset += data.length;
      out.push(escapeText(data));
    } else if (node.nodeType === 1) {
      const element = node as Element;
      const tag = element.localName;
      if (!LEFT_OUT.has(tag) && element.namespaceURI === 'http://www.w3.org/1999/xhtml') {
        if (VOID.has(tag)) out.push(`<${tag}${attributesOf(element)}/>`);
        else {
          out.push(`<${tag}${attributesOf(element)}>`);
          if (EMPTIED.has(tag) || !element.firstChild) out.push(`</${tag}>`);
          else {
            open.push(`</${tag}>`);
            parent = element;
            node = element.firstChild;
            continue;
          }
        }
      }
    }
    node = node.nextSibling;
  }
  return { body: out.join(''), texts, starts, length: offset };
}

/**
 * Writes the page out for the background's reader, in slices that yield to the page. A page that
 * changes between two slices is written again (three times at most, then at once).
 *
 * @returns the page source, or null where the page has no body or the work was cancelled.
 */
export async function writePageSource(document: Document, slicing: Slicing = UNSLICED): Promise<PageSource | null> {
  const body = document.body;
  if (!body) return null;
  const observer = new MutationObserver(() => undefined);
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  const changed = () => observer.takeRecords().length > 0;
  try {
    for (let attempt = 1; attempt <= TRIES + 1; attempt++) {
      const written = await writeBody(body, attempt > TRIES ? UNSLICED : slicing, changed);
      if (slicing.cancelled?.()) return null;
      if (!written) continue;
      const lang = document.documentElement.getAttribute('lang');
      const html = `<html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}><head>${headOf(document)}</head><body${attributesOf(body)}>${written.body}</body></html>`;
      return { html, texts: written.texts, starts: written.starts, length: written.length };
    }
    return null;
  } finally {
    observer.disconnect();
  }
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
