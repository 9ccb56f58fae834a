/**
 * The organisation a title names after "of" or "to": "Chief Justice of the Utah Supreme Court",
 * "Deputy Director of the Western Hemisphere Department", "Governor of the Bank of Japan",
 * "Permanent Representative to the UN". The body is part of the role, and an organisation of its
 * own; it says whose office it is (Utah's, Japan's, the UN's).
 */
import { bodyOf } from '../lexicon/bodies';
import { placeCountry } from '../lexicon/gazetteer';
import { INSTITUTIONS, ORG_HEADS, ORG_SUFFIXES, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import { fold } from '../names';
import type { Token } from '../nlp';
import { bracketedAcronym, isAcronym } from './acronyms';
import { privateBodyName } from './private-bodies';
import { joined } from './words';

/** Heads whose office is held towards a body or a country: "Ambassador to France", "Envoy to the UN". */
const TOWARDS_HEADS = new Set(['ambassador', 'representative', 'envoy', 'delegate', 'observer', 'emissary', 'consul']);

/** Whether a title with this head may name its body after this connector ("of", "to"). */
export function connectsBody(head: string, connector: string): boolean {
  return connector === 'of' || (connector === 'to' && TOWARDS_HEADS.has(head));
}

function endsBody(tokens: Token[], from: number, end: number): boolean {
  const last = tokens[end - 1]!;
  if (!last.capital) return false;
  const name = fold(
    tokens
      .slice(from, end)
      .map((t) => t.word)
      .join(' '),
  );
  return (
    ORG_SUFFIXES.has(last.lower) ||
    PUBLIC_BODY_ENDS.has(last.lower) ||
    INSTITUTIONS.has(name) ||
    bodyOf(name) !== null ||
    (end - from === 1 && isAcronym(last.word))
  );
}

/**
 * Where a body's name that starts at `from` ends (exclusive), looking no further than `to`; -1
 * where the words are no organisation's. The longest name wins ("Utah Supreme Court", not "Utah"),
 * and "of" and a place run on after an organisation's head ("Bank of Japan", "Law Society of Kenya").
 */
export function bodyEnd(tokens: Token[], from: number, to: number): number {
  let end = -1;
  let k = from;
  while (k < to) {
    const t = tokens[k]!;
    const connector = /^(of|for|and|on|the)$/.test(t.lower) && k > from && tokens[k + 1]?.capital;
    if (!t.capital && !connector) break;
    if (k > from && !joined(tokens[k - 1]!, t)) break;
    k++;
    if (t.capital && endsBody(tokens, from, k)) end = k;
    // "Bank of Japan": a place after an organisation's head and "of" completes the name.
    if (t.capital && ORG_HEADS.has(t.lower) && tokens[k]?.lower === 'of' && tokens[k + 1] && placeCountry(tokens[k + 1]!.word)) end = k + 2;
  }
  return end;
}

/** Whose office a body holds: an intergovernmental body itself, or the country its name places it in ("Utah Supreme Court" → US). */
export function bodyJurisdiction(tokens: Token[], from: number, end: number): string | null {
  const words = tokens.slice(from, end).map((t) => t.word);
  const whole = bodyOf(words.join(' '));
  if (whole) return whole;
  // "Inspector General of Police" names no one's police; "the UN Security Council" the UN's.
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      const found = bodyOf(phrase) ?? placeCountry(phrase);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Whether the body word at token `at`, after "the", refers back to a public body the story has named:
 * "the committee's chair", "the committee chairperson" after "Parliament's Standing Committee on
 * Scrutiny" or "the Public Accounts Committee"; "the KPU's chairman" after "the General Elections
 * Commission (KPU)" (`bracketedAfterPublicBody`). A lower-case word must be one public bodies' names end in
 * (`PUBLIC_BODY_ENDS`), and the name before it must hold it capitalised, as its head ("Committee on
 * …") or its last word, in a name of two words or more that is not a private body's
 * (`privateBodyName`: "the Audit Committee of Kalomir Holdings" is the company's). A definite
 * description's antecedent, as in coreference resolution.
 */
export function refersToPublicBody(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word || tokens[at - 1]?.lower !== 'the') return false;
  if (word.capital) return isAcronym(word.word) && bracketedAfterPublicBody(tokens, at, word.word);
  if (!PUBLIC_BODY_ENDS.has(word.lower)) return false;
  for (let m = 0; m < at; m++) if (tokens[m]!.capital && tokens[m]!.lower === word.lower && publicBodyEnd(tokens, m, at) > 0) return true;
  return false;
}

/**
 * Where the public body's name that token m is the head or the last word of ends (exclusive, before
 * `limit`): "Public Accounts Committee", "Standing Committee on Scrutiny and Constitutional Affairs";
 * -1 where m stands in no name of two words or more, or in a private body's (`privateBodyName`).
 */
function publicBodyEnd(tokens: readonly Token[], m: number, limit: number): number {
  let from = m;
  while (from > 0 && m - from < 5 && tokens[from - 1]!.capital && !tokens[from - 1]!.possessive && joined(tokens[from - 1]!, tokens[from]!)) from--;
  let end = m + 1;
  while (end < limit && /^(of|on|for|and|the)$/.test(tokens[end]!.lower) && tokens[end + 1]?.capital && joined(tokens[end - 1]!, tokens[end]!)) {
    end += 2;
    while (end < limit && tokens[end]!.capital && joined(tokens[end - 1]!, tokens[end]!)) end++;
  }
  if (end - from < 2) return -1;
  const name = tokens
    .slice(from, end)
    .map((n) => n.word)
    .join(' ');
  return privateBodyName(name) ? -1 : end;
}

/**
 * Whether "its" at token `at` is a public body's named before it in the sentence, no other name
 * between: "The Seimas Committee on Defence (NSGK) will hear him on Monday, its chairman Tomas Kiela
 * said"; not "The committee fined Kalomir Holdings, its chairman said".
 */
export function itsPublicBody(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let m = at - 1; m >= 0 && tokens[m]!.sentence === sentence; m--) {
    const t = tokens[m]!;
    if (!t.capital) continue;
    if (PUBLIC_BODY_ENDS.has(t.lower)) {
      const end = publicBodyEnd(tokens, m, at);
      if (end > 0) return tokens.slice(end, at).every((n, i, between) => !n.capital || !between[i + 1]?.capital);
    }
  }
  return false;
}

/**
 * Whether initials were written in brackets, before token `at`, right after a public body's name of
 * two words or more, whatever language they abbreviate: "the General Elections Commission (KPU)"
 * (Komisi Pemilihan Umum); not a private body's ("the Kalomir Workers Union (KWU)").
 */
function bracketedAfterPublicBody(tokens: readonly Token[], at: number, acronym: string): boolean {
  for (let m = 2; m < at; m++) {
    const t = tokens[m]!;
    if (t.word !== acronym || !bracketedAcronym(t)) continue;
    const last = tokens[m - 1]!;
    if (last.capital && PUBLIC_BODY_ENDS.has(last.lower) && publicBodyEnd(tokens, m - 1, m) > 0) return true;
  }
  return false;
}
