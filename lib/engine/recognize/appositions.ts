/** Reads what follows a name: an apposition (", the anti-secrecy group"), a title after a comma or "as", and "of the prosecutor's office". */
import { countryOf } from '../lexicon/countries';
import { GOVERNMENT_PORTFOLIOS, HEADS_NEEDING_PORTFOLIO, OFFICE_HEADS, PERSON_DESCRIPTORS, PORTFOLIO_WORDS, US_CABINET_TITLES } from '../lexicon/offices';
import { INSTITUTIONS, ORG_NOUNS } from '../lexicon/organizations';
import type { TaggedText, Token } from '../nlp';
import { isAcronym } from './acronyms';
import { leadingCountry } from './countries';
import { institutionAt, orgNameBeforeHead } from './public-bodies';
import type { StatedRole } from './sightings';
import { readTitle } from './titles';
import { BREAKING_POST, isTitleCaseWord, joined } from './words';

/** Reads an apposition after a name: ", the anti-secrecy group", ", an expert on …", " - the armed wing of …". */
export function appositionAfter(tokens: Token[], last: number): { head: string; from: number; to: number } | null {
  const t = tokens[last]!;
  if (!/^\s*(,|-|–|—)\s*$/.test(t.post.replace(/["”']/g, ''))) return null;
  let k = last + 1;
  const start = k;
  const limit = Math.min(tokens.length, k + 8);
  let seenNoun = '';
  let headAt = -1;
  for (; k < limit; k++) {
    const w = tokens[k]!;
    if (w.sentence !== t.sentence) break;
    if (k === start && !/^(a|an|the|his|her|its|their)$/.test(w.lower) && !countryOf(w.word) && !w.tags.has('Adjective') && !w.tags.has('Noun')) return null;
    // "the National Security Council spokesman": an organisation's name may stand before the head noun.
    if (w.capital && !/^(a|an|the)$/i.test(w.word) && k > start && !PORTFOLIO_WORDS.has(w.lower) && !countryOf(w.word) && !orgNameBeforeHead(tokens, k, limit))
      break;
    if (!w.capital && (OFFICE_HEADS.has(w.lower) || PERSON_DESCRIPTORS.has(w.lower) || ORG_NOUNS.has(w.lower))) {
      seenNoun = w.lower;
      headAt = k;
      // "an expert on … at the Center": the first head noun decides.
      if (!PORTFOLIO_WORDS.has(tokens[k + 1]?.lower ?? '') || /[,.;]/.test(w.post)) break;
    }
    if (/[,.;]/.test(w.post) || w.tags.has('Verb')) break;
  }
  if (!seenNoun) return null;
  return { head: seenNoun, from: start, to: headAt + 1 };
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
export function officeTitle(tokens: Token[], from: number, end: number, text: string): StatedRole | null {
  let start = from;
  const lead = leadingCountry(tokens, start, end);
  if (lead && lead.words < end - start) start += lead.words;
  const institution = institutionAt(tokens, start, end);
  const title = readTitle(tokens, start + institution, end);
  if (!title || title.end !== end) return null;
  if (HEADS_NEEDING_PORTFOLIO.has(title.headLower) && !title.hasGovernmentWord && institution === 0) return null;
  // The country goes to the role's country, not its title: "US Attorney General" → "Attorney General", US.
  const titleText = text.slice(tokens[lead ? start : from]!.start, tokens[end - 1]!.end);
  return { title: titleText, country: lead?.country ?? title.jurisdiction ?? (US_CABINET_TITLES.test(titleText) ? 'US' : null) };
}

/** ", the UN High Commissioner for Human Rights" after a name: a capitalised title in apposition. */
export function titleAfterComma(tokens: Token[], last: number, text: string): StatedRole | null {
  if (tokens[last]!.post.trim() !== ',') return null;
  let k = last + 1;
  if (!tokens[k] || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  if (/^(the|a|an)$/.test(tokens[k]!.lower)) k++;
  if (!tokens[k]?.capital || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  // The title ends at the first punctuation, and no name follows it in the same phrase.
  const limit = sentenceLimit(tokens, k, 10);
  const end = capitalisedPhraseEnd(tokens, k, limit);
  // "In Geneva, the UN High Commissioner for Human Rights, Volker Turk": the title goes with the name after it.
  if (end === k || (end < limit && tokens[end]!.capital)) return null;
  return officeTitle(tokens, k, end, text);
}

/** "the UN High Commissioner for Human Rights, Volker Turk": a capitalised title set off before a name. */
export function titleBeforeComma(tokens: Token[], from: number, last: number, text: string): StatedRole | null {
  const comma = tokens[from - 1];
  if (!comma || comma.sentence !== tokens[from]!.sentence || comma.post.trim() !== ',' || !comma.capital) return null;
  // The name is set off on both sides: "…, Volker Turk, urged" (not "After meeting the Prime Minister, Zelensky flew").
  if (tokens[last]!.post.trim() !== ',') return null;
  let k = from - 1;
  while (k - 1 >= 0 && from - k < 10) {
    const t = tokens[k - 1]!;
    if (t.sentence !== comma.sentence || !joined(t, tokens[k]!)) break;
    if (!isTitleCaseWord(t) && !/^(of|for|on|and)$/.test(t.lower)) break;
    k--;
  }
  // The title opens its phrase: after "the", a comma, or the start of the sentence ("met the …" too).
  if (k < from - 1 && /^(the|a|an)$/.test(tokens[k]!.lower)) k++;
  const opener = tokens[k - 1];
  if (opener && opener.sentence === comma.sentence && !/^(the|a|an)$/.test(opener.lower) && !BREAKING_POST.test(opener.post)) return null;
  return officeTitle(tokens, k, from, text);
}

/** "confirm Pete Hegseth as secretary of defense", "named her as Finance Minister": the office a name is given. */
export function titleAfterAs(tokens: Token[], last: number, text: string): StatedRole | null {
  const as = tokens[last + 1];
  if (!as || as.lower !== 'as' || as.sentence !== tokens[last]!.sentence || tokens[last]!.possessive || BREAKING_POST.test(tokens[last]!.post)) return null;
  let k = last + 2;
  if (/^(the|its|his|her|their|new|acting|interim)$/.test(tokens[k]?.lower ?? '')) k++;
  const limit = sentenceLimit(tokens, k, 6);
  if (k >= limit) return null;
  if (tokens[k]!.capital) {
    const end = capitalisedPhraseEnd(tokens, k, limit);
    return end > k ? officeTitle(tokens, k, end, text) : null;
  }
  // Lower case: words up to the office head, and "of defense" after it.
  let end = -1;
  let government = false;
  for (let m = k; m < limit; m++) {
    const t = tokens[m]!;
    if (t.capital) break;
    if (GOVERNMENT_PORTFOLIOS.has(t.lower)) government = true;
    if (OFFICE_HEADS.has(t.lower)) {
      end = m + 1;
      const of = tokens[m + 1];
      const p = tokens[m + 2]?.lower === 'the' ? m + 3 : m + 2;
      const portfolio = tokens[p];
      if (
        of &&
        portfolio &&
        /^(of|for)$/.test(of.lower) &&
        portfolio.lower !== 'the' &&
        PORTFOLIO_WORDS.has(portfolio.lower) &&
        !BREAKING_POST.test(t.post) &&
        !BREAKING_POST.test(of.post)
      ) {
        end = p + 1;
        if (GOVERNMENT_PORTFOLIOS.has(portfolio.lower)) government = true;
      }
      if (HEADS_NEEDING_PORTFOLIO.has(t.lower) && !government) return null;
      // "as president of Acme Corp": the head of something the text does not make public.
      const at = tokens[end];
      const what = at && /^(of|at)$/.test(at.lower) ? tokens[end + (tokens[end + 1]?.lower === 'the' ? 2 : 1)] : undefined;
      if (what?.capital && !countryOf(what.word) && !INSTITUTIONS.has(what.lower) && !isAcronym(what.word)) return null;
      break;
    }
    if (!PORTFOLIO_WORDS.has(t.lower)) break;
    if (BREAKING_POST.test(t.post)) break;
  }
  if (end < 0) return null;
  const title = text.slice(tokens[k]!.start, tokens[end - 1]!.end);
  return { title, country: US_CABINET_TITLES.test(title) ? 'US' : null };
}

/** After a name: "of the prosecutor's office" names the office a person speaks for. */
export function officeAfter(tokens: Token[], last: number, text: string): StatedRole | null {
  const of = tokens[last + 1];
  if (!of || of.lower !== 'of' || BREAKING_POST.test(tokens[last]!.post)) return null;
  let k = last + 2;
  if (tokens[k]?.lower === 'the') k++;
  const start = k;
  for (; k < Math.min(tokens.length, start + 4); k++) {
    const t = tokens[k]!;
    if (t.capital) return null;
    if (['office', 'ministry', 'department', 'police', 'army', 'navy', 'government', 'secretariat'].includes(t.lower)) {
      return { title: text.slice(tokens[start]!.start, t.end), country: null };
    }
  }
  return null;
}

export function appositionRole(tagged: TaggedText, apposition: { from: number; to: number }): StatedRole {
  const { tokens, text } = tagged;
  let from = apposition.from;
  if (/^(a|an|the|his|her|its|their)$/.test(tokens[from]!.lower)) from++;
  const lead = leadingCountry(tokens, from, apposition.to);
  const country = lead?.country ?? null;
  if (lead) from += lead.words;
  return { title: text.slice(tokens[from]!.start, tokens[apposition.to - 1]!.end), country };
}
