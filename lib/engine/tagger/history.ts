/**
 * The labels the tagger gave a word earlier in the same document, as features of its next
 * occurrence: once "Tomas Ferreira" is a person, "Ferreira" alone is very likely one too, and a
 * headline's "VELTRONA" is what the story's "Veltrona" was. This is the "extended prediction
 * history" of Ratinov and Roth (2009), read in document order, in training as at run time.
 */
import { NAME_TYPES, typeOfLabel } from './labels';
import type { TokenFacts } from './token-facts';

const OUTCOMES = [...NAME_TYPES, 'O'] as const;
type Outcome = (typeof OUTCOMES)[number];
const PLACES = ['mid', 'first', 'caps'] as const;

/** Every feature name the history gives, so training can reserve them before it has seen any. */
export const HISTORY_FEATURES: readonly string[] = OUTCOMES.flatMap((o) => [`h:${o}`, ...PLACES.map((p) => `hm:${o}|${p}`)]);

/** Whether a token is a word the history keeps: one with a capital, whose case may mislead. */
function remembered(facts: TokenFacts): boolean {
  return facts.short.startsWith('X');
}

/** Counts of what each capitalised word (by its lower-case form) was labelled so far in a document. */
export class LabelHistory {
  private readonly counts = new Map<string, Int32Array>();

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
      if (counts[k]! > 0) out.push(`h:${OUTCOMES[k]}`);
      if (counts[k]! > counts[best]!) best = k;
    }
    const place = facts.capsLine ? 'caps' : facts.first ? 'first' : 'mid';
    out.push(`hm:${OUTCOMES[best]}|${place}`);
  }

  /** Records the labels (label indices) given to tokens `from` … `to - 1`. */
  record(facts: readonly TokenFacts[], labels: ArrayLike<number>, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const f = facts[i]!;
      if (!remembered(f)) continue;
      let counts = this.counts.get(f.lower);
      if (!counts) this.counts.set(f.lower, (counts = new Int32Array(OUTCOMES.length)));
      const type: Outcome = typeOfLabel(labels[i - from]!) ?? 'O';
      counts[OUTCOMES.indexOf(type)]!++;
    }
  }
}
