/**
 * Joins the grammar's sightings to the trained tagger's name spans (`../tagger`). The tagger decides
 * where names begin and end and whether they are people, organisations, places or neither; the grammar
 * keeps what it reads well: office titles, roles, appositions, datelines and the names the lexicon
 * knows. A sighting the tagger does not back is kept only on such evidence; a span the grammar did not
 * reach is read by the grammar's stages over the span alone, so a lower-case title before it or an
 * apposition after it still gives its role.
 */
import { countryOf, isSubnational } from '../lexicon/countries';
import { ARABIC_ARTICLES, CLERGY_RANKS, PARTY_MEMBERS } from '../lexicon/grammar';
import { cityCountry } from '../lexicon/cities';
import { OFFICE_HEADS, PORTFOLIO_WORDS } from '../lexicon/offices';
import { COMPANY_TRADES, CORPORATE_SUFFIXES, GOVERNMENT_BODIES, INSTITUTIONS, NEWS_AGENCIES, NOT_ORG_ACRONYMS, ORG_NAME_ENDS } from '../lexicon/organizations';
import { fold, nameKey } from '../names';
import type { TaggedText, Token } from '../nlp';
import type { NameSpan, NameType } from '../tagger/tag-names';
import { startOfInitials } from './acronyms';
import { GENERATIONAL, notAName, vesselNamed } from './not-names';
import { readChunk } from './read-chunk';
import { singularHead } from './title-words';
import type { GrammarReading } from './index';
import { afterArticle, person, type NameSighting } from './sightings';
import { abbreviated, joined, listedAfterComma, spanText, tradeBeforeName } from './words';
import { bodyOfTitle, coordinatedTopicEnd, listBreak, mendedSpan } from './span-edges';

/** The tagger's type for each kind of sighting. */
const TYPE_OF: Record<NameSighting['kind'], NameType> = { person: 'PER', organization: 'ORG' };

/** Whether the grammar's own evidence for a sighting stands without the tagger: an office, a defined acronym, a known name. */
function grammarEvidence(s: NameSighting): boolean {
  if (s.role || s.acronymOf || s.qualifier || s.nickname) return true;
  const name = fold(s.name);
  return s.kind === 'organization' && (NEWS_AGENCIES.has(name) || INSTITUTIONS.has(name));
}

/** An organisation's head word standing last in a span: "Forum", "Fund", "Group". */
function endsInOrgHead(tokens: Token[], span: NameSpan): boolean {
  const last = tokens[span.to - 1]!;
  return last.capital && ORG_NAME_ENDS.has(last.lower);
}

/**
 * A span that ends in an organisation's head, widened over the capitalised words coordinated before it:
 * "the Silk and Salt Forum", "the Small Farmers and Traders Union" are one name each, an organisation
 * whatever type the tagger gave its last part. A span with nothing coordinated before it is unchanged.
 */
function widened(tagged: TaggedText, span: NameSpan, spans: readonly NameSpan[]): NameSpan {
  const { tokens } = tagged;
  if (!endsInOrgHead(tokens, span)) return span;
  let from = span.from;
  const sentence = tokens[span.from]!.sentence;
  const capitalBefore = (k: number) => k >= 1 && tokens[k - 1]!.capital && tokens[k - 1]!.sentence === sentence;
  // "Amnesty International and Human Rights Watch" are two: a word before "and" that ends a name of its own stops it.
  const endsName = (k: number) => ORG_NAME_ENDS.has(tokens[k]!.lower) || spans.some((s) => s.to === k + 1 && s.to - s.from >= 2);
  while (capitalBefore(from - 1) && tokens[from - 1]!.lower === 'and' && !endsName(from - 2)) {
    let start = from - 2;
    // The rest of the coordinated words, written together: "Silk" of "Silk and", "Small Farmers" of "Small Farmers and".
    while (capitalBefore(start) && /^\s+$/.test(tokens[start - 1]!.post)) start -= 1;
    // "TVN24, TVP Info and Polsat News": after a comma and a name, a list of names, each its own.
    if (listedAfterComma(tokens, start)) break;
    from = start;
  }
  return from === span.from ? span : { ...span, type: 'ORG', from, start: tokens[from]!.start };
}

/** Adjectives of a creed or a cause that news writes before an organisation's name: "the Islamist Muslim Brotherhood". */
const CREED_ADJECTIVES = new Set(['islamist', 'jihadist']);

/** Punctuation between two words that no person's name holds: a comma, a bracket, a semicolon, a colon. */
const NAME_BREAK = /[,;:()[\]]/;

/**
 * Whether the words `from`..`owner` of an organisation's span are whose government body follows:
 * "Biden's Commerce Department", "Texas's Department of Public Safety", "Lindqvist's Justice
 * Ministry". A leader or a place owns a ministry, not a company, so the owner is no organisation
 * (and the span alone does not say which of the two it is). An acronym may be a body that owns
 * another ("the UN's Security Council"): it stays.
 */
function ownsGovernmentBody(tokens: readonly Token[], span: NameSpan, from: number, owner: number): boolean {
  if (span.type !== 'ORG') return false;
  // The body's head: its last word, or the word before its "of" ("Department of Public Safety").
  const body = tokens.slice(owner + 1, span.to);
  const of = body.findIndex((t) => t.lower === 'of');
  const head = of > 0 ? body[of - 1]! : body.at(-1)!;
  if (!GOVERNMENT_BODIES.has(head.lower)) return false;
  return !tokens.slice(from, owner + 1).some((t) => /^\p{Lu}{2,}$/u.test(t.word));
}

/**
 * Whether an organisation's span is the place a rank of the clergy after it serves, as written before
 * a name: "Boston" of "Boston Archbishop Sean Malley", "Lisbon" of "Lisbon Cardinal Emil Kessander".
 * A see is a place, no organisation.
 */
function seeOfRank(tagged: TaggedText, span: NameSpan): boolean {
  if (span.type !== 'ORG') return false;
  const { tokens } = tagged;
  // The rank after the span, or the span's own last word ("Lisbon Cardinal", as the tagger may read it).
  const inside = span.to - span.from >= 2 && CLERGY_RANKS.has(tokens[span.to - 1]!.lower);
  const placeTo = inside ? span.to - 1 : span.to;
  const [rank, name] = [tokens[placeTo], tokens[placeTo + 1]];
  if (!rank?.capital || !CLERGY_RANKS.has(rank.lower) || !name?.capital || rank.sentence !== name.sentence) return false;
  const place = spanText(tagged.text, tokens, span.from, placeTo);
  return cityCountry(place) !== null || countryOf(place) !== null || isSubnational(place);
}

/**
 * A span as names stand: split after a possessive ("Alphabet's Google" is Alphabet and Google), and
 * without an office head at its end ("Labour MPs" is Labour, whose MPs they are).
 */
function trimmed(tagged: TaggedText, span: NameSpan): NameSpan[] {
  const { tokens } = tagged;
  // A name never runs across a sentence's end: "… against Ivars Kalnins. Kalnins, a former …" is two
  // (an initial's or an abbreviation's full stop ends none: "A. Dale", which compromise may split).
  const ends = (t: Token, next: Token) => t.sentence !== next.sentence && !abbreviated(t);
  const next = tokens.slice(span.from + 1, span.to).findIndex((t, i) => ends(tokens[span.from + i]!, t)) + span.from + 1;
  if (next > span.from)
    return [...trimmed(tagged, { ...span, to: next, end: tokens[next - 1]!.end }), ...trimmed(tagged, { ...span, from: next, start: tokens[next]!.start })];
  if (seeOfRank(tagged, span)) return [];
  const parts: NameSpan[] = [];
  let from = span.from;
  if (span.type === 'PER') {
    // "Irwin, McAteer", "(Lindsay) Davenport", "Saddam (Hussein": no person's name holds a comma or a
    // bracket, so a span across one is two names, or a name and an aside (a suffix after a comma,
    // "King, Jr.", is left out of both).
    for (let k = span.from; k + 1 < span.to; k++) {
      if (!NAME_BREAK.test(tokens[k]!.post) && !NAME_BREAK.test(tokens[k + 1]!.pre)) continue;
      parts.push(...trimmed(tagged, { ...span, from, to: k + 1, start: tokens[from]!.start, end: tokens[k]!.end }));
      from = k + 1;
    }
    if (from > span.from) {
      const rest = tokens.slice(from, span.to);
      if (rest.every((t) => GENERATIONAL.test(t.word))) return parts;
      return [...parts, ...trimmed(tagged, { ...span, from, start: tokens[from]!.start })];
    }
  }
  // "Kanal Nord, Radio Vesta Info", "…, TVP Info and Polsat News": a list of organisations, each its own.
  const split = span.type === 'ORG' ? listBreak(tokens, span) : null;
  if (split) {
    const [left, right] = [
      { ...span, to: split.leftTo, end: tokens[split.leftTo - 1]!.end },
      { ...span, from: split.rightFrom, start: tokens[split.rightFrom]!.start },
    ];
    return [...trimmed(tagged, left), ...trimmed(tagged, right)];
  }
  // "Kellner's Foods Inc." is one name (see possessiveCompany).
  const company = possessiveCompany(tagged, span) !== null;
  for (let k = span.from; k < span.to && !company; k++) {
    // "Alphabet's Google" is two names; "the People's Mountain Front" and "the Women's League" are one.
    if (!tokens[k]!.possessive || k === span.to - 1 || (tokens[k]!.tags.has('Plural') && !/^\p{Lu}+$/u.test(tokens[k]!.word))) continue;
    // "the FGR's Special Prosecutor's Office": an office named for its holder stays whole (see possessiveCompany).
    if (tokens[k + 1]!.lower === 'office' && OFFICE_HEADS.has(tokens[k]!.lower)) continue;
    if (!ownsGovernmentBody(tokens, span, from, k)) parts.push({ ...span, from, to: k + 1, start: tokens[from]!.start, end: tokens[k]!.end });
    from = k + 1;
  }
  // "Rival Pellar Systems", "Chipmaker Corvana": a trade that opens the sentence is no part of the name after it.
  if (from === span.from && span.to - from >= 2 && tradeBeforeName(tokens, from)) from++;
  // "Egypt's Islamist Muslim Brotherhood": a creed's adjective describes the organisation, no part of its name.
  if (span.type === 'ORG' && span.to - from >= 3 && CREED_ADJECTIVES.has(tokens[from]!.lower)) from++;
  // "Democrat Walter Mondale": a party's member before a person's name is no part of it.
  if (span.type === 'PER' && from === span.from && span.to - from >= 3 && PARTY_MEMBERS.has(tokens[from]!.lower)) from++;
  let to = span.to;
  const head = (t: Token) => OFFICE_HEADS.has(t.lower) || singularHead(t.lower) !== null;
  // "AMD Polaris GPU", "PlayStation VR": a part or a format after a company's name is no part of it.
  const part = (t: Token) => span.type === 'ORG' && NOT_ORG_ACRONYMS.has(t.lower);
  // A person's name may end in a word that is also an office ("Martin Luther King", "Tom Bishop"):
  // only a plural office ends a person's span as no part of it ("Labour MPs").
  const office = (t: Token) => t.capital && head(t) && (span.type !== 'PER' || t.tags.has('Plural'));
  while (to - 1 > from && (office(tokens[to - 1]!) || part(tokens[to - 1]!))) to--;
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
  const from = afterArticle(tagged.tokens, span.from, span.to);
  return {
    kind: 'organization',
    name: spanText(tagged.text, tagged.tokens, from, span.to),
    start: tagged.tokens[from]!.start,
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
 * An organisation the grammar read and the tagger read wider, as one name over both: the grammar's
 * "Traders group" and the tagger's "Farmers and Traders" are "Farmers and Traders group"; and one the
 * grammar cut before "and" where a second subject of its head follows (`coordinatedTopicEnd`).
 */
function joinedOrganization(tagged: TaggedText, s: NameSighting, names: readonly NameSpan[], all: readonly NameSighting[]): NameSighting {
  if (s.kind !== 'organization' || s.acronymOf || s.role) return s;
  const { tokens } = tagged;
  const first = tokens.findIndex((t) => t.start >= s.start);
  const lastOf = tokens.findLastIndex((t) => t.end <= s.end);
  const topicEnd = coordinatedTopicEnd(tokens, first, lastOf);
  // (Never a person: "the Ministry of Defence and Tomas Rell disagreed".)
  const restEnd = topicEnd > 0 && !all.some((o) => o.kind !== 'organization' && o.start > s.end && o.start < tokens[topicEnd - 1]!.end) ? topicEnd : -1;
  const span = names.find((n) => n.type === 'ORG' && overlaps(n, s) && (n.start < s.start || n.end > s.end));
  if (!span && restEnd < 0) return s;
  // A span over two of the grammar's names is two names: "Amnesty International and Human Rights Watch";
  // unless the second is the rest of the first's subject.
  const rest = (o: NameSighting) => restEnd > 0 && o.start > s.end && o.end <= tokens[restEnd - 1]!.end;
  if (span && all.some((o) => o !== s && overlaps(o, span) && !rest(o))) return s;
  let from = Math.min(span?.from ?? first, first);
  // A country before the name is no part of it: "U.S. Supreme Court" is the Supreme Court the grammar read;
  // nor is an article the tagger took in: "The Reserve Bank said".
  while (tokens[from]!.start < s.start && (countryOf(tokens[from]!.word) !== null || tokens[from]!.lower === 'the')) from++;
  const to = Math.max(span?.to ?? 0, lastOf + 1, restEnd);
  // A name joined on after "and" is another: "the Democratic National Committee and Planned Parenthood";
  // but a name the grammar cut after a portfolio is continued by the next one: "Organisation for
  // Security" of "the Organisation for Security and Cooperation in Europe".
  const cutAtPortfolio = PORTFOLIO_WORDS.has(tokens[lastOf]!.lower) && !ORG_NAME_ENDS.has(tokens[lastOf]!.lower);
  if (!cutAtPortfolio && restEnd < to && tokens.slice(lastOf + 1, to).some((t) => t.lower === 'and')) return s;
  // One name is written without a break: "(Reuters) - Tesla" is two; a hyphen inside a word is none ("François-Xavier").
  // (The commas of a list of subjects are no break: "Committee on Budget, Finance and Investment Promotion".)
  const listComma = (k: number) => restEnd > 0 && k >= lastOf && k < restEnd - 1 && /^,\s+$/.test(tokens[k]!.post);
  if (tokens.slice(from, to - 1).some((t, i) => !/^\s+$/.test(t.post) && t.post !== '-' && !listComma(from + i))) return s;
  const name = spanText(tagged.text, tokens, from, to).replace(/^the\s+/i, '');
  return { ...s, name, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/**
 * An organisation whose initials in brackets after it give a longer name than the grammar read, as
 * that name: "National Defense Force" of "Ethiopian National Defense Force (ENDF)", "Coordination of
 * Humanitarian Affairs" of "UN Office for the Coordination of Humanitarian Affairs (OCHA)".
 * The acronym's own sighting then names it (`acronymOf`).
 */
function namedByInitials(tagged: TaggedText, s: NameSighting, all: NameSighting[]): NameSighting {
  const acronym = all.find((o) => o.acronymOf === s.name && o.start > s.end);
  if (s.kind !== 'organization' || s.acronymOf || !acronym) return s;
  const { tokens } = tagged;
  const to = tokens.findLastIndex((t) => t.end <= s.end) + 1;
  let from = startOfInitials(tokens, to, acronym.name);
  if (from < 0 || tokens[from]!.start >= s.start) return s;
  // "UN Office" of "UN Office for the Coordination of …": a name the new start cuts into is part of it.
  const cut = all.find((o) => o.kind === 'organization' && o.start < tokens[from]!.start && o.end > tokens[from]!.start);
  if (cut) from = tokens.findIndex((t) => t.start >= cut.start);
  // (A person's name is no part of it.)
  if (all.some((o) => o.kind !== 'organization' && o.start >= tokens[from]!.start && o.start < s.start)) return s;
  const name = spanText(tagged.text, tokens, from, to);
  acronym.acronymOf = name;
  return { ...s, name, start: tokens[from]!.start };
}

/**
 * Whether a span is the portfolio or the place of an office an official of its sentence is given:
 * "Mines" of "The Minister of Energy and Mines, Rosa Quispe, resigned", "Fiji" of "Fiji Gov.
 * Ann Lee". A body the title names ("Bank Negara Malaysia governor") is an organisation of its own.
 */
function inStatedTitle(tagged: TaggedText, span: NameSpan, sightings: readonly NameSighting[]): boolean {
  const tokens = tagged.tokens.slice(span.from, span.to);
  const portfolioOrPlace =
    tokens.every((t) => PORTFOLIO_WORDS.has(t.lower)) || countryOf(tokens.map((t) => t.word).join(' ')) !== null || tokens.every((t) => isSubnational(t.word));
  if (!portfolioOrPlace) return false;
  const words = ` ${spanText(tagged.text, tagged.tokens, span.from, span.to)} `;
  return sightings.some((s) => s.role && s.sentence === tokens[0]!.sentence && ` ${s.role.title} `.includes(words));
}

/**
 * A company whose name opens with a possessive, as one name: "Kellner's Foods Inc." is not "Kellner"
 * and "Foods Inc"; nor is an office named for its holder: "the Attorney General's Office". The
 * tagger's organisation span, written without a break, runs from a possessive word to a company's
 * last word (`CORPORATE_SUFFIXES`, `COMPANY_TRADES`), or from an office's title to "Office" and its remit; the
 * grammar's names inside it give way to it. Any other possessive before a name is its owner
 * ("Mexico's Foreign Ministry", "Alphabet's Google").
 */
function possessiveCompany(tagged: TaggedText, span: NameSpan): NameSighting | null {
  const { tokens } = tagged;
  const from = afterArticle(tokens, span.from, span.to);
  const [first, last] = [tokens[from]!, tokens[span.to - 1]!];
  const owner = tokens.slice(from, span.to - 1).findIndex((t) => t.possessive) + from;
  if (span.type !== 'ORG' || span.to - from < 2 || owner < from) return null;
  if (!tokens.slice(from, span.to - 1).every((t) => /^\s+$/.test(t.post))) return null;
  // An office named for its holder: "the Attorney General's Office", "the Ombudsman's Office", with
  // its remit after it: "the Special Prosecutor's Office for Public Contracts".
  const atOffice = owner + 1 < span.to && tokens[owner + 1]!.lower === 'office' && OFFICE_HEADS.has(tokens[owner]!.lower);
  const remit = (k: number) =>
    /^(for|of|on)$/.test(tokens[k]!.lower) && k + 1 < span.to && tokens.slice(k + 1, span.to).every((t) => t.capital || /^(and|the|of)$/.test(t.lower));
  const office = atOffice && (owner + 2 === span.to || remit(owner + 2));
  if (!office && !tokens.slice(from, span.to).every((t) => t.capital)) return null;
  // A company: "Kellner's Foods Inc.", its owner's name first.
  const company = owner === from && (CORPORATE_SUFFIXES.has(last.lower) || COMPANY_TRADES.has(last.lower));
  if (!(company || office) || countryOf(first.word) !== null || isSubnational(first.word)) return null;
  return { kind: 'organization', name: spanText(tagged.text, tokens, from, span.to), start: first.start, end: last.end, sentence: first.sentence };
}

/**
 * The sightings of a text: the grammar's where the tagger backs them (a span of the same type over
 * them) or the grammar's evidence stands alone, then every PER and ORG span nothing covers yet. A
 * sighting over a place (LOC) or a MISC span is dropped unless it states an office. Sorted by start.
 */
export function joinTaggedNames(tagged: TaggedText, grammar: GrammarReading, spans: readonly NameSpan[]): NameSighting[] {
  // A name the story gives a vessel once ("the aircraft carrier Carl Vinson") is the vessel's throughout ("The Carl Vinson leads …").
  const keyOf = (x: { start: number; end: number }) => nameKey(tagged.text.slice(x.start, x.end).replace(/^the\s+/i, ''));
  const vessels = new Set(spans.filter((s) => vesselNamed(tagged.tokens, s.from)).map(keyOf));
  const names = spans
    .map((s) => mendedSpan(tagged, s))
    .map((s) => widened(tagged, s, spans))
    .flatMap((s) => (s.type === 'PER' || s.type === 'ORG' ? trimmed(tagged, s) : []))
    .filter((s) => !notAName(tagged, s) && !vessels.has(keyOf(s)));
  const companies = names.map((span) => possessiveCompany(tagged, span)).filter((c): c is NameSighting => c !== null);
  const decided = (x: { start: number; end: number }) => grammar.decided.some((d) => overlaps(d, x));
  const kept = grammar.sightings
    .filter((s) => !companies.some((c) => overlaps(c, s)) && !vessels.has(keyOf(s)))
    .filter((s) => {
      if (grammarEvidence(s) || decided(s)) return true;
      return names.some((span) => span.type === TYPE_OF[s.kind] && overlaps(span, s));
    })
    .map((s, _, all) => joinedOrganization(tagged, s, names, all))
    .map((s, _, all) => namedByInitials(tagged, s, all))
    .filter((s, _, all) => !all.some((o) => o !== s && o.kind === 'organization' && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
  kept.push(...companies);
  for (const whole of names) {
    const span = afterKeptName(tagged, whole, kept) ?? whole;
    // The grammar decided this phrase: "U.S. Homeland Security" of "U.S. Homeland Security Secretary John Kelly" is a title.
    if (decided(span) || kept.some((s) => overlaps(s, span)) || inStatedTitle(tagged, span, kept)) continue;
    kept.push(...readSpan(tagged, span));
  }
  // A title's body may be a name already kept: it is kept once.
  const seen = new Set<string>();
  const first = (s: NameSighting | null): s is NameSighting => {
    const key = s && `${s.kind}:${s.start}:${s.end}`;
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return kept
    .map((s) => bodyOfTitle(tagged, s))
    .filter(first)
    .map((s) => withArabicArticle(tagged, s))
    .sort((a, b) => a.start - b.start);
}

/**
 * A name that opens right after Arabic's article and a hyphen, with the article: the "Qaeda" of
 * "al-Qaeda militants" is "al-Qaeda". The article is no name of its own, so the grammar's capitalised
 * words leave it out.
 */
function withArabicArticle(tagged: TaggedText, s: NameSighting): NameSighting {
  // (Only a name right after a hyphen is looked up among the tokens: most are not.)
  if (tagged.text[s.start - 1] !== '-') return s;
  const { tokens } = tagged;
  const first = tokens.findIndex((t) => t.start === s.start);
  const article = tokens[first - 1];
  if (!article || article.sentence !== tokens[first]!.sentence || article.post !== '-' || !ARABIC_ARTICLES.has(article.text)) return s;
  return { ...s, name: `${tagged.text.slice(article.start, s.start)}${s.name}`, start: article.start };
}

/**
 * The rest of an organisation span after "and", where the span begins with a name already kept and
 * ends in another: "Planned Parenthood" of the tagger's "Democratic National Committee and Planned
 * Parenthood", whose first name the grammar read and whose second it would otherwise lose. Null for
 * any other span.
 */
function afterKeptName(tagged: TaggedText, span: NameSpan, kept: readonly NameSighting[]): NameSpan | null {
  if (span.type !== 'ORG') return null;
  const { tokens } = tagged;
  const first = kept.find((s) => s.kind === 'organization' && s.start === tokens[afterArticle(tokens, span.from, span.to)]!.start && s.end < span.end);
  if (!first) return null;
  let and = span.from;
  while (and < span.to && !(tokens[and]!.start >= first.end && tokens[and]!.lower === 'and')) and++;
  if (and + 1 >= span.to || tokens.slice(span.from, and).some((t) => t.end > first.end)) return null;
  if (!tokens.slice(and + 1, span.to).every((t) => t.capital)) return null;
  return { ...span, from: and + 1, start: tokens[and + 1]!.start };
}
