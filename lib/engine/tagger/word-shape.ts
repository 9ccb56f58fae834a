/**
 * Word shapes: the pattern of capitals, small letters, digits and punctuation in a word, a cue to
 * names that holds for words never seen in training ("Veltrona" is `Xx`, "NATO" is `X`, "G-7" is `X-d`).
 */

/** The class of one character: `X` capital, `x` small letter, `d` digit, or the character itself. */
function charClass(ch: string): string {
  if (ch >= '0' && ch <= '9') return 'd';
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return ch;
  return ch === upper ? 'X' : 'x';
}

/**
 * The long shape of a word: each character's class, runs longer than four cut to four
 * ("Lisbon" → `Xxxxx`, "1996-08-22" → `dddd-dd-dd`, "U.S." → `X.X.`).
 */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const cls = charClass(ch);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 4) shape += cls;
  }
  return shape;
}

/**
 * The short shape of a word: each run of one class written once ("Lisbon" → `Xx`, "McDonald" →
 * `XxXx`, "1996-08-22" → `d-d-d`).
 */
export function shortShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const cls = charClass(ch);
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** Whether a word has letters and all of them are capitals ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/**
 * Whether a sentence is set in capitals, as a headline is: at least two words of two letters or more
 * in capitals, and they make three fifths of its lettered words. Its capitals then say little about names.
 */
export function isCapsLine(words: readonly string[]): boolean {
  let caps = 0;
  let lettered = 0;
  for (const word of words) {
    if (word.toLowerCase() === word.toUpperCase()) continue;
    lettered++;
    if (word.length >= 2 && isAllCaps(word)) caps++;
  }
  return caps >= 2 && caps * 5 >= lettered * 3;
}
