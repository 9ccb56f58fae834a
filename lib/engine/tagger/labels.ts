/**
 * The tagger's label set: BIO (IOB2) tags over the four CoNLL-2003 entity types (Tjong Kim Sang and
 * De Meulder, 2003), and the conversions between per-token labels and spans of tokens.
 */

/** The entity types of CoNLL-2003: people, organisations, locations, and other names (events, demonyms, works). */
export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** The four types, in the order of the labels. */
export const NAME_TYPES: readonly NameType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A BIO label: outside any name, or the first (`B-`) or a following (`I-`) token of a name of one type. */
export type Label = 'O' | `B-${NameType}` | `I-${NameType}`;

/** Every label, in the order of the model's weight vectors: label index 0 is `O`. */
export const LABELS: readonly Label[] = ['O', ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`] as Label[])];

/** The index of each label in {@link LABELS}. */
export const LABEL_INDEX: ReadonlyMap<Label, number> = new Map(LABELS.map((label, i) => [label, i]));

/** The type a label index names, or null for `O`. */
export function typeOfLabel(label: number): NameType | null {
  return label === 0 ? null : NAME_TYPES[(label - 1) >> 1]!;
}

/** Whether a label index begins a name (`B-`). */
export function isBegin(label: number): boolean {
  return label > 0 && (label - 1) % 2 === 0;
}

/**
 * Whether label `to` may follow label `from` in BIO: an `I-X` only continues a `B-X` or an `I-X`.
 * `from` is -1 at the start of a sequence.
 */
export function allowedTransition(from: number, to: number): boolean {
  if (to === 0 || isBegin(to)) return true;
  return from > 0 && typeOfLabel(from) === typeOfLabel(to);
}

/** A run of tokens labelled as one name: tokens `from` up to `to - 1` (token indices, `to` exclusive). */
export interface TokenSpan {
  type: NameType;
  from: number;
  to: number;
}

/**
 * The names a sequence of label indices marks, in order. An `I-X` that does not continue an `X`
 * starts a name of its own, so a sequence that breaks the BIO constraint still reads sensibly.
 */
export function spansOfLabels(labels: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const type = typeOfLabel(label);
    if (open && (type !== open.type || isBegin(label))) {
      open.to = i;
      spans.push(open);
      open = null;
    }
    if (type && !open) open = { type, from: i, to: i + 1 };
  }
  if (open) {
    open.to = labels.length;
    spans.push(open);
  }
  return spans;
}

/**
 * CoNLL-2003's IOB1 tags ("I-PER", and "B-PER" only where two names of one type touch) as BIO
 * label indices: a name's first token becomes `B-`.
 */
export function iob1ToBio(tags: readonly string[]): number[] {
  let previous = 'O';
  return tags.map((tag) => {
    const [prefix, type] = tag === 'O' ? ['O', ''] : (tag.split('-') as [string, string]);
    const previousType = previous === 'O' ? '' : previous.slice(2);
    previous = tag;
    if (prefix === 'O') return 0;
    const begins = prefix === 'B' || previousType !== type;
    return LABEL_INDEX.get(`${begins ? 'B' : 'I'}-${type}` as Label) ?? 0;
  });
}
