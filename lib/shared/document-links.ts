/** A mention to open a document at: its offsets in the cleaned text, and its sentence. */
export interface MentionAt {
  start: number;
  end: number;
  sentence: string;
}

/** The words of a text fragment, percent-encoded as the Text Fragments spec asks ("-", "," and "&" too). */
const fragmentWords = (words: string[]) => encodeURIComponent(words.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * A text fragment that scrolls a page to a sentence and highlights it: `#:~:text=<first words>,<last
 * words>` (https://wicg.github.io/scroll-to-text-fragment/). Chromium and Firefox 131+ follow it; a
 * browser that doesn't, or a page whose text differs, simply opens at the top.
 */
export function sentenceFragment(sentence: string): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  if (words.length <= 8) return `#:~:text=${fragmentWords(words)}`;
  return `#:~:text=${fragmentWords(words.slice(0, 4))},${fragmentWords(words.slice(-4))}`;
}

/**
 * Where a stored document opens: its own URL (at the mention's sentence, where a mention is given),
 * or, for an article of the built-in corpus or an imported file, the reader page.
 *
 * @param readerUrl the reader page's address for a document, and the mention to scroll to and highlight
 */
export function documentHref(documentId: string, path: string, readerUrl: (documentId: string, mention?: MentionAt) => string, mention?: MentionAt): string {
  if (/^https?:\/\//.test(path)) return mention ? `${path}${sentenceFragment(mention.sentence)}` : path;
  return readerUrl(documentId, mention);
}

/** The reader page's fragment for a document and a mention in it: "#<id>@<start>-<end>". */
export function readerFragment(documentId: string, mention?: Pick<MentionAt, 'start' | 'end'>): string {
  return `#${encodeURIComponent(documentId)}${mention ? `@${mention.start}-${mention.end}` : ''}`;
}

/** Reads the reader page's fragment back: the document, and the mention's offsets if any. */
export function parseReaderFragment(hash: string): { documentId: string; mention: { start: number; end: number } | null } {
  const match = /^#?([^@]*)(?:@(\d+)-(\d+))?$/.exec(hash);
  if (!match) return { documentId: decodeURIComponent(hash.replace(/^#/, '')), mention: null };
  return { documentId: decodeURIComponent(match[1]!), mention: match[2] ? { start: Number(match[2]), end: Number(match[3]) } : null };
}

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|smid|cmpid|ocid|taid|_ga)$/i;

/**
 * The address an article is saved under: without its fragment and the tracking parameters sharing
 * links adds, so the same story opened from two links updates one document.
 */
export function articleAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.toString().replace(/\?$/, '');
}
