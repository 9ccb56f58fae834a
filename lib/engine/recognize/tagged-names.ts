/**
 * Joins the grammar's sightings to the trained tagger's name spans (`../tagger`). The tagger decides
 * where names begin and end and whether they are people, organisations, places or neither; the grammar
 * keeps what it reads well: office titles, roles, appositions, datelines and the names the lexicon
 * knows. A sighting the tagger does not back is kept only on such evidence; a span the grammar did not
 * reach is read by the grammar's stages over the span alone, so a lower-case title before it or an
 * apposition after it still gives its role.
 */
import { countryOf } from '../lexicon/countries';
import { FUNCTION_WORDS } from '../lexicon/grammar';
import { OFFICE_HEADS } from '../lexicon/offices';
import { INSTITUTIONS, NEWS_AGENCIES, NOT_ORG_ACRONYMS, ORG_SUFFIXES } from '../lexicon/organizations';
import { STATE_ABBREVIATIONS } from '../lexicon/places';
import { fold } from '../names';
import type { TaggedText, Token } from '../nlp';
import type { NameSpan, NameType } from '../tagger/tag-names';
import { readChunk } from './read-chunk';
import type { GrammarReading } from './index';
import { person, type NameSighting } from './sightings';
import { spanText } from './words';

/** The tagger's type for each kind of sighting. */
const TYPE_OF: Record<NameSighting['kind'], NameType> = { person: 'PER', organization: 'ORG' };

/** Whether the grammar's own evidence for a sighting stands without the tagger: an office, a defined acronym, a known name. */
function grammarEvidence(s: NameSighting): boolean {
  if (s.role || s.acronymOf || s.qualifier || s.nickname) return true;
  const name = fold(s.name);
  return s.kind === 'organization' && (NEWS_AGENCIES.has(name) || INSTITUTIONS.has(name));
}

/**
 * Spans the grammar knows are no name of their type: country names and demonyms alone ("U.S.-Mexico",
 * "American"), words that are no organisation ("AI", "TV"), and a "person" holding a preposition, an
 * organisation's last word or an office ("Without Borders", "Wilson Center").
 */
function notAName(tagged: TaggedText, span: NameSpan): boolean {
  const words = spanText(tagged.text, tagged.tokens, span.from, span.to)
    .split(/[\s\-–/]+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/, ''));
  const place = (w: string) => countryOf(w) !== null || STATE_ABBREVIATIONS.has(w.replace(/\./g, '').toLowerCase());
  if (words.every((w) => place(w) || NOT_ORG_ACRONYMS.has(w.toLowerCase()))) return true;
  // "By Staff", "By Jane Roe": a byline names the article's author, who is no mention of it.
  if (words[0] === 'By' || words[0] === 'BY') return true;
  // A party and a state in brackets, "(D-N.Y.)", "(R-La.)": a lawmaker's affiliation.
  if (/^[DRI]$/.test(words[0]!) && words.length >= 2 && words.slice(1).every(place)) return true;
  if (span.type !== 'PER') return false;
  return words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || ORG_SUFFIXES.has(w.toLowerCase()) || OFFICE_HEADS.has(w.toLowerCase()));
}

/**
 * A span as names stand: split after a possessive ("Alphabet's Google" is Alphabet and Google), and
 * without an office head at its end ("Labour MPs" is Labour, whose MPs they are).
 */
function trimmed(tagged: TaggedText, span: NameSpan): NameSpan[] {
  const { tokens } = tagged;
  const parts: NameSpan[] = [];
  let from = span.from;
  for (let k = span.from; k < span.to; k++) {
    if (!tokens[k]!.possessive || k === span.to - 1) continue;
    parts.push({ ...span, from, to: k + 1, start: tokens[from]!.start, end: tokens[k]!.end });
    from = k + 1;
  }
  let to = span.to;
  const head = (t: Token) => OFFICE_HEADS.has(t.lower) || OFFICE_HEADS.has(t.lower.replace(/s$/, ''));
  while (to - 1 > from && tokens[to - 1]!.capital && head(tokens[to - 1]!)) to--;
  parts.push({ ...span, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  return parts;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A sighting over the span alone, of the span's type: the tagger's name where the grammar gave none. */
function spanSighting(tagged: TaggedText, span: NameSpan): NameSighting {
  const chunk = { from: span.from, to: span.to };
  if (span.type === 'PER') return person(tagged, chunk, span.from);
  return {
    kind: 'organization',
    name: spanText(tagged.text, tagged.tokens, span.from, span.to).replace(/^the\s+/i, ''),
    start: span.start,
    end: span.end,
    sentence: tagged.tokens[span.from]!.sentence,
  };
}

/**
 * What the grammar reads over a span the tagger found and the grammar's chunks did not: its stages'
 * sightings of the span's type (a person with the office a lower-case title gives), else the span as
 * a plain name of its type.
 */
function readSpan(tagged: TaggedText, span: NameSpan): NameSighting[] {
  const read = readChunk(tagged, { from: span.from, to: span.to }).filter((s) => TYPE_OF[s.kind] === span.type && overlaps(s, span));
  return read.length ? read : [spanSighting(tagged, span)];
}

/**
 * The sightings of a text: the grammar's where the tagger backs them (a span of the same type over
 * them) or the grammar's evidence stands alone, then every PER and ORG span nothing covers yet. A
 * sighting over a place (LOC) or a MISC span is dropped unless it states an office. Sorted by start.
 */
export function joinTaggedNames(tagged: TaggedText, grammar: GrammarReading, spans: readonly NameSpan[]): NameSighting[] {
  const names = spans.flatMap((s) => (s.type === 'PER' || s.type === 'ORG' ? trimmed(tagged, s) : [])).filter((s) => !notAName(tagged, s));
  const decided = (x: { start: number; end: number }) => grammar.decided.some((d) => overlaps(d, x));
  const kept = grammar.sightings.filter((s) => {
    if (grammarEvidence(s) || decided(s)) return true;
    return names.some((span) => span.type === TYPE_OF[s.kind] && overlaps(span, s));
  });
  for (const span of names) {
    // The grammar decided this phrase: "U.S. Homeland Security" of "U.S. Homeland Security Secretary John Kelly" is a title.
    if (decided(span) || kept.some((s) => overlaps(s, span))) continue;
    kept.push(...readSpan(tagged, span));
  }
  return kept.sort((a, b) => a.start - b.start);
}
