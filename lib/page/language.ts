/**
 * Whether a page is in English, the one language the engine reads: from the language the page
 * declares (`<html lang>`, BCP 47), and from its text, for pages that declare none or the wrong one.
 */

/**
 * The primary language subtag a page declares, lower-cased ("en" for "en-US"), or null where it
 * declares none. The tag is BCP 47 (RFC 5646), whose first subtag is the language.
 */
export function declaredLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary ? primary : null;
}

/**
 * Frequent English function words that are not also frequent words of French, Spanish, Italian,
 * Portuguese, German or Dutch ("a", "in", "an", "was", "will", "also" and "on" are, so they are left
 * out). In English prose they make up about a fifth of the words; in those languages almost none.
 */
const ENGLISH = new Set(
  'the of and to that for with from this which who would been have were their they said says it its by at be are not but his she had after about more than when there could should into over what has'.split(
    ' ',
  ),
);

/** Below this many words the text says too little about its language, and the page's tag decides. */
const MIN_WORDS = 40;
/** The share of English function words below which prose is not English (English news: 0.18 to 0.30). */
const MIN_ENGLISH_SHARE = 0.08;

/** What the text of a page says about its language. */
export type TextLanguage = 'english' | 'other' | 'too-short';

/**
 * Reads a page's text for its language: 'other' where most of its letters are not Latin (Japanese,
 * Arabic, Russian…) or too few of its words are English function words (French, German…).
 */
export function textLanguage(text: string): TextLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z\u00c0-\u024f]/g)?.length ?? 0;
  if (letters >= MIN_WORDS * 4 && latin < letters / 2) return 'other';
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f']+/g) ?? [];
  if (words.length < MIN_WORDS) return 'too-short';
  let english = 0;
  for (const word of words) if (ENGLISH.has(word)) english++;
  return english / words.length >= MIN_ENGLISH_SHARE ? 'english' : 'other';
}
