/**
 * What the rest of a document says about a word: a name is written the same way throughout a story,
 * so "Veltrona" capitalised mid-sentence in one line tells the headline "VELTRONA SHARES RISE" that
 * it is a name, and "Ferreira" after "Mr" once tells every other "Ferreira" it is a person's.
 * These are the global features of Chieu and Ng (2002) and Ratinov and Roth (2009), keyed by the
 * word's lower-case form.
 */
import type { TaggedText } from '../nlp';
import type { TokenFacts } from './token-facts';

/** The facts a document gives one word (its lower-case form), as feature names. */
export type WordContext = ReadonlySet<string>;

const TITLE_KINDS = new Set(['office', 'officeAbbr', 'honorific']);
const ORG_AFTER_KINDS = new Set(['corp', 'orgSuffix']);
/** Prepositions of place: "in Varnsk", "at Ottawa". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to']);
/** Verbs of saying after a subject: people and organisations speak, places rarely. */
const SAYING = new Set(['said', 'says', 'told', 'added', 'announced', 'reported']);

function add(context: Map<string, Set<string>>, lower: string, fact: string): void {
  let facts = context.get(lower);
  if (!facts) context.set(lower, (facts = new Set()));
  facts.add(fact);
}

/**
 * The document facts of every word of a text, by lower-case form: `capMid` (written capitalised
 * mid-sentence outside a headline), `lower` (written in lower case), `afterTitle` (after a title or
 * an honorific), `afterFirst` (after a first name), `beforeOrg` (before "Corp", "Party"), and the
 * name tags compromise gave it anywhere (`cmp:Person`, `cmp:Place`, `cmp:Organization`).
 */
export function documentContext(tagged: TaggedText, facts: readonly TokenFacts[]): Map<string, WordContext> {
  const context = new Map<string, Set<string>>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const token = tagged.tokens[i]!;
    if (!token.capital) {
      if (/^\p{Ll}/u.test(f.word)) add(context, f.lower, 'lower');
      continue;
    }
    if (!f.first && !f.capsLine) add(context, f.lower, f.short === 'X' || f.short === 'X.X.' ? 'capsMid' : 'capMid');
    for (const tag of f.nameTags) if (tag === 'Person' || tag === 'Place' || tag === 'Organization') add(context, f.lower, `cmp:${tag}`);
    const before = i > 0 && !f.first ? facts[i - 1]! : null;
    const after = i + 1 < facts.length && !facts[i + 1]!.first ? facts[i + 1]! : null;
    if (before?.kinds.some((k) => TITLE_KINDS.has(k))) add(context, f.lower, 'afterTitle');
    if (before?.nameTags.includes('FirstName') && /^X/.test(before.short) && !before.capsLine) add(context, f.lower, 'afterFirst');
    if (after?.kinds.some((k) => ORG_AFTER_KINDS.has(k)) && /^X/.test(after.short)) add(context, f.lower, 'beforeOrg');
    if (after && /^X/.test(after.short) && !f.capsLine) add(context, f.lower, 'inRun');
    if (before && PLACE_PREPOSITIONS.has(before.lower)) add(context, f.lower, 'afterPlacePrep');
    if (after && SAYING.has(after.lower)) add(context, f.lower, 'beforeSaying');
  }
  for (const acronym of initialsOfPhrases(facts)) if (context.has(acronym)) add(context, acronym, 'acronym');
  return context;
}

/** The initials of every run of two or more capitalised words outside headlines, lower case ("fomc"). */
function initialsOfPhrases(facts: readonly TokenFacts[]): Set<string> {
  const initials = new Set<string>();
  let run = '';
  for (let i = 0; i <= facts.length; i++) {
    const f = facts[i];
    if (f && !f.capsLine && /^X/.test(f.short) && !(f.first && run)) {
      run += f.lower[0];
      continue;
    }
    if (f && run && ['of', 'and', 'for', '&'].includes(f.lower)) continue;
    if (run.length >= 2) initials.add(run);
    run = f && !f.capsLine && /^X/.test(f.short) ? f.lower[0]! : '';
  }
  return initials;
}
