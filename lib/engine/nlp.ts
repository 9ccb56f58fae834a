/**
 * The one place compromise is called. It tags the text once, with a plugin that teaches it the news
 * agencies and institutions of the lexicon, and hands the rest of the engine plain tokens with
 * offsets into the text, so every later stage is a cheap pass over an array.
 *
 * The engine reads only compromise's tags and offsets, so it loads `compromise/two`, the tagger build
 * (tokenizer, lexicon, pre- and post-tagger), and not the default build, which adds the phrase
 * methods of `compromise/three` (chunks, nouns, verbs, numbers, people): their plugins cost time to
 * load on every service-worker start, and the chunker runs on every text, while the tags are the same
 * (compromise's README, "compromise/two"; `tests/lib/engine/nlp.test.ts` compares them).
 */
import nlp from 'compromise/two';
import { INSTITUTIONS, NEWS_AGENCIES } from './lexicon/organizations';
import { stripPossessive } from './names';

const organizations: Record<string, string> = {};
for (const form of [...NEWS_AGENCIES.keys(), ...INSTITUTIONS]) organizations[form] = 'Organization';
nlp.plugin({ words: organizations });

export interface Token {
  /** The word as written, a possessive included ("Kelly's"). */
  text: string;
  /** The word without its possessive ("Kelly"). */
  word: string;
  /** The word folded to lower case, without its possessive. */
  lower: string;
  start: number;
  /** End of the word without its possessive: where a highlight stops. */
  end: number;
  /** Punctuation and spaces before and after, as compromise split them off. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
  possessive: boolean;
  /** Starts with a capital letter. */
  capital: boolean;
  /** The first word of its sentence, capitalised for that reason alone perhaps. */
  first: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Its tokens are tokens[from] up to tokens[to - 1]. */
  from: number;
  to: number;
}

export interface TaggedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

interface TermJson {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface SentenceJson {
  terms: TermJson[];
  offset: { start: number; length: number };
}

/** What `nlp.tokenize` computes already (compromise's src/nlp.js). */
const TOKENIZING = new Set(['alias', 'normal', 'machine', 'contractions']);
/**
 * The steps compromise runs on a text (`nlp.hooks()`), except the post-tagger: its lexicon and
 * pre-tagger give every word its tags, and the post-tagger's few hundred match patterns, which
 * correct them in context, took two thirds of compromise's time (26 of 37 ms on an 800-word
 * article, Node 20), while the engine's own tagger reads the context itself.
 */
const TAGGING = nlp.hooks().filter((hook) => hook !== 'postTagger' && !TOKENIZING.has(hook));

interface Pattern {
  match: string;
  tag?: string;
}
const NAME_TAGS = /Person|LastName|FirstName|Organization|Place|Honorific|Country|Region/;
/** The post-tagger's patterns that tag names, copied: `buildNet` parses the patterns it is given in place. */
const NAMES_NET = nlp.buildNet(structuredClone((nlp.model() as { two: { matches: Pattern[] } }).two.matches.filter((p) => NAME_TAGS.test(String(p.tag)))));

/** Tags a text with compromise's lexicon and pre-tagger and returns its tokens and sentences. */
export function tagText(text: string): TaggedText {
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  doc.sweep(NAMES_NET);
  const json = doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const sentence of json) {
    const from = tokens.length;
    sentence.terms.forEach((term, i) => {
      if (!term.text) return;
      const word = stripPossessive(term.text);
      tokens.push({
        text: term.text,
        word,
        lower: word.toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + word.length,
        pre: term.pre,
        post: term.post,
        tags: new Set(term.tags),
        sentence: sentences.length,
        possessive: word.length !== term.text.length,
        capital: /^\p{Lu}/u.test(word),
        first: i === 0,
      });
    });
    // The sentence takes in the quotes and brackets around its first and last words.
    const first = tokens[from];
    const last = tokens[tokens.length - 1];
    const start = first ? first.start - first.pre.trimStart().length : sentence.offset.start;
    const end = last && tokens.length > from ? last.start + last.text.length + last.post.trimEnd().length : sentence.offset.start + sentence.offset.length;
    sentences.push({ start, end, from, to: tokens.length });
  }
  nounsAfterDeterminers(tokens);
  firstAfterDatelines(tokens);
  return { text, tokens, sentences };
}

/**
 * The first word after a dateline's dash opens the story's first sentence, which compromise reads as
 * one with the dateline: "BRASILIA, May 14 (Reuters) - A Brazilian Supreme Court justice …",
 * "DODOWA — The Ministry of Health …". It is marked `first`, as capitalised for that reason alone
 * perhaps ("A" is no part of a name).
 */
function firstAfterDatelines(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    const before = tokens[i - 1];
    if (!before || before.sentence !== token.sentence || !/^\)?\s+[-–—]\s+$/.test(before.post)) return;
    if (before.post.startsWith(')') || /^\p{Lu}{2,}$/u.test(before.word)) token.first = true;
  });
}

/** A verb's bare forms, which its lexicon gives words that are nouns too ("police", "march", "vote"). */
const BARE_VERB = ['PresentTense', 'Infinitive'];
/** Verbs that are never nouns. */
const ONLY_VERBS = ['Modal', 'Auxiliary', 'Copula', 'PastTense', 'Gerund', 'Participle'];

/**
 * A bare verb form after a determiner or a possessive, with only adjectives between, is a noun:
 * "the province's police chief", "her march", "the financial police". Compromise's lexicon knows
 * such words as verbs, and its post-tagger, which the engine does not run, would correct them from
 * the same context (its patterns "#Possessive #PresentTense", "(the|this|a|an) [#Infinitive]"); the
 * grammar reads a title's or a body's words as nouns, so this one correction is made here.
 */
function nounsAfterDeterminers(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (!BARE_VERB.some((tag) => token.tags.has(tag)) || ONLY_VERBS.some((tag) => token.tags.has(tag))) return;
    let j = i - 1;
    while (j >= 0 && tokens[j]!.sentence === token.sentence && tokens[j]!.tags.has('Adjective') && !tokens[j]!.post.trim()) j--;
    const before = tokens[j];
    if (!before || before.sentence !== token.sentence || before.post.trim()) return;
    if (before.tags.has('Determiner') || before.possessive || before.tags.has('Possessive')) token.tags = new Set(['Noun']);
  });
}
