/**
 * Scoring the tagger on CoNLL-2003 documents: precision, recall and F1 per entity type, by token, by
 * exact span, and by the mention strings the project's scorer (`shared/tools/conll.mjs`) compares.
 */
import type { TaggedText } from '../nlp';
import type { ConllText } from './conll';
import { NAME_TYPES, spansOfLabels, typeOfLabel, type NameType } from './labels';

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (0–1) of counts. */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The scorer's normal form of a mention: accents, case, a possessive and punctuation ignored (conll.mjs `norm`). */
export function normalMention(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const emptyCounts = () => Object.fromEntries(NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<NameType, Counts>;

/** Adds the matches of two multisets of keys ("PER:…") to counts by type. */
function compare(gold: string[], predicted: string[], counts: Record<NameType, Counts>): void {
  const left = new Map<string, number>();
  for (const key of gold) left.set(key, (left.get(key) ?? 0) + 1);
  for (const key of predicted) {
    const type = key.slice(0, key.indexOf(':')) as NameType;
    const n = left.get(key) ?? 0;
    if (n > 0) {
      counts[type].tp++;
      left.set(key, n - 1);
    } else counts[type].fp++;
  }
  for (const [key, n] of left) counts[key.slice(0, key.indexOf(':')) as NameType].fn += n;
}

/** Counts over many documents, by token, by span (start and normalised text) and by mention string per document. */
export class Scoreboard {
  /** Tokens whose type (the label without B-/I-) is right. */
  readonly token = emptyCounts();
  /** Names found with the right type, start and words (punctuation and a possessive ignored, as the scorer does). */
  readonly span = emptyCounts();
  /** Name strings found with the right type in the right document, counted as the project's scorer counts them. */
  readonly mention = emptyCounts();

  /** Scores one document: `predicted` and `projected` are label indices of `tagged`'s tokens, `gold` the CoNLL truth. */
  add(tagged: TaggedText, predicted: ArrayLike<number>, projected: ArrayLike<number>, gold: ConllText): void {
    for (let i = 0; i < projected.length; i++) {
      const g = typeOfLabel(projected[i]!);
      const p = typeOfLabel(predicted[i]!);
      if (g && g === p) this.token[g].tp++;
      else {
        if (g) this.token[g].fn++;
        if (p) this.token[p].fp++;
      }
    }
    const { text } = gold;
    const goldSpans = spansOfLabels(gold.labels).map((s) => ({ type: s.type, start: gold.starts[s.from]!, end: gold.ends[s.to - 1]! }));
    const tokens = tagged.tokens;
    const predictedSpans = spansOfLabels(predicted).map((s) => ({ type: s.type, start: tokens[s.from]!.start, end: tokens[s.to - 1]!.end }));
    const spanKey = (s: { type: NameType; start: number; end: number }) => `${s.type}:${s.start}:${normalMention(text.slice(s.start, s.end))}`;
    compare(goldSpans.map(spanKey), predictedSpans.map(spanKey), this.span);
    const mentionKey = (s: { type: NameType; start: number; end: number }) => `${s.type}:${normalMention(text.slice(s.start, s.end))}`;
    compare(goldSpans.map(mentionKey), predictedSpans.map(mentionKey), this.mention);
  }

  /** A table of P/R/F1 per type for tokens, spans and mentions, with the micro average over the four types. */
  report(): string {
    const lines = ['            type   P      R      F1'];
    for (const [name, counts] of [
      ['token', this.token],
      ['span', this.span],
      ['mention', this.mention],
    ] as const) {
      const all: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const type of NAME_TYPES) {
        const c = counts[type];
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn += c.fn;
        lines.push(row(name, type, c));
      }
      lines.push(row(name, 'all', all));
    }
    return lines.join('\n');
  }
}

function row(name: string, type: string, c: Counts): string {
  const { p, r, f1 } = prf(c);
  return `${name.padEnd(8)}    ${type.padEnd(5)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`;
}
