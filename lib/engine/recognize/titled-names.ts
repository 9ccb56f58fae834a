/**
 * Reads a name after an office title in one capitalised phrase: "Secretary of State Rex Tillerson",
 * "United Nations Secretary-General Antonio Guterres", "Chief Financial Officer Colette Kress", and a
 * public body's office before a name ("European Central Bank President Christine Lagarde").
 */
import {
  CAPITALISED_RANKS,
  HEADS_NEEDING_PORTFOLIO,
  JURISDICTION_HEADS,
  LOWER_RANKS,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  TENURE_WORDS,
  US_CABINET_TITLES,
} from '../lexicon/offices';
import { bodyOf } from '../lexicon/bodies';
import { countryBefore, countryEndingAt, demonymBefore } from './countries';
import { originAfter, placeOfAfter } from './office-after';
import { initialsBeforeWord, isAcronym } from './acronyms';
import { PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { privateBodyName } from './private-bodies';
import { institutionAt, publicBodyTitle } from './public-bodies';
import { readChunk } from './read-chunk';
import { type NameSighting, nicknameOf, organization, personName, type StatedRole, type Reading, type Verdict } from './sightings';
import { governmentTitleIn } from './lowercase-titles';
import { honorificsAt, renderTitle } from './title-words';
import { placeCountry } from '../lexicon/gazetteer';
import { coordinatedTitleStart } from './portfolios';
import { readTitle, ROYAL_STYLES, type Title } from './titles';
import type { Token } from '../nlp';
import { BREAKING_POST, joined, looksLikePersonName, spanText } from './words';

/** Where the name starts after a title: past an honorific, a descriptor ("Chief Executive"), or "… Officer". */
function nameStart(r: Reading, title: Title): number {
  const { tokens } = r.tagged;
  const to = r.to;
  // "Prime Minister Tun Dr Ali Omar": honorifics between the title and the name belong to neither.
  let nameFrom = title.end + honorificsAt(tokens, title.end, to);
  // "Energy Minister Prince Faisal bin Turki": a royal style the title stopped before (`readTitle`).
  if (nameFrom === title.end && nameFrom < to - 1 && ROYAL_STYLES.has(tokens[nameFrom]!.lower)) nameFrom++;
  // "Chief Executive Elon Musk": the descriptor completes the title, and is no part of the name.
  while (nameFrom < to - 1 && PERSON_DESCRIPTORS.has(tokens[nameFrom]!.lower) && !OFFICE_HEADS.has(tokens[nameFrom]!.lower)) nameFrom++;
  // "Chief Financial Officer Colette Kress": a company's officer title runs to "Officer".
  if (title.headLower === 'chief') for (let k = nameFrom; k < Math.min(to - 1, nameFrom + 3); k++) if (tokens[k]!.lower === 'officer') nameFrom = k + 1;
  return nameFrom;
}

/** The office a title states, or null for a head that names none here ("Chief Executive"). */
function titledRole(r: Reading, title: Title, institution: number): StatedRole | null {
  const { tokens, text } = r.tagged;
  const { chunk, from } = r;
  // "Chief Gideon Cody" in a story about "the police chief of Marion": the document says which chief.
  const statedElsewhere = title.end - from === 1 && HEADS_NEEDING_PORTFOLIO.has(title.headLower) ? governmentTitleIn(text, title.headLower) : null;
  // "Commissioner Ann Lee", "Inspector Tom Hale": capitalised before a name, these heads are public ranks.
  // (Not where a descriptor completes the title: "Deputy Editor Ann Lee" is a newspaper's.)
  const rank = CAPITALISED_RANKS.has(title.headLower) && tokens[title.end - 1]!.capital && !PERSON_DESCRIPTORS.has(tokens[title.end]?.lower ?? '');
  // "Financial Services Commission (FSC) Chairman Seo Ji-ho": the public body whose initials stand right before is the office's.
  const initials = from === chunk.from ? publicInitialsBefore(tokens, chunk.from) : null;
  const isOffice =
    !HEADS_NEEDING_PORTFOLIO.has(title.headLower) || title.hasGovernmentWord || institution > 0 || statedElsewhere !== null || rank || !!initials;
  if (!isOffice) return null;
  let titleText = statedElsewhere ?? renderTitle(text, tokens, from, title.end, title.inner);
  if (initials) titleText = `${initials} ${titleText}`;
  // "Norway's Climate and Environment Minister": the title began before the "and".
  const coordinated = from === chunk.from ? coordinatedTitleStart(tokens, chunk.from) : null;
  if (coordinated) titleText = `${text.slice(tokens[coordinated.start]!.start, tokens[chunk.from - 1]!.end)} ${titleText}`;
  // The title's own words first ("Governor of Texas", "Nairobi Governor"), then a demonym before it.
  const body = institution ? bodyOf(spanText(text, tokens, from, from + institution)) : null;
  let country = r.country ?? body ?? coordinated?.country ?? title.jurisdiction ?? demonymBefore(tokens, chunk.from) ?? placeCountry(tokens[from]!.word);
  if (!country && US_CABINET_TITLES.test(titleText)) country = 'US';
  // "Senator Lindsey Graham, a Republican from South Carolina": where the person is from.
  country ??= originAfter(tokens, r.to - 1) ?? placeOfAfter(tokens, r.to - 1);
  // "Former Colombian President …", where the phrase began after "Former".
  // "South Korea's acting President …": the country before the word of tenure.
  const before = tokens[chunk.from - 1];
  const lowerRank = before && !before.capital && LOWER_RANKS.has(before.lower);
  if ((from === chunk.from || r.country) && before && (TENURE_WORDS.has(before.lower) || lowerRank) && joined(before, tokens[chunk.from]!)) {
    titleText = `${before.word} ${titleText}`;
    // "South Korean deputy Foreign Minister": a country's adjective right before the word.
    const adjective = tokens[chunk.from - 2];
    country ??= countryBefore(tokens, chunk.from - 1) ?? (adjective && joined(adjective, before) ? countryEndingAt(tokens, chunk.from - 2) : null);
  }
  return { title: titleText, country };
}

/** The initials in brackets right before token k of a public body named just before them ("… Commission (FSC)"), or null. */
function publicInitialsBefore(tokens: Token[], k: number): string | null {
  const initials = tokens[k - 1];
  const last = tokens[k - 2];
  if (!initials || !last || !initialsBeforeWord(initials) || !/^\s*$/.test(last.post)) return null;
  if (!last.capital || !PUBLIC_BODY_ENDS.has(last.lower) || last.sentence !== initials.sentence) return null;
  // (Not a union or a federation of members: "Kenya Union of Teachers (KUT) Chairman".)
  let from = k - 2;
  while (
    from > 0 &&
    tokens[from - 1]!.sentence === last.sentence &&
    /^\s+$/.test(tokens[from - 1]!.post) &&
    (tokens[from - 1]!.capital || /^(of|for|and)$/.test(tokens[from - 1]!.lower))
  )
    from--;
  const name = tokens
    .slice(from, k - 1)
    .map((t) => t.word)
    .join(' ');
  return privateBodyName(name) ? null : initials.word;
}

/**
 * One capitalised word that names no person and no organisation the lexicon knows, before a
 * one-word head only a public office has (`JURISDICTION_HEADS`, `CAPITALISED_RANKS`, written out or
 * abbreviated) and a name: the office's province, city or force, whatever it is ("Pampanga Gov.
 * Ana Cruz", "Garda Commissioner Sean Kirwan"). Null otherwise.
 */
function qualifiedTitle(tokens: Token[], from: number, to: number): Title | null {
  const word = tokens[from]!;
  if (to - from < 3 || !word.capital || word.possessive || isAcronym(word.word) || !/^\s+$/.test(word.post)) return null;
  if (['FirstName', 'LastName', 'Organization', 'Honorific'].some((tag) => word.tags.has(tag)) || OFFICE_HEADS.has(word.lower)) return null;
  const title = readTitle(tokens, from + 1, to);
  if (!title || title.end !== from + 2 || !(JURISDICTION_HEADS.has(title.headLower) || CAPITALISED_RANKS.has(title.headLower))) return null;
  return title;
}

/**
 * A title, then a name: the person with the office the title states (or a private person where the
 * head names no office). `[]` for a title alone ("the Mexican President's office"); `null` where the
 * phrase holds no title, or the words after it are not a name.
 */
export function readTitledName(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const { chunk, from, to } = r;
  // An institution before a title is its jurisdiction: "United Nations Secretary-General Antonio Guterres".
  // So is a word no lexicon knows before a head only public office has: "Pampanga Gov. Ana Cruz".
  const qualified = qualifiedTitle(tokens, from, to);
  const institution = qualified ? 1 : institutionAt(tokens, from, to);
  const title = qualified ?? readTitle(tokens, institution ? from + institution : from, to);
  if (!title) return publicBodyTitle(r.tagged, chunk);
  const nameFrom = nameStart(r, title);
  // "Member of Parliament for Bulawayo Central", "PASOK MP for Heraklion": a title and the constituency
  // after its "for" name no one; a party before the title's head is an organisation.
  if (nameFrom === title.end && tokens[nameFrom]?.lower === 'for')
    return title.body && title.body.to < title.end ? [organization(r, title.body.from, title.body.to)] : [];
  for (let k = nameFrom + 1; k < to; k++) {
    if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for' || tokens[k]!.lower === 'and') return readChunk(r.tagged, { from: chunk.from, to: k });
  }
  // A title alone ("the Mexican President's office"), or one stuck to the body it names ("Deputy
  // Director of the Western Hemisphere Department"): the body is an organisation, the rest no name.
  if (nameFrom >= to) return title.body ? [organization(r, title.body.from, title.body.to)] : [];
  if (!looksLikePersonName(tokens, nameFrom, to)) return null;
  const role = titledRole(r, title, institution);
  const honorific = nameFrom > title.end ? { honorific: spanText(r.tagged.text, tokens, title.end, nameFrom) } : {};
  const person: NameSighting = {
    kind: 'person',
    name: personName(r.tagged, nameFrom, to, chunk),
    start: tokens[nameFrom]!.start,
    end: tokens[to - 1]!.end,
    sentence: r.sentence,
    ...(role ? { role } : { private: true }),
    ...(role && title.plural ? { sharedTitle: true } : {}),
    ...honorific,
    ...nicknameOf(r.tagged, chunk),
  };
  // "Chief Justice of the Utah Supreme Court Ann Hale": the court is an organisation too.
  return title.body ? [organization(r, title.body.from, title.body.to), person] : [person];
}

/**
 * "US Ambassador to the UN Linda Hale": a title whose body follows "to" or "of", read across the
 * phrases it was split into. `null` where no title ends in "to [the]" or "of [the]" just before.
 */
export function readTitleAcross(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const { chunk } = r;
  let k = chunk.from - 1;
  if (tokens[k]?.lower === 'the') k--;
  const connector = tokens[k];
  if (!connector || !/^(to|of|in)$/.test(connector.lower) || connector.sentence !== tokens[chunk.from]!.sentence || BREAKING_POST.test(connector.post))
    return null;
  if (connector.lower === 'in') return tokens[k + 1]?.lower === 'the' ? titleInBody(r, k) : null;
  let start = k;
  while (start - 1 >= 0 && tokens[start - 1]!.capital && tokens[start - 1]!.sentence === connector.sentence && joined(tokens[start - 1]!, tokens[start]!))
    start--;
  if (start === k || !OFFICE_HEADS.has(tokens[k - 1]!.lower)) return null;
  const across = readChunk(r.tagged, { from: start, to: chunk.to });
  return across.some((s) => s.kind === 'person' && s.role) ? across : null;
}

/**
 * "Leader of the Opposition in the Assam Legislative Assembly Ana Roy", "Joint Secretary (Disaster
 * Management) in the Home Ministry Ana Roy": a title that goes on to the public body it sits in,
 * read across "in the". The title is walked back over capitalised words, "of", "for", "the" and a
 * portfolio in brackets, at most eight tokens; `null` where no title reaches the body.
 */
function titleInBody(r: Reading, connector: number): Verdict {
  const { tokens } = r.tagged;
  const sentence = tokens[connector]!.sentence;
  const inTitle = (t: Token) => t.sentence === sentence && !/[,.;:!?"”]/.test(t.post) && (t.capital || /^(of|for|the)$/.test(t.lower));
  let start = connector;
  while (start > 0 && connector - start < 8 && inTitle(tokens[start - 1]!)) start--;
  for (; start < connector; start++) {
    if (!tokens[start]!.capital) continue;
    const title = readTitle(tokens, start, r.chunk.to);
    if (!title || title.end <= r.chunk.from) continue;
    const across = readChunk(r.tagged, { from: start, to: r.chunk.to });
    return across.some((s) => s.kind === 'person' && s.role) ? across : null;
  }
  return null;
}
