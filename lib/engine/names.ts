/**
 * Name forms: folding accents and quotes, dropping possessives and honorifics, and deciding when two
 * written forms of a person's name can be the same person ("John F. Kelly" and "John Kelly").
 */
import { ARABIC_ARTICLES } from './lexicon/grammar';
import { honorificLength } from './lexicon/honorifics';

/** Folds accents, curly quotes and case: "Peña" and "Pena", "Mexico’s" and "Mexico's" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .toLowerCase();
}

/** Drops a trailing possessive: "Kelly's" → "Kelly", "Nations'" → "Nations". */
export function stripPossessive(word: string): string {
  return word.replace(/['’‘]s$/i, '').replace(/(?<=s)['’]$/i, '');
}

/**
 * The words already worked out for names seen before. Resolving a corpus compares every person with
 * every other, so one name is split thousands of times; at most `WORDS_CACHE_SIZE` names are kept.
 */
const wordsCache = new Map<string, readonly string[]>();
const WORDS_CACHE_SIZE = 50_000;

/** The words of a name, folded, without punctuation, possessive or a leading honorific or "the". */
export function nameWords(name: string): string[] {
  let words = wordsCache.get(name);
  if (!words) {
    if (wordsCache.size >= WORDS_CACHE_SIZE) wordsCache.clear();
    words = splitName(name);
    wordsCache.set(name, words);
  }
  return [...words];
}

function splitName(name: string): string[] {
  const words = fold(stripPossessive(name.trim()))
    .replace(/"[^"]*"/g, ' ')
    .replace(/[^a-z0-9'\- ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  words.splice(0, honorificLength(words));
  return words;
}

/** A key two spellings of one name share: accents, case, honorifics and punctuation ignored. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** Common short forms of first names, each mapped to the full form. */
const SHORT_FORMS: Record<string, string> = {
  bill: 'william',
  will: 'william',
  billy: 'william',
  liam: 'william',
  bob: 'robert',
  rob: 'robert',
  bobby: 'robert',
  jim: 'james',
  jimmy: 'james',
  jamie: 'james',
  mike: 'michael',
  mick: 'michael',
  tom: 'thomas',
  tommy: 'thomas',
  joe: 'joseph',
  joey: 'joseph',
  dick: 'richard',
  rick: 'richard',
  rich: 'richard',
  ted: 'edward',
  ed: 'edward',
  eddie: 'edward',
  ned: 'edward',
  tony: 'anthony',
  andy: 'andrew',
  drew: 'andrew',
  dan: 'daniel',
  danny: 'daniel',
  dave: 'david',
  steve: 'steven',
  stephen: 'steven',
  chris: 'christopher',
  matt: 'matthew',
  nick: 'nicholas',
  pat: 'patrick',
  pete: 'peter',
  sam: 'samuel',
  ben: 'benjamin',
  alex: 'alexander',
  al: 'albert',
  fred: 'frederick',
  greg: 'gregory',
  jeff: 'jeffrey',
  jon: 'jonathan',
  john: 'john',
  jack: 'john',
  ken: 'kenneth',
  larry: 'lawrence',
  len: 'leonard',
  ron: 'ronald',
  don: 'donald',
  doug: 'douglas',
  charlie: 'charles',
  chuck: 'charles',
  hank: 'henry',
  harry: 'henry',
  jerry: 'gerald',
  gerry: 'gerald',
  kate: 'katherine',
  katie: 'katherine',
  cathy: 'catherine',
  beth: 'elizabeth',
  liz: 'elizabeth',
  betty: 'elizabeth',
  sue: 'susan',
  jenny: 'jennifer',
  jen: 'jennifer',
  maggie: 'margaret',
  peggy: 'margaret',
  vicky: 'victoria',
  nancy: 'ann',
  pepe: 'jose',
  paco: 'francisco',
  pancho: 'francisco',
  lupe: 'guadalupe',
  memo: 'guillermo',
  nacho: 'ignacio',
  chucho: 'jesus',
  beto: 'alberto',
  quique: 'enrique',
  sasha: 'alexander',
  misha: 'mikhail',
  vlad: 'vladimir',
};

function fullFirstName(word: string): string {
  return SHORT_FORMS[word] ?? word;
}

function isInitial(word: string): boolean {
  return word.length === 1;
}

/** Two word forms agree when equal, one is the other's initial, or one is a short form of the other. */
function wordsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  return fullFirstName(a) === fullFirstName(b);
}

/**
 * Whether two full names can name the same person: they differ only in accents, an initial, a middle
 * name, a second surname or a short form of the first name ("Enrique Peña Nieto" / "Enrique Pena",
 * "Bill Barr" / "William P. Barr"). Both need a first name and a surname; a lone surname is resolved
 * elsewhere, within its document.
 */
export function sameFullName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length < 2 || y.length < 2) return false;
  if (!wordsAgree(x[0]!, y[0]!)) return false;
  // Middle initials written on both sides must agree: George W. Bush is not George H. W. Bush.
  const initialsX = x.slice(1).filter(isInitial).join('');
  const initialsY = y.slice(1).filter(isInitial).join('');
  if (initialsX && initialsY && initialsX !== initialsY) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // The shorter name's later words appear in the longer one in order; initials match whole words.
  let j = 1;
  let matched = 0;
  for (let i = 1; i < shorter.length; i++) {
    const w = shorter[i]!;
    while (j < longer.length && !wordsAgree(w, longer[j]!)) {
      if (!isInitial(longer[j]!) && isInitial(w)) break;
      j++;
    }
    if (j >= longer.length) return false;
    if (!isInitial(w)) matched++;
    j++;
  }
  // At least one surname (a full word after the first name) must be shared.
  return matched > 0;
}

/** Words that join the parts of a name and are never a name on their own. */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'bint',
  'ibn',
  'abu',
  'de',
  'del',
  'della',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'y',
]);

/** A surname and a given name in two syllables joined by a hyphen, the second in lower case: "Kim Jong-un". */
const KOREAN_ORDER = /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A name after Arabic's article and a hyphen ("al-Assad", "el-Sisi"), and the name alone. */
const ARABIC_ARTICLE = new RegExp(`^(?:${[...ARABIC_ARTICLES].join('|')})-([a-z]{3,})$`);

const ROMANCE_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di']);

/** The surname forms a full name may be shortened to: "Enrique Pena Nieto" → "pena nieto", "nieto". */
export function surnameForms(name: string): string[] {
  const words = nameWords(name).filter((w) => !isInitial(w));
  const forms: string[] = [];
  for (let i = 1; i < words.length; i++) forms.push(words.slice(i).join(' '));
  // "Miguel Angel Osorio Chong" is also "Osorio" in some copy: the first surname alone (never a
  // particle: "Al" of "Musaed bin Mohammed Al Aiban" is no one's name).
  // "Luiz Inacio Lula da Silva" is "Lula": the name before a Romance particle is one he goes by.
  for (let i = 1; i < words.length - 2; i++) if (ROMANCE_PARTICLES.has(words[i + 1]!) && !PARTICLES.has(words[i]!)) forms.push(words[i]!);
  const firstSurname = words[words.length - 2];
  // (Three words too: "Hernán Restrepo Gaviria" is "Restrepo"; a story rarely names someone else by
  // another's middle name.)
  if (words.length >= 3 && firstSurname && !PARTICLES.has(firstSurname) && firstSurname.length > 2) forms.push(firstSurname);
  // "Kim Jong-un" is "Kim", "Kang Young-hoon" is "Kang": a Korean given name, hyphenated with a lower-case
  // half, follows the surname ("Zeta-Jones", both halves capitalised, is a surname).
  if (words.length === 2 && KOREAN_ORDER.test(stripPossessive(name.trim()))) forms.push(words[0]!);
  // "Bashar al-Assad" is "Assad", "Abdel Fattah el-Sisi" is "Sisi": Arabic's article joined to a surname falls away.
  const bare = ARABIC_ARTICLE.exec(words.at(-1) ?? '');
  if (words.length >= 2 && bare) forms.push(bare[1]!);
  return forms.filter((form) => !PARTICLES.has(form));
}
