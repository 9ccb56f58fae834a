/**
 * Alias scanning: once a name is known ("Enrique Pena Nieto", "WikiLeaks"), its shorter forms are
 * found wherever they stand ("Pena Nieto", "Mr Pena Nieto", "Kelly's"), even where the grammar
 * around them says nothing. Known names come from the same document first, then from the corpus
 * or the profile store.
 */
import { cityCountry } from './lexicon/cities';
import { countryOf, isSubnational } from './lexicon/countries';
import { ARABIC_ARTICLES, FUNCTION_WORDS } from './lexicon/grammar';
import { HONORIFICS } from './lexicon/honorifics';
import { fold } from './names';
import type { NameSpan, NameType } from './tagger/tag-names';
import type { TaggedText, Token } from './nlp';
import type { NameSighting } from './recognize';

/** A name form to look for, and what a match refers to. */
export interface AliasEntry<Target> {
  /** The folded words of the form: ["pena", "nieto"]. */
  words: string[];
  kind: 'person' | 'organization';
  target: Target;
}

export interface AliasMatch<Target> {
  sighting: NameSighting;
  target: Target;
}

/** An index of alias forms by their first word. */
export class AliasTable<Target> {
  private readonly byFirstWord = new Map<string, AliasEntry<Target>[]>();

  add(entry: AliasEntry<Target>): void {
    const first = entry.words[0];
    if (!first) return;
    const list = this.byFirstWord.get(first) ?? [];
    if (!list.some((e) => e.target === entry.target && e.words.join(' ') === entry.words.join(' '))) list.push(entry);
    this.byFirstWord.set(first, list);
  }

  candidates(word: string): AliasEntry<Target>[] {
    return this.byFirstWord.get(word) ?? [];
  }
}

function foldWord(t: Token): string {
  return fold(t.word).replace(/\.$/, '');
}

const TYPE_OF_KIND: Record<NameSighting['kind'], NameType> = { person: 'PER', organization: 'ORG' };

/** compromise's tags of the words of grammar: none of them is a name. */
const GRAMMAR_TAGS = ['Preposition', 'Pronoun', 'Determiner', 'Conjunction', 'QuestionWord', 'Copula', 'Auxiliary'];

/** The tagger's type of each token's name (PER, ORG, LOC, MISC), or null outside its spans. */
function tokenTypes(tagged: TaggedText, spans: readonly NameSpan[]): (NameType | null)[] {
  const types = new Array<NameType | null>(tagged.tokens.length).fill(null);
  for (const span of spans) for (let k = span.from; k < span.to; k++) types[k] = span.type;
  return types;
}

function claimedTokens(tagged: TaggedText, sightings: readonly NameSighting[]): boolean[] {
  const claimed = new Array<boolean>(tagged.tokens.length).fill(false);
  const spans = [...sightings].sort((a, b) => a.start - b.start);
  let s = 0;
  tagged.tokens.forEach((t, i) => {
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    for (let k = s; k < spans.length && spans[k]!.start < t.end + 1; k++) {
      if (spans[k]!.start <= t.start && t.start < spans[k]!.end) claimed[i] = true;
    }
  });
  return claimed;
}

/** Prepositions before a place. */
const LOCATIVES = new Set(['in', 'at', 'from', 'near', 'outside', 'into', 'across', 'around', 'toward', 'towards', 'to']);

/**
 * Whether the word at i is a place where it stands: a city or a word the tagger takes for a place,
 * after "in", "near", "outside", or before ", Texas" (a state or a country).
 */
export function placeHere(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!cityCountry(t.word) && !t.tags.has('Place') && !t.tags.has('City')) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = !!prev && prev.sentence === t.sentence && LOCATIVES.has(prev.lower);
  const stateAfter = t.post.trim() === ',' && !!next && next.sentence === t.sentence && (isSubnational(next.word) || countryOf(next.word) !== null);
  return after || stateAfter;
}

function continuesName(a: Token | undefined, b: Token | undefined): boolean {
  if (!a || !b || !a.capital || a.sentence !== b.sentence || a.possessive) return false;
  if (/[,;:()"“”!?—–]/.test(a.post) || (a.post.includes('.') && a.word.length > 1)) return false;
  return b.capital && /\p{L}/u.test(b.word) && !b.tags.has('Month') && !b.tags.has('WeekDay');
}

/**
 * Whether the tagger read the words of a match as another kind of name here: "New York" the city,
 * where a team of that name is known. (MISC does not count against a known name: "the G20 summit" is
 * still the G20.) A person's surname that the tagger reads as an organisation alone, where this story
 * has named the person in full before ("Jesper Parnevik … Parnevik, who is seeking"), is the person,
 * unless written in capitals; a name known only from other stories stays the tagger's ("Ford said").
 */
function typedAgainst<Target extends { names: readonly string[] }>(
  first: Token,
  types: readonly (NameType | null)[],
  entries: readonly AliasEntry<Target>[],
  lastSeen: (target: Target, before: number) => number,
): boolean {
  const kind = entries[0]!.kind;
  const against = types.filter((type) => type && type !== 'MISC' && type !== TYPE_OF_KIND[kind]);
  if (!against.length) return false;
  const surnameAsOrg =
    kind === 'person' &&
    types.length === 1 &&
    against.every((type) => type === 'ORG') &&
    /^\p{Lu}\p{Ll}/u.test(first.word) &&
    entries.some((e) => lastSeen(e.target, first.start) >= 0 && e.target.names.some((name) => name.trim().split(/\s+/).length >= 2));
  return !surnameAsOrg;
}

/**
 * The word a known name's first word would be at token i, and how many tokens past i it takes: a
 * capitalised word's own (skip 0), or Arabic's article and the name it is joined to by a hyphen, as
 * one word ("al-qaeda", skip 1). Null where no name can start.
 */
function firstWordAt(tokens: Token[], i: number, claimed: readonly boolean[]): { word: string; skip: number } | null {
  const t = tokens[i]!;
  if (t.capital) return { word: foldWord(t), skip: 0 };
  const name = t.post === '-' && ARABIC_ARTICLES.has(t.text) ? tokens[i + 1] : undefined;
  if (!name?.capital || name.sentence !== t.sentence || claimed[i + 1]) return null;
  return { word: `${t.lower}-${foldWord(name)}`, skip: 1 };
}

/** Of the entries one form fits, the one whose target was named most recently before `at`. */
function latestNamed<Target>(entries: readonly AliasEntry<Target>[], lastSeen: (target: Target, before: number) => number, at: number): AliasEntry<Target> {
  let chosen = entries[0]!;
  let latest = -Infinity;
  for (const entry of entries) {
    const seen = lastSeen(entry.target, at);
    if (seen > latest) {
      latest = seen;
      chosen = entry;
    }
  }
  return chosen;
}

/**
 * Finds the unclaimed places where a known name stands. Where one form fits several targets (two
 * people named Clinton), the one named most recently before it wins.
 */
export function scanAliases<Target extends { names: readonly string[] }>(
  tagged: TaggedText,
  sightings: readonly NameSighting[],
  table: AliasTable<Target>,
  lastSeen: (target: Target, before: number) => number = () => -1,
  spans: readonly NameSpan[] = [],
  rejects: (target: Target, at: number) => boolean = () => false,
): AliasMatch<Target>[] {
  const { tokens } = tagged;
  const claimed = claimedTokens(tagged, sightings);
  const typed = tokenTypes(tagged, spans);
  const matches: AliasMatch<Target>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = claimed[i] ? null : firstWordAt(tokens, i, claimed);
    if (!first) continue;
    const { skip } = first;
    const candidates = table.candidates(first.word);
    if (!candidates.length) continue;
    let best: { entry: AliasEntry<Target>; length: number }[] = [];
    for (const entry of candidates) {
      const n = entry.words.length;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const a = tokens[i + skip + k - 1];
        const b = tokens[i + skip + k];
        ok = !!b && !claimed[i + skip + k] && continuesName(a, b) && foldWord(b) === entry.words[k];
      }
      if (!ok) continue;
      if (!best.length || n > best[0]!.length) best = [{ entry, length: n }];
      else if (n === best[0]!.length) best.push({ entry, length: n });
    }
    if (!best.length) continue;
    const length = best[0]!.length + skip;
    const last = tokens[i + length - 1]!;
    // Part of a longer name that is not this one: "Kelly Clarkson", "Bill Clinton".
    const prev = tokens[i - 1];
    const honorific = prev && HONORIFICS.has(prev.lower) && continuesName(prev, t) && !claimed[i - 1] ? prev : undefined;
    if (!honorific && prev && continuesName(prev, t) && !prev.first && !claimed[i - 1]) continue;
    if (!honorific && prev && continuesName(prev, t) && prev.first && prev.tags.has('ProperNoun') && !prev.tags.has('Determiner')) continue;
    // A lone known word that runs on into another name is its title or part of it: "King" of "King Norodom Sihanouk".
    if (continuesName(last, tokens[i + length]) && (!claimed[i + length] || length === 1)) continue;
    // A word of grammar written with a capital is no known name: "In" of `" In four days`, where the
    // acronym "IN" is known; "Who", where the WHO is. An acronym is looked for in capitals.
    if (length === 1 && !/^\p{Lu}{2,}$/u.test(t.word) && (FUNCTION_WORDS.has(t.lower) || GRAMMAR_TAGS.some((tag) => t.tags.has(tag)))) continue;
    // "in Austin", "Austin, Texas": a known surname that the words around make a place here.
    if (length === 1 && placeHere(tokens, i)) continue;
    // A lone word at the start of a sentence may be capitalised by grammar alone: "May was the deadliest month".
    if (length === 1 && t.first && !honorific && !t.tags.has('ProperNoun') && !t.tags.has('Person') && !t.tags.has('Noun')) continue;
    if (
      typedAgainst(
        t,
        typed.slice(i, i + length),
        best.map((b) => b.entry),
        lastSeen,
      )
    )
      continue;
    const targets = best.map((b) => b.entry).filter((entry) => best[0]!.length > 1 || !rejects(entry.target, i));
    if (!targets.length) continue;
    const chosen = latestNamed(targets, lastSeen, t.start);
    matches.push({
      target: chosen.target,
      sighting: {
        kind: chosen.kind,
        name: tagged.text.slice(t.start, last.end),
        start: (honorific ?? t).start,
        end: last.end,
        sentence: t.sentence,
        byAlias: true,
      },
    });
    for (let k = i; k < i + length; k++) claimed[k] = true;
    i += length - 1;
  }
  return matches;
}

/**
 * The words a document uses for places: its dateline's ("AUSTIN, Texas") and any word it writes as
 * a place ("in Austin", "Austin, Texas"). A surname known from another story is not looked for
 * among them.
 */
export function placeWords(tagged: TaggedText, dateline: string | null): Set<string> {
  const words = new Set(
    (dateline ?? '')
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((w) => fold(w)),
  );
  tagged.tokens.forEach((t, i) => {
    if (t.capital && placeHere(tagged.tokens, i)) words.add(foldWord(t));
  });
  return words;
}
