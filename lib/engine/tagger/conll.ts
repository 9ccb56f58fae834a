/**
 * Reading CoNLL-2003 (Tjong Kim Sang and De Meulder, 2003) for training and scoring: its documents
 * as the text the project's scorer makes of them, and its labels carried onto the engine's own
 * compromise tokens, so the tagger learns on exactly the tokens it sees at run time.
 */
import type { TaggedText } from '../nlp';
import { iob1ToBio, LABEL_INDEX, typeOfLabel, type Label } from './labels';

/** One CoNLL token: the word and its IOB1 NER tag ("I-PER", "O"). */
export interface ConllToken {
  word: string;
  tag: string;
}

/** A CoNLL document (a story): its sentences, each a list of tokens. */
export interface ConllDocument {
  sentences: ConllToken[][];
}

/** Parses a CoNLL-2003 file (`WORD POS CHUNK NER` a line, `-DOCSTART-` between documents). */
export function parseConll(source: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let story: ConllDocument | null = null;
  let sentence: ConllToken[] = [];
  const flush = () => {
    if (sentence.length && story) story.sentences.push(sentence);
    sentence = [];
  };
  for (const line of source.split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      story = { sentences: [] };
      documents.push(story);
    } else if (!line.trim()) flush();
    else {
      if (!story) documents.push((story = { sentences: [] }));
      const columns = line.split(' ');
      sentence.push({ word: columns[0]!, tag: columns[columns.length - 1]! });
    }
  }
  flush();
  return documents.filter((d) => d.sentences.length > 0);
}

/**
 * Joins tokens into text as a newspaper prints it: the project's scorer's own rule
 * (`shared/tools/conll.mjs`, `detok`), copied so training reads the same text the engine is scored on.
 */
export function detokenize(words: readonly string[]): string {
  return words
    .join(' ')
    .replace(/ ([,.;:!?%)\]}])/g, '$1')
    .replace(/([(\[{$]) /g, '$1')
    .replace(/ '(s|re|ve|ll|d|m)\b/gi, "'$1")
    .replace(/ n't\b/g, "n't")
    .replace(/" (.*?) "/g, '"$1"');
}

/** A story as text, with where each CoNLL token stands in it and its BIO label index. */
export interface ConllText {
  /** The sentences detokenised and joined by newlines, as the scorer writes a story. */
  text: string;
  /** Character offsets of every token, in text order: `[start, end)`. */
  starts: number[];
  ends: number[];
  /** BIO label index of every token (see `LABELS`). */
  labels: number[];
}

/** Lays a CoNLL story out as text; detokenising only removes spaces, so each token is found in order. */
export function conllText(story: ConllDocument): ConllText {
  const lines = story.sentences.map((s) => detokenize(s.map((t) => t.word)));
  const text = lines.join('\n');
  const starts: number[] = [];
  const ends: number[] = [];
  const labels: number[] = [];
  let at = 0;
  for (const sentence of story.sentences) {
    labels.push(...iob1ToBio(sentence.map((t) => t.tag)));
    for (const { word } of sentence) {
      while (/\s/.test(text[at] ?? '')) at++;
      if (!text.startsWith(word, at)) throw new Error(`CoNLL token "${word}" not found at ${at}`);
      starts.push(at);
      ends.push(at + word.length);
      at += word.length;
    }
  }
  return { text, starts, ends, labels };
}

/**
 * The CoNLL labels carried onto compromise's tokens (label indices, one per token of `tagged`).
 * A compromise token takes the label of the CoNLL token covering its first character; where
 * compromise splits one CoNLL token in two, the second part continues the name (`I-`).
 */
export function projectLabels(tagged: TaggedText, gold: ConllText): number[] {
  const labels: number[] = [];
  let g = 0;
  let previousGold = -1;
  for (const token of tagged.tokens) {
    while (g + 1 < gold.starts.length && gold.starts[g + 1]! <= token.start) g++;
    const covers = gold.starts[g]! <= token.start && token.start < gold.ends[g]!;
    let label = covers ? gold.labels[g]! : 0;
    const type = typeOfLabel(label);
    if (type && g === previousGold) label = LABEL_INDEX.get(`I-${type}` as Label)!;
    labels.push(label);
    previousGold = covers ? g : -1;
  }
  return labels;
}
