/**
 * What the tagger knows of each token before it looks at its neighbours: its shapes, the
 * compromise tags worth a feature, its kinds in the lexicons, and where it stands (first in its
 * sentence, in a headline set in capitals). Computed once a token, so each feature is a lookup.
 */
import type { TaggedText, Token } from '../nlp';
import { phraseFeatures, wordKinds } from './lexicon-features';
import { isCapsLine, shortShape, wordShape } from './word-shape';

/** The compromise tags the tagger reads, of the token itself (compromise's name and part-of-speech guesses). */
const KEPT_TAGS = new Set([
  'ProperNoun',
  'Person',
  'FirstName',
  'LastName',
  'MaleName',
  'FemaleName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Address',
  'Organization',
  'SportsTeam',
  'Acronym',
  'Demonym',
  'Abbreviation',
  'Date',
  'Month',
  'WeekDay',
  'Year',
  'Value',
  'Money',
  'Unit',
  'Noun',
  'Plural',
  'Uncountable',
  'Actor',
  'Verb',
  'PastTense',
  'Gerund',
  'Adjective',
  'Adverb',
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Hyphenated',
  'Possessive',
  'Expression',
  'QuestionWord',
]);

/** The tags that say what kind of name compromise took a token for, read on the neighbours too. */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'Date'];

/** One token as the feature extractor sees it. */
export interface TokenFacts {
  word: string;
  lower: string;
  /** Long and short word shapes ("Xxxxx", "Xx"). */
  shape: string;
  short: string;
  /** A coarse part of speech from compromise's tags: `NNP`, `N`, `V`, `P`, `D`, `J`, `CD`, … */
  pos: string;
  /** Compromise tags worth a feature, and the name tags among them. */
  tags: string[];
  nameTags: string[];
  /** Lexicon kinds of the word ("office", "demonym") and the lexicon phrase it is part of ("country:B"). */
  kinds: string[];
  phrase: string | null;
  /** First token of its sentence; its line set in capitals. */
  first: boolean;
  capsLine: boolean;
  /** The punctuation between the previous token of the line and this one (`_` none, `^` start of line): ",", "(", "\"". */
  sep: string;
}

/** A line of text: tokens `from` … `to - 1`, with no line break between them. The tagger decodes a line at a time. */
export interface Line {
  from: number;
  to: number;
}

/**
 * The lines of a tagged text. A name never spans a line break, while compromise's sentences may
 * cut one ("(A. Dale 69" ends a sentence at "A."), so lines, not sentences, are the unit of decoding.
 */
export function textLines(tagged: TaggedText): Line[] {
  const lines: Line[] = [];
  const { tokens } = tagged;
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i - 1]!.post + tokens[i]!.pre).includes('\n')) continue;
    if (i > from) lines.push({ from, to: i });
    from = i;
  }
  return lines;
}

function separator(previous: Token | undefined, token: Token): string {
  if (!previous) return '^';
  const between = (previous.post + token.pre).replace(/\s+/g, '');
  return between ? between.slice(0, 2) : '_';
}

function coarsePos(tags: ReadonlySet<string>): string {
  if (tags.has('Value')) return 'CD';
  if (tags.has('Date')) return 'DT';
  if (tags.has('ProperNoun')) return 'NNP';
  if (tags.has('Pronoun')) return 'PR';
  if (tags.has('Verb')) return 'V';
  if (tags.has('Noun')) return 'N';
  if (tags.has('Adjective')) return 'J';
  if (tags.has('Preposition')) return 'P';
  if (tags.has('Determiner')) return 'D';
  if (tags.has('Conjunction')) return 'C';
  if (tags.has('Adverb')) return 'R';
  return 'O';
}

function factsOf(token: Token, previous: Token | undefined, capsLine: boolean): TokenFacts {
  const tags = [...token.tags].filter((t) => KEPT_TAGS.has(t));
  // Compromise keeps a line break inside a symbol's word ("=\n"); a feature name never holds whitespace.
  const word = token.word.replace(/\s+/g, '');
  return {
    word,
    lower: word.toLowerCase(),
    shape: wordShape(word),
    short: shortShape(word),
    pos: coarsePos(token.tags),
    tags,
    nameTags: NAME_TAGS.filter((t) => token.tags.has(t)),
    kinds: wordKinds(word.toLowerCase(), word),
    phrase: null,
    first: token.first,
    capsLine,
    sep: separator(previous, token),
  };
}

/** The facts of every token of a tagged text, in token order, and the text's lines. */
export function tokenFacts(tagged: TaggedText): TokenFacts[] {
  const facts: TokenFacts[] = [];
  for (const line of textLines(tagged)) {
    const tokens = tagged.tokens.slice(line.from, line.to);
    const capsLine = isCapsLine(tokens.map((t) => t.word));
    tokens.forEach((token, k) => facts.push(factsOf(token, tokens[k - 1], capsLine)));
  }
  const phrases = phraseFeatures(
    facts.map((f) => f.lower),
    tagged.tokens.map((t) => t.first),
  );
  phrases.forEach((mark, i) => (facts[i]!.phrase = mark));
  return facts;
}
