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
import { isAcronym } from './acronyms';
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
