/** Reads acronyms and the initials an organisation gives in brackets: "NATO", "Group of 20 (G-20)", "Alternative for Germany (AfD)". */
import { countryOf } from '../lexicon/countries';
import { INITIALISM_HEADS } from '../lexicon/offices';
import { NOT_ORG_ACRONYMS, PUBLIC_BODY_ENDS } from '../lexicon/organizations';
import type { TaggedText, Token } from '../nlp';
import { type NameSighting, organization, type Reading, type Verdict } from './sightings';

/** "(AfD)", "(NATO)": initials alone in brackets, in capitals or mixed case. */
export function bracketedAcronym(t: Token): boolean {
  return t.pre.includes('(') && t.post.startsWith(')') && /^(?=(?:.*\p{Lu}){2})[\p{L}\d&-]{2,8}$/u.test(t.word) && !/\p{Ll}{3}/u.test(t.word);
}

/** Initials in brackets with a word after them, no punctuation between: "(SPD) " of "a Social Democratic Party (SPD) lawmaker". */
export function initialsBeforeWord(t: Token): boolean {
  return bracketedAcronym(t) && /^\)\s+$/.test(t.post);
}

/** Initials in brackets before a comma: "(DCE)," of "The District Chief Executive (DCE), Mr Ocloo,". */
export function initialsBeforeComma(t: Token): boolean {
  return t.pre.includes('(') && /^\)\s*,/.test(t.post) && isAcronym(t.word);
}

/** Two to eight capitals, digits, "&" or "-", with two capitals or a capital and a digit: "NATO", "G-20", "AT&T". */
export function isAcronym(word: string): boolean {
  return /^(?=.*\p{Lu}.*\p{Lu}|\p{Lu}-?\d)[\p{Lu}\d&-]{2,8}$/u.test(word) && !/^\d/.test(word);
}

/** "Group of 20 (G-20)": the acronym in brackets after an organisation is another name for it. */
export function withAcronym(tagged: TaggedText, out: NameSighting[], to: number): NameSighting[] {
  const t = tagged.tokens[to];
  const orgName = out[0]?.name;
  if (t && orgName && t.pre.includes('(') && t.post.startsWith(')') && (isAcronym(t.word) || bracketedAcronym(t) || spelledInitials(tagged.tokens, to))) {
    out.push({ kind: 'organization', name: t.word, start: t.start, end: t.end, sentence: t.sentence, acronymOf: orgName });
  }
  return out;
}

/** Lower-case words an organisation's initials skip: "Office for the Coordination of Humanitarian Affairs" is OCHA. */
const SKIPPED_IN_INITIALS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'di', '&']);

/**
 * Whether tokens [from, to) give these initials: each capitalised word its first letter, a word in
 * capitals the whole word ("UN"), a lower-case connector its first letter or none ("in Lebanon" of
 * UNIFIL, "for the" of OCHA).
 */
function givesInitials(tokens: readonly Token[], from: number, to: number, letters: string): boolean {
  const match = (i: number, j: number): boolean => {
    if (i === to) return j === letters.length;
    const t = tokens[i]!;
    if (SKIPPED_IN_INITIALS.has(t.lower)) return match(i + 1, j) || (letters[j] === t.lower[0]!.toUpperCase() && match(i + 1, j + 1));
    const own = /^\p{Lu}{2,}$/u.test(t.word) ? t.word : t.word[0]!.toUpperCase();
    return letters.startsWith(own, j) && match(i + 1, j + own.length);
  };
  return match(from, 0);
}

/**
 * Where the name whose initials are `acronym` starts, the name ending at token `to` (exclusive) and
 * running back at most eight tokens, connectors included, written without a break: "Ethiopian National Defense Force (ENDF)",
 * "Office for the Coordination of Humanitarian Affairs (OCHA)". -1 where no start gives them.
 */
export function startOfInitials(tokens: readonly Token[], to: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  for (let from = to - 1; from >= Math.max(0, to - 8); from--) {
    const t = tokens[from]!;
    if (from < to - 1 && (!/^\s+$/.test(t.post) || t.sentence !== tokens[to - 1]!.sentence)) break;
    if (t.capital && givesInitials(tokens, from, to, letters)) return from;
  }
  return -1;
}

/**
 * A product or part code rather than a name: a letter after a digit, or three digits ("RTX4090",
 * "A17X", "B0C1"); "G20", "G-7" and "COP28" keep their shape.
 */
export function isCode(word: string): boolean {
  return /\d[\p{L}]/u.test(word) || /\d{3}/.test(word);
}

/** A phrase of one acronym: "AFP", "G-20", "NATO" (not "US", "TV", "GPU" or "AM", nor a code, nor a place the tagger knows). */
export function readAcronym(r: Reading): Verdict {
  const first = r.tagged.tokens[r.from]!;
  if (r.to - r.from !== 1 || !isAcronym(first.word) || NOT_ORG_ACRONYMS.has(first.lower.replace(/\.$/, '')) || countryOf(first.word)) return null;
  // "RM8 billion", "KSh12 million": a currency's letters before a sum.
  const sum = /\d$/.test(first.word) && /^(million|billion|trillion|bn|mn|m|k)$/.test(r.tagged.tokens[r.to]?.lower ?? '');
  if (isCode(first.word) || sum) return [];
  if (first.tags.has('Place') && !first.tags.has('Organization')) return [];
  return [organization(r, r.from, r.to)];
}

/**
 * A phrase of one acronym in the possessive, before what it owns: "the NAACP's North Carolina
 * chapter", "the FBI's director". An owner written in initials is a body (`readAcronym`'s rules
 * otherwise: no country, no code, none of `NOT_ORG_ACRONYMS`, no office's initials), whatever the tagger read, which
 * compromise leaves without an acronym's tags in the possessive.
 */
export function readOwningAcronym(r: Reading): Verdict {
  const first = r.tagged.tokens[r.from]!;
  // "the PM's office", "the DA's case": an office's initials own what its holder does.
  if (r.to - r.from !== 1 || !first.possessive || INITIALISM_HEADS.has(first.lower)) return null;
  const verdict = readAcronym(r);
  return verdict?.length ? verdict : null;
}

/**
 * Initials in brackets written as a word in title case, as British and South African papers write
 * them, where the name before spells them: "National Energy Regulator of South Africa (Nersa)".
 */
export function spelledInitials(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !!t && t.pre.includes('(') && t.post.startsWith(')') && /^\p{Lu}\p{Ll}{2,7}$/u.test(t.word) && startOfInitials(tokens, at, t.word) >= 0;
}

/** "Alternative for Germany (AfD)": a name that gives its initials in brackets is an organisation's. */
export function readNameWithInitials(r: Reading): Verdict {
  const { tokens } = r.tagged;
  const first = tokens[r.from]!;
  const after = tokens[r.to];
  if (r.to - r.from < 2 || !after || !(bracketedAcronym(after) || spelledInitials(tokens, r.to)) || first.tags.has('FirstName') || first.tags.has('Person'))
    return null;
  return withAcronym(r.tagged, [organization(r, r.from, r.to)], r.to);
}

/**
 * Whether the story spells out these initials, in brackets after a name, as a public body's: "the
 * Sri Lanka Ports Authority (SLPA)" makes "the chairman of the SLPA" an office. The word before the
 * brackets is the body's last (`PUBLIC_BODY_ENDS`), and the words before it give the initials.
 */
export function spelledAsPublicBody(tokens: readonly Token[], acronym: string): boolean {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word !== acronym || !t.pre.includes('(') || !t.post.startsWith(')')) continue;
    const last = tokens[k - 1]!;
    if (last.capital && PUBLIC_BODY_ENDS.has(last.lower) && startOfInitials(tokens, k, acronym) >= 0) return true;
  }
  return false;
}
