/**
 * Honorifics: the words of courtesy and rank written before a name in many languages ("Mr",
 * "Dr", "Sir", Malaysia's "Tun" and "Datuk Seri", the Gulf's "Sheikh", "His Excellency"). They are
 * kept out of both the name and the role: "Prime Minister Tun Dr Ali Omar" is Ali Omar, whose role
 * is Prime Minister. Words that are also common surnames or first names ("Tan", "Don", "Barr") are
 * listed only inside the phrases they open.
 */

/** One-word honorifics, folded to lower case without a full stop. */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sr', 'sra', 'srta', 'senor', 'señor', 'senora', 'señora', 'sir', 'dame', 'mme', 'mlle', 'm',
  'prof', 'rev', 'reverend', 'hon', 'honourable', 'honorable', 'eng', 'engr', 'lord', 'baroness', 'herr', 'frau', 'monsieur', 'madame', 'signor', 'signora', 'senhor', 'senhora',
  // Malaysia and Brunei
  'tun', 'datuk', 'dato', "dato'", 'datin', 'tunku', 'tengku', 'pehin',
  // The Arab world, Iran, South Asia
  'sheikh', 'sheik', 'shaikh', 'sheikha', 'sayyid', 'sayed', 'haji', 'hajji', 'hajjah', 'alhaji', 'alhaja', 'mallam', 'shri', 'smt', 'shrimati',
  'maulana', 'mullah', 'imam', 'rabbi', 'pastor', 'engr',
  // South Africa's and India's style for members of the bar ("Advocate Thuli Dube", "Adv. Ravi Nair").
  'advocate', 'adv',
]);

/** Honorifics of several words; the first word alone may be a name ("Tan" of "Tan Sri"). */
const HONORIFIC_PHRASES: readonly string[][] = [
  ['datuk', 'seri'], ['dato', 'seri'], ["dato'", 'seri'], ['dato', 'sri'], ["dato'", 'sri'], ['tan', 'sri'], ['puan', 'sri'], ['toh', 'puan'],
  ['his', 'excellency'], ['her', 'excellency'], ['his', 'majesty'], ['her', 'majesty'], ['his', 'highness'], ['her', 'highness'],
  ['his', 'royal', 'highness'], ['her', 'royal', 'highness'], ['his', 'holiness'], ['rt', 'hon'], ['right', 'honourable'], ['the', 'honourable'],
  ['the', 'hon'], ['the', 'rev'], ['the', 'reverend'], ['h.e'],
];

/** A word as honorifics compare it: lower case, without its full stop. */
function key(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/**
 * How many of `words` from i are honorifics, one after another: 2 for "Tun Dr Ali", 2 for "Datuk
 * Seri Anwar", 2 for "His Excellency Omar", 0 for "Tan Cheng Bock". At least one word is left for
 * the name.
 */
export function honorificLength(words: readonly string[], i = 0): number {
  let k = i;
  for (;;) {
    const phrase = HONORIFIC_PHRASES.filter((p) => p.every((w, n) => key(words[k + n] ?? '') === w)).sort((a, b) => b.length - a.length)[0];
    const n = phrase ? phrase.length : HONORIFICS.has(key(words[k] ?? '')) ? 1 : 0;
    if (!n || k + n >= words.length) return k - i;
    k += n;
  }
}
