/**
 * The labels the tagger gave a word elsewhere in the same document, as features of another
 * occurrence: once "Tomas Ferreira" is a person, "Ferreira" alone is very likely one too, and a
 * headline's "VELTRONA" is what the story's "Veltrona" was. The first pass reads the labels of the
 * lines before (`h:`, the "extended prediction history" of Ratinov and Roth, 2009); the second
 * reads the first pass's labels on every other line of the document (`g:`), so a headline learns
 * from the story under it.
 */
import { NAME_TYPES, typeOfLabel } from './labels';
import type { TokenFacts } from './token-facts';

const OUTCOMES = [...NAME_TYPES, 'O'] as const;
type Outcome = (typeof OUTCOMES)[number];
const PLACES = ['mid', 'first', 'caps'] as const;

/** Which history a feature comes from: `h` the lines before, `g` every other line. */
export type HistoryKind = 'h' | 'g';

/** Every feature name the histories give, so training can reserve them before it has seen any. */
export const HISTORY_FEATURES: readonly string[] = (['h', 'g'] as const).flatMap((kind) =>
  OUTCOMES.flatMap((o) => [`${kind}:${o}`, ...PLACES.map((p) => `${kind}m:${o}|${p}`)]),
);

/** Whether a token is a word the history keeps: one with a capital, whose case may mislead. */
function remembered(facts: TokenFacts): boolean {
  return facts.short.startsWith('X');
}

/** Counts of what each capitalised word (by its lower-case form) was labelled so far in a document. */
export class LabelHistory {
  private readonly counts = new Map<string, Int32Array>();

  constructor(private readonly kind: HistoryKind) {}

  /**
   * The history's features for a token: `h:PER` for each outcome the word had before, and
   * `hm:PER|first` for the commonest one with where the token stands (mid-sentence, sentence-first, headline).
   */
  features(facts: TokenFacts, out: string[]): void {
    if (!remembered(facts)) return;
    const counts = this.counts.get(facts.lower);
    if (!counts) return;
    let best = 0;
    for (let k = 0; k < OUTCOMES.length; k++) {
      if (counts[k]! > 0) out.push(`${this.kind}:${OUTCOMES[k]}`);
      if (counts[k]! > counts[best]!) best = k;
    }
    const place = facts.capsLine ? 'caps' : facts.first ? 'first' : 'mid';
    if (counts[best]! > 0) out.push(`${this.kind}m:${OUTCOMES[best]}|${place}`);
  }

  /** Records the labels given to tokens `from` … `to - 1` (`labels[0]` is token `from`'s label index). */
  record(facts: readonly TokenFacts[], labels: ArrayLike<number>, from: number, to: number): void {
    this.count(facts, labels, from, to, 1);
  }

  /** Takes back what {@link record} recorded of the same tokens and labels. */
  forget(facts: readonly TokenFacts[], labels: ArrayLike<number>, from: number, to: number): void {
    this.count(facts, labels, from, to, -1);
  }

  private count(facts: readonly TokenFacts[], labels: ArrayLike<number>, from: number, to: number, delta: number): void {
    for (let i = from; i < to; i++) {
      const f = facts[i]!;
      if (!remembered(f)) continue;
      let counts = this.counts.get(f.lower);
      if (!counts) this.counts.set(f.lower, (counts = new Int32Array(OUTCOMES.length)));
      const type: Outcome = typeOfLabel(labels[i - from]!) ?? 'O';
      counts[OUTCOMES.indexOf(type)]! += delta;
    }
  }
}
