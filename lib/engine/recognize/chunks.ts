/** Reads a sentence into capitalised phrases ("chunks"): the runs of words, connectors and nicknames a name may span. */
import { CONNECTORS, NAME_PARTICLES } from '../lexicon/grammar';
import { OFFICE_HEADS, PORTFOLIO_WORDS } from '../lexicon/offices';
import { CORPORATE_SUFFIXES, ORG_HEADS, ORG_NAME_ENDS } from '../lexicon/organizations';
import type { Token } from '../nlp';
import { portfolioWordAt } from './portfolios';
import { bracketedPortfolioEnd } from './title-words';
import {
  BREAKING_POST,
  BREAKING_PRE,
  CLOSE_QUOTE,
  OPEN_QUOTE,
  isAnd,
  isTitleCaseWord,
  joined,
  listedAfterComma,
  nameable,
  nameHalf,
  tradeBeforeName,
} from './words';

export interface Chunk {
  from: number;
  /** Exclusive. */
  to: number;
  nickname?: { from: number; to: number };
}

/**
 * Whether token i may open a chunk: a word that may stand in a name, or a sentence's first word that
 * opens an organisation's name ("Human Rights Watch said …", where "Human" alone would read as an
 * adjective) or a title ("House Speaker Kevin McCarthy", "Chief Gideon Cody had been suspended"); never
 * a trade before a name ("Chipmaker Corvana said").
 */
function opensChunk(tokens: Token[], i: number, to: number): boolean {
  const t = tokens[i]!;
  if (tradeBeforeName(tokens, i)) return false;
  if (nameable(t)) return true;
  if (!t.first || !isTitleCaseWord(t) || i + 1 >= to) return false;
  const next = tokens[i + 1]!;
  const grammatical = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord'].some((tag) => t.tags.has(tag));
  const opensOrgName = !grammatical && nameable(next) && joined(t, next) && ORG_NAME_ENDS.has(lastWordBefore(tokens, i + 1, to));
  const opensTitle =
    joined(t, next) &&
    next.capital &&
    ((PORTFOLIO_WORDS.has(t.lower) && (OFFICE_HEADS.has(next.lower) || PORTFOLIO_WORDS.has(next.lower))) || (OFFICE_HEADS.has(t.lower) && nameable(next)));
  return opensOrgName || opensTitle;
}

/** A quoted nickname from token j inside a person's name, Joaquin "El Chapo" Guzman: its tokens, or null. */
function nicknameAt(tokens: Token[], chunk: Chunk, j: number, to: number): { from: number; to: number } | null {
  const prev = tokens[j - 1]!;
  const t = tokens[j]!;
  if (chunk.nickname || !OPEN_QUOTE.test(t.pre) || !isTitleCaseWord(t) || BREAKING_POST.test(prev.post) || !tokens[chunk.from]!.tags.has('FirstName'))
    return null;
  let k = j;
  while (k < to && k < j + 3 && !CLOSE_QUOTE.test(tokens[k]!.post)) k++;
  const after = tokens[k + 1];
  if (k < to && k < j + 3 && after && isTitleCaseWord(after) && after.sentence === t.sentence && !BREAKING_PRE.test(after.pre)) return { from: j, to: k + 1 };
  return null;
}

/**
 * How many tokens from j a connector joins to the chunk (0 for none): "Group of 20", "Secretary of
 * State", "Luiz Inácio Lula da Silva", "Department of Health and Human Services".
 */
function connectorRun(tokens: Token[], chunk: Chunk, j: number, to: number): number {
  const prev = tokens[j - 1]!;
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!CONNECTORS.has(t.lower) || t.capital || !next || !joined(t, next) || next.sentence !== t.sentence) return 0;
  if (nameable(next) && !isAnd(t)) return 2;
  // "Department of Health and Human Services" is one name; "Human Rights Watch and Amnesty
  // International" are two: a name already complete before "and" does not run on.
  // "Advanced Micro Devices and Intel Corp": a company's suffix after "and" closes a second name.
  const secondCompany = t.lower === 'and' && j - chunk.from >= 2 && CORPORATE_SUFFIXES.has(lastWordBefore(tokens, j + 1, to));
  // "TVN24, TVP Info and Polsat News": the last two of a list after a comma are two names, not one.
  const listed = listedAfterComma(tokens, chunk.from);
  const completeBefore =
    secondCompany || listed || (ORG_NAME_ENDS.has(prev.lower) && !tokens.slice(chunk.from, j).some((x) => x.lower === 'of' || x.lower === 'for'));
  if (isAnd(t) && nameable(next) && ORG_NAME_ENDS.has(lastWordBefore(tokens, j + 1, to)) && !completeBefore) return 2;
  if (t.lower === 'and' && !listed && headsPortfolio(tokens, chunk.from, j) && portfolioRun(tokens, j + 1, to)) return 2;
  // "Bank of the South"; "for the" only after an organisation's head: "Alliance for the Republic".
  const forBody = t.lower === 'for' && prev.capital && (ORG_HEADS.has(prev.lower) || ORG_NAME_ENDS.has(prev.lower));
  const afterThe = (t.lower === 'of' || forBody) && next.lower === 'the' ? tokens[j + 2] : undefined;
  if (afterThe && nameable(afterThe) && joined(next, afterThe)) return 3;
  if (t.lower === 'of' && /^\d+$/.test(next.word) && ORG_HEADS.has(prev.lower)) return 2;
  return 0;
}

/**
 * Whether the chunk's tokens [from, j) name an organisation by its head and a portfolio, "Ministry
 * of Science", "Organization for Economic Cooperation", "European Bank for Reconstruction", with no
 * "and" yet: the shape a second portfolio may follow.
 */
function headsPortfolio(tokens: Token[], from: number, j: number, heads: ReadonlySet<string> = ORG_HEADS): boolean {
  let head = false;
  for (let k = from; k < j; k++) {
    const t = tokens[k]!;
    if (isAnd(t)) return false;
    if (t.capital && heads.has(t.lower) && (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'for') && k + 1 < j) head = true;
  }
  return head;
}

/**
 * Whether the capitalised run from i is a portfolio and nothing else, every word of it one
 * ("Technology", "Development", "Human Services"): after "and", such a run names no one, where
 * "Foreign Minister Ana Vidal" or "Tomas Rell" would.
 */
function portfolioRun(tokens: Token[], i: number, to: number): boolean {
  let k = i;
  for (; k < to && nameable(tokens[k]!) && (k === i || joined(tokens[k - 1]!, tokens[k]!)); k++) if (!PORTFOLIO_WORDS.has(tokens[k]!.lower)) return false;
  return k > i;
}

/**
 * Where a body's or an office's portfolios listed with commas and a last "and" end (exclusive), from
 * token j after the comma, or -1: "Ministry of Business, | Innovation and Employment", "Ministry of
 * Finance, | Planning and Economic Development", "Minister of Lands, | Agriculture and Rural
 * Resettlement". The chunk so far names a body or an office by its head and a portfolio
 * (`headsPortfolio`); each listed portfolio is one to three capitalised words, none a given name,
 * and after an office's head every word of it a portfolio's ("the Minister of Finance, Tendai Moyo
 * and Rudo Banda" lists people after the title).
 */
function listedPortfoliosEnd(tokens: Token[], chunk: Chunk, j: number, to: number): number {
  const body = headsPortfolio(tokens, chunk.from, j);
  if (tokens[j - 1]!.post.trim() !== ',' || !(body || headsPortfolio(tokens, chunk.from, j, OFFICE_HEADS))) return -1;
  const sentence = tokens[j - 1]!.sentence;
  const item = (k: number) => {
    let m = k;
    while (
      m < to &&
      m < k + 3 &&
      nameable(tokens[m]!) &&
      !tokens[m]!.tags.has('FirstName') &&
      !tokens[m]!.tags.has('Place') &&
      tokens[m]!.sentence === sentence &&
      !BREAKING_PRE.test(tokens[m]!.pre) &&
      (body || portfolioWordAt(tokens, m, to))
    ) {
      m++;
      if (!/^\s+$/.test(tokens[m - 1]!.post)) break;
    }
    return m;
  };
  for (let k = j; ;) {
    const m = item(k);
    // (A portfolio ends in no organisation's head: "the Ministry of Health, Amnesty International and Oxfam" are three.)
    if (m === k || ORG_NAME_ENDS.has(tokens[m - 1]!.lower)) return -1;
    const after = tokens[m - 1]!.post.trim();
    if (after === ',') k = m;
    else if (tokens[m]?.lower === 'and' && /^\s+$/.test(tokens[m - 1]!.post)) {
      const last = item(m + 1);
      return last > m + 1 && !ORG_NAME_ENDS.has(tokens[last - 1]!.lower) ? last : -1;
    } else return -1;
  }
}

/** How many tokens from j continue the chunk (0 where it ends), a nickname aside. */
function continuation(tokens: Token[], chunk: Chunk, j: number, to: number): number {
  const prev = tokens[j - 1]!;
  const t = tokens[j]!;
  // "Joint Secretary (Disaster Management) Ana Roy": a portfolio in brackets after an office's head
  // stays in the title's phrase; it names no one.
  const bracketed = prev.capital && OFFICE_HEADS.has(prev.lower) ? bracketedPortfolioEnd(tokens, j, to) : -1;
  if (bracketed > 0) return bracketed - j;
  const listed = listedPortfoliosEnd(tokens, chunk, j, to);
  if (listed > 0) return listed - j;
  if (!joined(prev, t)) return 0;
  if (nameable(t)) return 1;
  const next = tokens[j + 1];
  // "Commission on Human Rights", "Committee on Foreign Relations": "on" joins only after such a head.
  if (t.lower === 'on' && prev.capital && (ORG_HEADS.has(prev.lower) || ORG_NAME_ENDS.has(prev.lower)) && next && joined(t, next) && nameable(next)) return 2;
  // A given name's second half after a hyphen: "Choi Sang-mok", "Kim Jong-un" (not "Houthi-held", "Soviet-era").
  if (nameHalf(prev, t)) return 1;
  // Two particles in a row inside a name: "Ursula von der Leyen", "Sor Juana Ines de la Cruz".
  const third = tokens[j + 2];
  if (NAME_PARTICLES.has(t.lower) && !t.capital && next && NAME_PARTICLES.has(next.lower) && third && nameable(third) && joined(t, next) && joined(next, third))
    return 3;
  return connectorRun(tokens, chunk, j, to);
}

/** Splits the tokens of a sentence, [from, to), into capitalised phrases. */
export function chunksOf(tokens: Token[], from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = from;
  while (i < to) {
    if (!opensChunk(tokens, i, to)) {
      i++;
      continue;
    }
    const chunk: Chunk = { from: i, to: i + 1 };
    while (chunk.to < to) {
      const nickname = nicknameAt(tokens, chunk, chunk.to, to);
      if (nickname) {
        chunk.nickname = nickname;
        chunk.to = nickname.to + 1;
        continue;
      }
      const run = continuation(tokens, chunk, chunk.to, to);
      if (!run) break;
      chunk.to += run;
    }
    chunks.push(chunk);
    i = chunk.to;
  }
  return chunks;
}

/** The last word of the capitalised run starting at i: "Health and Human Services" looks ahead to "Services". */
export function lastWordBefore(tokens: Token[], i: number, to: number): string {
  let k = i;
  while (k + 1 < to && nameable(tokens[k + 1]!) && joined(tokens[k]!, tokens[k + 1]!)) k++;
  return tokens[k]?.lower ?? '';
}
