/**
 * Mends the edges of the tagger's name spans before they are read: a word the tagger left off a name,
 * or the type of a name a lower-case word after it decides. Each rule is a shape of English news
 * writing, tested on invented names in `tests/lib/engine/`.
 */
import { countryOf, isDemonym } from '../lexicon/countries';
import { LEGISLATOR_HEADS, LEGISLATURE_WORDS, OFFICE_HEADS, PORTFOLIO_WORDS } from '../lexicon/offices';
import { ORG_NAME_ENDS, PRIVATE_BODY_ENDS } from '../lexicon/organizations';
import type { TaggedText, Token } from '../nlp';
import type { NameSpan } from '../tagger/tag-names';
import { joined, legislatorAbbreviation, nameHalf } from './words';

/**
 * The tagger's span with its edges mended: a leader's name before "administration" made a person; a
 * legislature's own name, and a party's before a legislator ("a Jana Vimukthi Peramuna lawmaker"),
 * made organisations; a title's last portfolio word left out of a person's; a hyphenated given
 * name's lower-case half and a body's last word taken in.
 * Returns the span itself when no rule applies; never throws.
 */
export function mendedSpan(tagged: TaggedText, span: NameSpan): NameSpan {
  const typed = leaderOfAdministration(tagged.tokens, span)
    ? { ...span, type: 'PER' as const }
    : legislatureNamed(tagged.tokens, span) || partyOfLegislator(tagged.tokens, span)
      ? { ...span, type: 'ORG' as const }
      : span;
  return withBodyEnd(tagged, withNameHalf(tagged, withoutPortfolio(tagged, typed)));
}

/**
 * A person's span that opens with the last word of a capitalised title's portfolio, without it:
 * "Irrigation Khaled Obeidat" of "Minister of Water and Irrigation Khaled Obeidat". The word follows
 * "and", "of" or "for" in a title whose head is an office (`OFFICE_HEADS`), and no one's given name.
 */
function withoutPortfolio(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  let from = span.from;
  while (span.type === 'PER' && span.to - from >= 3 && portfolioWordOpens(tokens, from)) from++;
  return from === span.from ? span : { ...span, from, start: tokens[from]!.start };
}

/**
 * Whether the word at token `from` is the last of a capitalised title's portfolio and no name's
 * first: "Irrigation" of "Minister of Water and Irrigation Khaled Obeidat", after "and", "of" or
 * "for" in a title whose head is an office (`OFFICE_HEADS`), and no given name.
 */
export function portfolioWordOpens(tokens: readonly Token[], from: number): boolean {
  const [first, connector] = [tokens[from]!, tokens[from - 1]];
  // "Affairs" of "… for Foreign and Commonwealth Affairs Liam Fox": a portfolio's next word, after one that opened.
  if (connector?.capital && first.capital && PORTFOLIO_WORDS.has(first.lower) && joined(connector, first)) return portfolioWordOpens(tokens, from - 1);
  if (!connector || !/^(and|of|for|&)$/.test(connector.lower) || connector.capital) return false;
  if (first.tags.has('FirstName') || connector.sentence !== first.sentence) return false;
  for (let j = from - 2; j >= Math.max(0, from - 6); j--) {
    const t = tokens[j]!;
    if (t.sentence !== first.sentence || !(t.capital || /^(and|of|for|the|&)$/.test(t.lower)) || !joined(t, tokens[j + 1]!)) return false;
    if (t.capital && OFFICE_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** A person's span that stops before the lower-case half of a hyphenated given name, with it: "Kang Young" of "Kang Young-hoon". */
function withNameHalf(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  const next = tokens[span.to];
  if (span.type !== 'PER' || !next || !nameHalf(tokens[span.to - 1]!, next)) return span;
  return { ...span, to: span.to + 1, end: next.end };
}

/**
 * An organisation's span that stops before the capitalised last word of a body's name, with it: "Civic
 * Justice" of "the Civic Justice Project", "Coastal Water" of "the Coastal Water Initiative". The word
 * (`PRIVATE_BODY_ENDS`, `ORG_NAME_ENDS`) follows the span after a bare space, in its sentence: not in
 * brackets ("Hizbollah (Party of God)"), nor after a possessive ("the Aviation Administration's
 * International Safety program").
 */
function withBodyEnd(tagged: TaggedText, span: NameSpan): NameSpan {
  const { tokens } = tagged;
  const [last, next] = [tokens[span.to - 1]!, tokens[span.to]];
  if (span.type !== 'ORG' || !next?.capital || next.sentence !== last.sentence || last.possessive || !/^\s+$/.test(last.post) || next.pre !== '') return span;
  if (!PRIVATE_BODY_ENDS.has(next.lower) && !ORG_NAME_ENDS.has(next.lower)) return span;
  return { ...span, to: span.to + 1, end: next.end };
}

/**
 * "the Obama administration", "the Varnell administration": the name before a lower-case
 * "administration" is the leader's whose government it was, a person, whatever the tagger read (not a
 * country or a people's adjective: "the Kenyan administration").
 */
function leaderOfAdministration(tokens: readonly Token[], span: NameSpan): boolean {
  const after = tokens[span.to];
  if (span.to - span.from > 2 || after?.lower !== 'administration' || after.capital || tokens[span.from - 1]?.lower !== 'the') return false;
  return tokens.slice(span.from, span.to).every((t) => t.capital && !countryOf(t.word) && !isDemonym(t.word) && !/^\p{Lu}{2,}$/u.test(t.word));
}

/**
 * A legislature's name in its country's language, alone, which the tagger may read as a person: "a
 * deputy of the Mazhilis", "the Saeima voted" (`LEGISLATURE_WORDS`). It is an organisation.
 */
function legislatureNamed(tokens: readonly Token[], span: NameSpan): boolean {
  return span.to - span.from === 1 && span.type !== 'ORG' && tokens[span.from]!.capital && LEGISLATURE_WORDS.has(tokens[span.from]!.lower);
}

/**
 * A person's span between "a" and a legislator's head, which names the legislator's party: "a Jana
 * Vimukthi Peramuna lawmaker", "an Ennahda MP" (`LEGISLATOR_HEADS`, lower case, or initials: "MP").
 */
function partyOfLegislator(tokens: readonly Token[], span: NameSpan): boolean {
  const [before, head] = [tokens[span.from - 1], tokens[span.to]];
  if (span.type !== 'PER' || !before || !head || !/^(a|an)$/.test(before.lower) || before.sentence !== head.sentence) return false;
  return LEGISLATOR_HEADS.has(head.lower) && (!head.capital || legislatorAbbreviation(head));
}
