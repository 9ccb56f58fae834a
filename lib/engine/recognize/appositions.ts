/** Reads what follows a name: an apposition (", the anti-secrecy group"), a title after a comma or "as", and "of the prosecutor's office". */
import { bodyOf } from '../lexicon/bodies';
import { countryOf } from '../lexicon/countries';
import { placeCountry } from '../lexicon/gazetteer';
import {
  CAPITALISED_RANKS,
  GOVERNMENT_OWNERS,
  HEADS_NEEDING_PORTFOLIO,
  MODIFIER_HEADS,
  OFFICE_HEADS,
  PERSON_DESCRIPTORS,
  PORTFOLIO_WORDS,
  TENURE_WORDS,
  US_CABINET_TITLES,
} from '../lexicon/offices';
import { SAY_VERBS } from '../lexicon/grammar';
import { ORG_NOUNS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { ADMINISTRATIVE_AREAS } from '../lexicon/places';
import type { TaggedText, Token } from '../nlp';
import { bracketedAcronym, initialsBeforeComma } from './acronyms';
import { leadingCountry } from './countries';
import { coordinatedTitleStart, portfolioWordAt } from './portfolios';
import { constituencyAt } from './memberships';
import { institutionAt, orgNameBeforeHead, publicBodyAfter } from './public-bodies';
import type { StatedRole } from './sightings';
import { bracketedPortfolioEnd, renderTitle } from './title-words';
import { readTitle, type Title } from './titles';
import { BREAKING_POST, isAnd, isTitleCaseWord, joined, legislatorAbbreviation, spanText } from './words';

/** Reads an apposition after a name: ", the anti-secrecy group", ", an expert on …", " - the armed wing of …". */
export function appositionAfter(tokens: Token[], name: number): { head: string; from: number; to: number } | null {
  const last = pastPositionMarker(tokens, name);
  const t = tokens[last]!;
  if (!/^\s*(,|-|–|—)\s*$/.test(t.post.replace(/["”']/g, ''))) return null;
  let k = last + 1;
  const start = k;
  const limit = Math.min(tokens.length, k + 8);
  let seenNoun = '';
  let headAt = -1;
  // Where the words after the last compound modifier start: "lawmaker" of "a Moscow-based lawmaker".
  let from = start;
  for (; k < limit; k++) {
    const w = tokens[k]!;
    if (w.sentence !== t.sentence) break;
    if (k === start && !/^(a|an|the|his|her|its|their)$/.test(w.lower) && !countryOf(w.word) && !w.tags.has('Adjective') && !w.tags.has('Noun')) return null;
    // "a Qaeda-linked group", "a Kremlin-funded outlet": a name joined by a hyphen to a lower-case word modifies the head.
    const compound = w.post === '-' && !!tokens[k + 1] && !tokens[k + 1]!.capital && tokens[k + 1]!.sentence === w.sentence;
    if (compound && w.capital && !seenNoun) from = k + 2;
    // "the National Security Council spokesman": an organisation's name may stand before the head noun.
    if (
      w.capital &&
      !compound &&
      // "an opposition MP": a legislator's head, capitalised as an abbreviation.
      !legislatorAbbreviation(w) &&
      !/^(a|an|the)$/i.test(w.word) &&
      k > start &&
      !PORTFOLIO_WORDS.has(w.lower) &&
      !countryOf(w.word) &&
      // "an Istanbul lawmaker": a place before the head.
      !(placeCountry(w.word) && !w.possessive && !!tokens[k + 1] && !tokens[k + 1]!.capital) &&
      // "the EU's competition commissioner": a country's or a body's office.
      !(w.possessive && (placeCountry(w.word) ?? bodyOf(w.word))) &&
      // "the ECOWAS commissioner": an intergovernmental body's name before the head.
      !(bodyOf(w.word) && !w.possessive && !!tokens[k + 1] && !tokens[k + 1]!.capital) &&
      !orgNameBeforeHead(tokens, k, limit) &&
      // (The initials in brackets after such a name: "a Social Democratic Party (SPD) lawmaker".)
      !(bracketedAcronym(w) && k > start && tokens[k - 1]!.capital && !tokens[k + 1]?.capital)
    )
      break;
    // "the president-elect's economy minister": an owner is not the head.
    const owner = w.possessive || (w.post === '-' && tokens[k + 1]?.possessive);
    // ("Italy's financial police,": a public body's word closes the apposition; "a police officer" is a person's.)
    const bodyWord = PUBLIC_BODY_ENDS.has(w.lower) && /[,.;)]/.test(w.post);
    if (
      !owner &&
      (!w.capital || legislatorAbbreviation(w)) &&
      (OFFICE_HEADS.has(w.lower) || PERSON_DESCRIPTORS.has(w.lower) || ORG_NOUNS.has(w.lower) || bodyWord)
    ) {
      seenNoun = w.lower;
      headAt = k;
      // "an expert on … at the Center": the first head noun decides; "deputy head", "acting director": the head after a modifier.
      const next = tokens[k + 1]?.lower ?? '';
      if ((!PORTFOLIO_WORDS.has(next) && !(MODIFIER_HEADS.has(w.lower) && OFFICE_HEADS.has(next))) || /[,.;]/.test(w.post)) break;
    }
    // (The lower-case half of a compound is no verb: "-linked", "-backed".)
    if (/[,.;]/.test(w.post) || (w.tags.has('Verb') && tokens[k - 1]?.post !== '-')) break;
  }
  if (!seenNoun) return null;
  // "Vice-President Ali Moro": a hyphen inside a word is no apposition of an office ("Qaeda-linked
  // organization" still says what al-Qaeda is).
  if (t.post === '-' && !ORG_NOUNS.has(seenNoun)) return null;
  // "Lebed likely to fail on Chechnya - Polish minister.": a headline's source after a dash at its end, no apposition.
  const dash = /\s[-–—]|[–—]/.test(t.post);
  if (dash && (tokens[headAt + 1]?.sentence !== t.sentence || !tokens[headAt + 1])) return null;
  // "… in the New Territories, a police spokesman said": a speaker after the comma is a clause's subject, no apposition.
  if (/^\s+$/.test(tokens[headAt]!.post) && SAY_VERBS.has(tokens[headAt + 1]?.lower ?? '') && tokens[headAt + 1]!.sentence === t.sentence) return null;
  return { head: seenNoun, from: from <= headAt ? from : start, to: headAt + 1 };
}

/** The end of the sentence token k stands in (exclusive), looking no further than `span` tokens. */
export function sentenceLimit(tokens: Token[], k: number, span: number): number {
  let end = k;
  while (end < tokens.length && end < k + span && tokens[end]!.sentence === tokens[k]!.sentence) end++;
  return end;
}

/**
 * Where a capitalised phrase from k ends (exclusive): its words and the "of", "for", "on", "the", "and"
 * inside it, but not a day or a month after it ("… Secretary of Defense on Friday").
 */
export function capitalisedPhraseEnd(tokens: Token[], k: number, limit: number): number {
  let end = k;
  const inPhrase = (t: Token) => (t.capital && !t.tags.has('WeekDay') && !t.tags.has('Month')) || /^(of|for|on|the|and)$/.test(t.lower);
  while (end < limit && (end === k || joined(tokens[end - 1]!, tokens[end]!)) && inPhrase(tokens[end]!)) end++;
  while (end > k && !tokens[end - 1]!.capital) end--;
  return end;
}

/**
 * A capitalised office title read from `from`, running to `end` exactly: the country or institution
 * before it and whether it is an office at all ("Managing Director" of what?) decided as for a title
 * before a name.
 */
export function readOfficeTitle(tokens: Token[], from: number, end: number, text: string): { role: StatedRole; title: Title } | null {
  let start = from;
  const lead = leadingCountry(tokens, start, end);
  if (lead && lead.words < end - start) start += lead.words;
  const institution = institutionAt(tokens, start, end);
  const title = readTitle(tokens, start + institution, end);
  if (!title || title.end !== end) return null;
  const rank = CAPITALISED_RANKS.has(title.headLower) && tokens[end - 1]!.capital;
  if (HEADS_NEEDING_PORTFOLIO.has(title.headLower) && !title.hasGovernmentWord && institution === 0 && !rank) return null;
  // The country goes to the role's country, not its title: "US Attorney General" → "Attorney General", US.
  const titleText = renderTitle(text, tokens, lead ? start : from, end, title.inner);
  const body = institution ? bodyOf(spanText(text, tokens, start, start + institution)) : null;
  return { role: { title: titleText, country: lead?.country ?? body ?? title.jurisdiction ?? (US_CABINET_TITLES.test(titleText) ? 'US' : null) }, title };
}

/** `readOfficeTitle`'s role alone. */
export function officeTitle(tokens: Token[], from: number, end: number, text: string): StatedRole | null {
  return readOfficeTitle(tokens, from, end, text)?.role ?? null;
}

/** Where a caption marks a person's place in the picture after the name: "Dr Ama Owusu (right), …". */
const POSITION_MARKERS = new Set(['left', 'right', 'centre', 'center', 'middle', 'l', 'r', 'c', 'pictured', 'inset', 'front', 'back']);

/** The token after a name's position marker in brackets, or the name's last token: "Keita (right)". */
export function pastPositionMarker(tokens: Token[], last: number): number {
  const next = tokens[last + 1];
  const marked = next && next.pre.includes('(') && next.post.startsWith(')') && POSITION_MARKERS.has(next.lower) && next.sentence === tokens[last]!.sentence;
  return marked ? last + 1 : last;
}

/** ", the UN High Commissioner for Human Rights" after a name: a capitalised title in apposition. */
export function titleAfterComma(tokens: Token[], name: number, text: string): StatedRole | null {
  const last = pastPositionMarker(tokens, name);
  if (tokens[last]!.post.replace(/^\)/, '').trim() !== ',') return null;
  let k = last + 1;
  if (!tokens[k] || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  if (/^(the|a|an)$/.test(tokens[k]!.lower)) k++;
  // "…, a former Member of Parliament for Mbeya Urban,": the office once held is read as the office.
  if (TENURE_WORDS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.capital) k++;
  // "…, the EU's Commissioner for Home Affairs,", "…, the bloc's Commissioner for Trade,": an owner first.
  const owner = tokens[k];
  const owned = !!owner?.possessive && owner.sentence === tokens[last]!.sentence && !!tokens[k + 1]?.capital;
  const ownerCountry = owned ? (countryOf(owner.word) ?? bodyOf(owner.word)) : null;
  if (owned && (ownerCountry || GOVERNMENT_OWNERS.has(owner.lower))) k++;
  if (!tokens[k]?.capital || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  // The title ends at the first punctuation, and no name follows it in the same phrase.
  const limit = sentenceLimit(tokens, k, 10);
  const phraseEnd = capitalisedPhraseEnd(tokens, k, limit);
  // "…, Joint Secretary (Disaster Management) in the Home Ministry,": the portfolio in brackets is the title's.
  const bracketed = phraseEnd < limit ? bracketedPortfolioEnd(tokens, phraseEnd, limit) : -1;
  const end = bracketed > 0 ? bracketed : phraseEnd;
  // "In Geneva, the UN High Commissioner for Human Rights, Volker Turk": the title goes with the name after it.
  if (end === k || (end < limit && tokens[end]!.capital)) return null;
  // "…, the Governor of the Souss region,": a title that ends in the kind of area its office serves.
  const area = tokens[end];
  const areaEnds = !!area && !area.capital && ADMINISTRATIVE_AREAS.has(area.lower) && joined(tokens[end - 1]!, area) && area.post.trim() === ',';
  const role = (areaEnds ? officeTitle(tokens, k, end + 1, text) : null) ?? officeTitle(tokens, k, end, text);
  if (role) return { ...role, country: role.country ?? ownerCountry };
  // "the Labour MP for Bristol West": the title ends before the constituency, which may place it.
  const constituency = constituencyAt(tokens, k, end);
  const seat = constituency.at > 0 ? officeTitle(tokens, k, constituency.at, text) : null;
  return seat && { ...seat, country: seat.country ?? constituency.country };
}

/** A title read before a name: the role it states, and whether it was plural ("Commissioners Ann Lee and …"). */
export interface TitleBeforeName {
  role: StatedRole;
  plural: boolean;
}

/**
 * A capitalised title right before a name, in another phrase than the name's: set off by commas
 * ("the UN High Commissioner for Human Rights, Volker Turk, urged", "Switzerland's Permanent
 * Representative to the UN, Eva Roth,") or run on ("US Ambassador to the UN Linda Hale",
 * "Commissioners Ann Lee"). A possessive country before the title is its country.
 */
export function titleBefore(tokens: Token[], name: number, last: number, text: string): TitleBeforeName | null {
  // "The District Chief Executive (DCE), Mr Ocloo,": the title's initials in brackets stand between.
  const initials = tokens[name - 1];
  const bracketed = !!initials && initialsBeforeComma(initials);
  const from = bracketed ? name - 1 : name;
  const before = tokens[from - 1];
  // (A title may end in the kind of area its office serves: "The Governor of the Souss region, Karim Bensaid,".)
  const area = !!before && !before.capital && ADMINISTRATIVE_AREAS.has(before.lower) && !!tokens[from - 2]?.capital;
  if (!before || before.sentence !== tokens[from]!.sentence || !(before.capital || area)) return null;
  const comma = bracketed || before.post.trim() === ',';
  // Set off, the name is set off on both sides: "…, Volker Turk, urged" (not "After meeting the Prime Minister, Zelensky flew").
  if (comma ? tokens[last]!.post.trim() !== ',' : !joined(before, tokens[from]!)) return null;
  let k = from - 1;
  while (k - 1 >= 0 && from - k < 10) {
    const t = tokens[k - 1]!;
    // (A title's portfolios may be listed with commas before its last "and": "The Minister of Finance, Economic Development and Investment Promotion, …".)
    // The first portfolio follows the head's "of" or "for" ("of Finance,"), and an "and" ends the list.
    const listed =
      t.post.trim() === ',' &&
      portfolioWordAt(tokens, k - 1, from) &&
      tokens.slice(Math.max(0, k - 4), k - 1).some((w) => w.lower === 'of' || w.lower === 'for') &&
      tokens.slice(k, from).some(isAnd);
    if (t.sentence !== before.sentence || !(joined(t, tokens[k]!) || listed)) break;
    if (!isTitleCaseWord(t) && !/^(of|for|on|and|to|the)$/.test(t.lower)) break;
    k--;
  }
  // The title opens its phrase: after "the", a comma, a possessive country, or the start of the sentence.
  while (k < from - 1 && /^(the|a|an|of|for|on|and|to)$/.test(tokens[k]!.lower)) k++;
  const opener = tokens[k - 1];
  const owner = opener?.possessive && opener.sentence === before.sentence ? (countryOf(opener.word) ?? bodyOf(opener.word)) : null;
  // "The State's Revenue Minister, Bijan Roy,", "the country's Chief Justice, …": a government's own office.
  const governments = !!opener?.possessive && opener.sentence === before.sentence && GOVERNMENT_OWNERS.has(opener.lower);
  // "The federal Health Minister, Priya Raman,": a lower-case word of office may open it after "the".
  const qualified =
    !!opener && !opener.capital && PORTFOLIO_WORDS.has(opener.lower) && /^(the|a|an)$/.test(tokens[k - 2]?.lower ?? '') && joined(opener, tokens[k]!);
  if (
    comma &&
    opener &&
    opener.sentence === before.sentence &&
    !owner &&
    !governments &&
    !qualified &&
    !/^(the|a|an)$/.test(opener.lower) &&
    !BREAKING_POST.test(opener.post)
  )
    return null;
  let read = readOfficeTitle(tokens, k, from, text);
  // "The Revenue and Disaster Management Minister, Bijan Roy,": portfolios joined by "and" before the title.
  let list = '';
  let and = from - 2;
  while (!read && and > k && !isAnd(tokens[and]!)) and--;
  if (!read && and > k && (coordinatedTitleStart(tokens, and + 1)?.start ?? Infinity) <= k) {
    read = readOfficeTitle(tokens, and + 1, from, text);
    list = `${text.slice(tokens[k]!.start, tokens[and]!.end)} `;
  }
  if (!read) return null;
  const title = `${qualified ? `${opener.word} ` : ''}${list}${read.role.title}`;
  return { role: { title, country: owner ?? read.role.country }, plural: read.title.plural };
}

/**
 * A lower-case office of a named public body, set off before a name: "The speaker of the Regional
 * Legislative Council (DPRD), Joko Sari, said", "the head of the regency's Public Works Agency,
 * Rahmat Lubis,": the mirror of "Joko Sari, the speaker of …,". `name` is the name's first token,
 * `last` its last.
 */
export function bodyOfficeBefore(tagged: TaggedText, name: number, last: number): StatedRole | null {
  const { tokens } = tagged;
  const prev = tokens[name - 1];
  const sentence = tokens[name]!.sentence;
  // "(DPRD)," the body's initials in brackets may stand between.
  const bracketed = !!prev && initialsBeforeComma(prev);
  if (!prev || prev.sentence !== sentence || prev.post.trim() !== (bracketed ? ')' : '') + ',' || tokens[last]!.post.trim() !== ',') return null;
  const end = bracketed ? name - 1 : name;
  // The nearest "of" after a lower-case head: "speaker of the House of Representatives" passes the inner "of".
  for (let of = end - 2; of > 0 && end - of <= 12 && tokens[of]!.sentence === sentence; of--) {
    const head = tokens[of - 1]!;
    if (tokens[of]!.lower !== 'of' || head.capital || !OFFICE_HEADS.has(head.lower)) continue;
    if (publicBodyAfter(tokens, of) !== end) return null;
    // "The deputy head of …": modifiers before the head belong to the title.
    let start = of - 1;
    while (start > 0 && MODIFIER_HEADS.has(tokens[start - 1]!.lower) && !tokens[start - 1]!.capital && joined(tokens[start - 1]!, tokens[start]!)) start--;
    // The title opens its phrase: at the sentence's start or after "the".
    const opener = tokens[start - 1];
    if (opener && opener.sentence === sentence && !/^(the|a|an)$/.test(opener.lower)) return null;
    return appositionRole(tagged, { from: start, to: end });
  }
  return null;
}

/**
 * The role an apposition states, from its first word to `to`: "the German chancellor" →
 * chancellor, Germany; "the president-elect's economy minister" → economy minister, the owner
 * left out of the title; "the EU's foreign policy chief" → foreign policy chief, EU.
 */
export function appositionRole(tagged: TaggedText, apposition: { from: number; to: number }): StatedRole {
  const { tokens, text } = tagged;
  let from = apposition.from;
  if (/^(a|an|the|his|her|its|their)$/.test(tokens[from]!.lower)) from++;
  let owner: string | null = null;
  // The owner stands before the head: "the agency's" of "the director of the agency's bureau" owns the bureau.
  const ownerWord = (k: number) => tokens[k]!.possessive || (tokens[k]!.post === '-' && tokens[k + 1]?.possessive);
  for (let k = from; k < apposition.to - 1 && (!OFFICE_HEADS.has(tokens[k]!.lower) || ownerWord(k)); k++) {
    if (!tokens[k]!.possessive) continue;
    owner = countryOf(tokens[k]!.word) ?? bodyOf(tokens[k]!.word);
    from = k + 1;
  }
  // "a former Czech prime minister": the country after words of tenure leaves the title.
  const tenure = TENURE_WORDS.has(tokens[from]!.lower) ? 1 : 0;
  const lead = leadingCountry(tokens, from + tenure, apposition.to);
  // "an Istanbul lawmaker": a place inside the title is the office's.
  // ("the ECOWAS commissioner": an intergovernmental body's name inside it is its body.)
  let place: string | null = null;
  for (let k = from; k < apposition.to && !place; k++)
    if (tokens[k]!.capital && !tokens[k]!.possessive) place = placeCountry(tokens[k]!.word) ?? bodyOf(tokens[k]!.word);
  const country = lead?.country ?? owner ?? place;
  const end = tokens[apposition.to - 1]!.end;
  if (!lead) return { title: text.slice(tokens[from]!.start, end), country };
  const rest = text.slice(tokens[from + tenure + lead.words]!.start, end);
  return { title: tenure ? `${tokens[from]!.word} ${rest}` : rest, country };
}
