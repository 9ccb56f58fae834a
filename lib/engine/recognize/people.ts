/**
 * Reads people: a descriptor or an honorific before a name ("Professor Jane Goodall", "Mr Kelly"),
 * and a name whose role the words around it state: an apposition, a title after a comma or "as", a
 * lower-case title before it, or "of the prosecutor's office".
 */
import { bodyOf } from '../lexicon/bodies';
import { cityCountry } from '../lexicon/cities';
import { countryOf } from '../lexicon/countries';
import { SAY_VERBS } from '../lexicon/grammar';
import {
  GOVERNMENT_OWNERS,
  GOVERNMENT_PORTFOLIOS,
  HEADS_NEEDING_PORTFOLIO,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  PRIVATE_PRACTICE_TITLES,
} from '../lexicon/offices';
import { PRIVATE_BODY_ENDS } from '../lexicon/organizations';
import { COMPASS } from '../lexicon/places';
import { fold } from '../names';
import type { Token } from '../nlp';
import { isAcronym } from './acronyms';
import { appositionAfter, appositionRole, bodyOfficeBefore, pastPositionMarker, titleAfterComma, titleBefore } from './appositions';
import { seatAfter } from './memberships';
import { privateBodyName } from './private-bodies';
import { portfolioWordOpens } from './span-edges';
import { areaAfter, lowercaseBodyAfter, officeAfter, originAfter } from './office-after';
import { titleAfterVerb } from './predicates';
import { publicBodyAfter } from './public-bodies';
import { person, type StatedRole, type Reading, type Verdict } from './sightings';
import { lowercaseTitleBefore } from './lowercase-titles';
import { honorificsAt } from './title-words';
import { BREAKING_POST, isPlaceWord, looksLikePersonName, spanText } from './words';

/**
 * A capitalised descriptor before a name: "Professor Jane Goodall", "Coach Erik ten Hag", "Apple CEO
 * Tim Cook" (a person holding no office the text names); or an honorific: "Mr Kelly", "Mrs. Clinton".
 */
export function readDescribedPerson(r: Reading): Verdict {
  const { tokens, text } = r.tagged;
  const { chunk, from, to } = r;
  for (let k = from; k < to - 1; k++) {
    const word = tokens[k]!;
    if (!PERSON_DESCRIPTORS.has(word.lower) || OFFICE_HEADS.has(word.lower) || !looksLikePersonName(tokens, k + 1, to)) continue;
    if (k > from && !isAcronym(word.word) && !tokens.slice(from, k).every((t) => t.capital)) break;
    if (to - (k + 1) < 2 && !tokens[k + 1]!.tags.has('Person')) break;
    return [person(r.tagged, chunk, k + 1, { private: true })];
  }
  // "Dr Ali", "Sir Ian Pole", "Sheikh Khalid Hamad, the Qatari ambassador": honorifics vouch for a
  // name, which is then read as any other ("permanent secretary Sir Ian Pole").
  const honorifics = honorificsAt(tokens, from, to);
  if (honorifics && looksLikePersonName(tokens, from + honorifics, to)) {
    const [sighting] = readPerson({ ...r, from: from + honorifics }, true);
    if (!sighting) return null;
    return [{ ...sighting, start: tokens[from]!.start, honorific: spanText(text, tokens, from, from + honorifics) }];
  }
  return null;
}

/** Owners of `GOVERNMENT_OWNERS` that a company or a trade union may be as well. */
const SHARED_OWNERS = new Set(['bank', 'fund', 'union', 'office', 'force', 'forces']);

/**
 * "Rafael Grossi, the head of the International Atomic Energy Agency": an apposition with an office
 * head gives a role where the head needs none or a public body completes it; a descriptor gives none.
 */
function roleByApposition(r: Reading, apposition: { head: string; from: number; to: number }): StatedRole | null {
  const { tokens } = r.tagged;
  // "president and CEO of Covenant Health": a company's officer too.
  // ("president and chief executive of Northwest Coast Pipelines": the officer's title in two words.)
  const [second, third] = [tokens[apposition.to + 1]?.lower ?? '', tokens[apposition.to + 2]?.lower ?? ''];
  const officer =
    tokens[apposition.to]?.lower === 'and' && (COMPANY_OFFICERS.has(second) || (second === 'chief' && /^(executive|operating|financial)$/.test(third)));
  if (!OFFICE_HEADS.has(apposition.head) || officer || privateBodyAfter(tokens, apposition.to)) return null;
  // "…, head of the International Atomic Energy Agency", "…, the director of the agency's competition bureau".
  // ("…, chief administrator of Dawro zone,", "…, the mayor of Lamego,": the area an office serves.)
  const bodyEnd = Math.max(
    publicBodyAfter(tokens, apposition.to),
    lowercaseBodyAfter(tokens, apposition.to),
    areaAfter(tokens, apposition.to, apposition.head),
  );
  if (bodyEnd > 0) return appositionRole(r.tagged, { from: apposition.from, to: bodyEnd });
  const role = appositionRole(r.tagged, apposition);
  // "the EU's competition commissioner", "the province's police chief": a country's or a public
  // body's, or a government word, makes an office of a head that needs one.
  // (A leader is a country's only with no word between: "Argentina's leader", not "the U.S. black leader".)
  const words = tokens.slice(apposition.from, apposition.to);
  if (words.length >= 2 && PRIVATE_PRACTICE_TITLES.has(`${words.at(-2)!.lower} ${words.at(-1)!.lower}`)) return null;
  const countrys = role.country !== null && (apposition.head !== 'leader' || role.title.toLowerCase() === 'leader');
  // ("the ministry's deputy director", "the commission's deputy chief commissioner": a public owner's;
  // not a bank's, a fund's, a union's or an office's, which a firm or a trade union may be.)
  const publicOwner = words.some((t) => t.possessive && !t.capital && GOVERNMENT_OWNERS.has(t.lower) && !SHARED_OWNERS.has(t.lower));
  const government = countrys || publicOwner || words.some((t) => GOVERNMENT_PORTFOLIOS.has(t.lower));
  // "a PSD deputy", "a Social Democratic deputy from Prahova": a party's name before "deputy" makes it
  // a seat in a legislature, as Europe's and Latin America's papers use the word.
  const seat = apposition.head === 'deputy' && apposition.to - 2 >= apposition.from && tokens[apposition.to - 2]!.capital;
  return HEADS_NEEDING_PORTFOLIO.has(apposition.head) && !government && !seat ? null : role;
}

/**
 * People by apposition, a lower-case title before, or the shape of a name; `vouched` where an
 * honorific has said the words are a name. `[]` when the phrase is no one's name.
 */
export function readPerson(r: Reading, vouched = false): NonNullable<Verdict> {
  const { tokens, text } = r.tagged;
  const { chunk, from, to } = r;
  // "Minister of Water and Irrigation Khaled Obeidat said": the title's last word opens the phrase.
  if (from === chunk.from && to - from >= 3 && portfolioWordOpens(tokens, from))
    return readPerson({ ...r, chunk: { ...chunk, from: from + 1 }, from: from + 1 }, vouched);
  if (!looksLikePersonName(tokens, from, to)) return [];
  // "Volker Turk, the UN High Commissioner for Human Rights", "the UN High Commissioner for Human
  // Rights, Volker Turk,", "confirm Pete Hegseth as secretary of defense".
  // "In Johannesburg, DA leader …": a city of the gazetteer is a place, whatever follows it. (A person
  // who shares its name is found by the alias scan, once named in full.)
  if (cityCountry(spanText(text, tokens, from, to))) return [];
  const place = tokens.slice(from, to).every((t) => t.tags.has('Place'));
  const before = place ? null : titleBefore(tokens, chunk.from, to - 1, text);
  const stated = place
    ? null
    : (titleAfterComma(tokens, to - 1, text) ??
      before?.role ??
      bodyOfficeBefore(r.tagged, chunk.from, to - 1) ??
      titleAfterVerb(tokens, to - 1, text) ??
      seatAfter(tokens, pastPositionMarker(tokens, to - 1), text));
  if (stated) return [person(r.tagged, chunk, from, { role: stated, ...(before?.plural && stated === before.role ? { sharedTitle: true } : {}) })];
  const lowerTitle = lowercaseTitleBefore(tokens, chunk.from, text);
  const apposition = appositionAfter(tokens, to - 1);
  if (apposition && (OFFICE_HEADS.has(apposition.head) || PERSON_DESCRIPTORS.has(apposition.head))) {
    const role = roleByApposition(r, apposition);
    if (role) return [person(r.tagged, chunk, from, { role })];
    const sighting = person(r.tagged, chunk, from, { private: !lowerTitle?.role });
    if (lowerTitle?.role) sighting.role = lowerTitle.role;
    return [sighting];
  }
  if (lowerTitle) return [person(r.tagged, chunk, from, lowerTitle)];
  const first = tokens[from]!;
  const after = tokens[to];
  const office = officeAfter(tokens, to - 1, text);
  const shapedLikeName =
    vouched ||
    (to - from >= 2 &&
      (first.tags.has('FirstName') ||
        (tokens.slice(from, to).every((t) => t.tags.has('Person') || t.tags.has('ProperNoun')) && SAY_VERBS.has(after?.lower ?? ''))));
  // "Southern California Edison said": a region's name opens a company's, not a person's.
  const placeish = tokens.slice(from, to).every((t) => t.tags.has('Place')) || (COMPASS.has(first.lower) && to - from >= 2 && isPlaceWord(tokens[from + 1]!));
  const quoted = fold(spanText(text, tokens, chunk.from, to)).includes('"');
  // "Estonia's Eva Kask": the country written before a person's name is theirs.
  const origin = r.country ?? originAfter(tokens, to - 1);
  const nationality = origin ? { country: origin } : {};
  if ((shapedLikeName || (office && to - from >= 2)) && !placeish && !quoted) return [person(r.tagged, chunk, from, office ? { role: office } : nationality)];
  return [];
}

/** A company's officers, whose title beside a public-sounding one ("president and CEO") makes it a company's. */
const COMPANY_OFFICERS = new Set(['ceo', 'cfo', 'coo', 'founder', 'owner', 'co-founder']);

/**
 * Whether "of …" or "for …" at token k, to the end of its phrase, names a body no state runs:
 * "president of the Bangladesh Apparel Workers' Federation", "secretary of the patients' rights group
 * Salus", "a spokesperson for the company", "a spokeswoman for Tasman Fisheries Ltd".
 */
function privateBodyAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'for') return false;
  const words: Token[] = [];
  for (let m = k + 1; m < Math.min(tokens.length, k + 10) && tokens[m]!.sentence === tokens[k]!.sentence; m++) {
    words.push(tokens[m]!);
    if (BREAKING_POST.test(tokens[m]!.post)) break;
  }
  const name = words
    .filter((t) => t.capital)
    .map((t) => t.word)
    .join(' ');
  // "the patients' rights group Salus": a private kind in lower case before the name.
  const kind = words.some((t) => !t.capital && PRIVATE_BODY_ENDS.has(t.lower));
  return kind || (!!name && privateBodyName(name)) || privateKindAfter(tokens, k + words.length);
}

/** "… Committee (NEOC), a civil society network,": an apposition after a body's name, from its last token, that says it is a private one. */
function privateKindAfter(tokens: Token[], last: number): boolean {
  const end = tokens[last];
  if (!end?.post.includes(',') || !/^(a|an)$/.test(tokens[last + 1]?.lower ?? '')) return false;
  for (let m = last + 2; m < Math.min(tokens.length, last + 8) && tokens[m]!.sentence === end.sentence; m++)
    if (BREAKING_POST.test(tokens[m]!.post) || tokens[m]!.post.includes('.')) return !tokens[m]!.capital && PRIVATE_BODY_ENDS.has(tokens[m]!.lower);
  return false;
}
