/**
 * Roles read as one office (issue 12, section 5): "Secretary of Homeland Security" and "Homeland
 * Security Secretary", "President of the European Council" and "European Council President",
 * "UN Secretary-General" and "United Nations Secretary-General" are each one office. A role's
 * canonical title is its office in one written form: words of tenure dropped ("Former", "outgoing"),
 * "<Head> of <Portfolio>" turned into "<Portfolio> <Head>" (except "Secretary of State", an office
 * of its own), the role's own country or body dropped from it, and each word capitalised.
 */
import { bodyOf } from './lexicon/bodies';
import { countryOf } from './lexicon/countries';
import { TENURE_WORDS } from './lexicon/offices';

/** Words kept in lower case inside a title. */
const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'to', 'on', 'in']);

/** Heads that "<Head> of X" turns into "X <Head>". */
const INVERTIBLE_HEAD =
  /^((?:deputy |vice |chief |acting |assistant |under |permanent |principal |special |associate )*(?:president|vice-president|secretary|minister|governor|mayor|chairman|chairwoman|chair|director|director-general|head|chief|commissioner|ambassador|representative|envoy|justice|judge|speaker|leader|spokesman|spokeswoman|spokesperson|inspector general|inspector-general|official))\s+(?:of|for)\s+(?:the\s+)?(.+)$/i;

/** Titles of offices that are one per country: a second person in a story cannot hold one for the same country. */
const SINGLE_HOLDER =
  /^(?:(?:vice |deputy )?president|(?:deputy )?prime minister|chancellor|king|queen|emir|sultan|monarch|secretary of state|attorney general|chief justice|(?:[a-z]+ )+(?:minister|secretary))$/i;

function capitalise(words: string): string {
  return words
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.replace(/^(\p{Ll})/u, (c) => c.toUpperCase())))
    .join(' ');
}

/** Whether words name the country or body the role belongs to: "Mexico" for Mexico, "United Nations" for UN. */
function namesOwner(words: string, country: string | null): boolean {
  if (!country) return false;
  return countryOf(words) === country || bodyOf(words) === country;
}

/** The canonical title of a role: see the module comment. "Secretary of Homeland Security" → "Homeland Security Secretary". */
export function canonicalTitle(title: string, country: string | null): string {
  let words = title.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && TENURE_WORDS.has(words[0]!.toLowerCase())) words = words.slice(1);
  let text = words.join(' ');
  const inverted = INVERTIBLE_HEAD.exec(text);
  if (inverted && !/^secretary of state$/i.test(text)) {
    const [, head, object] = inverted;
    text = namesOwner(object!, country) ? head! : `${object} ${head}`;
  }
  // "UN Secretary-General" with the UN as its body, "US Attorney General" with the US as its country.
  for (let n = 3; n >= 1; n--) {
    const parts = text.split(' ');
    if (parts.length > n && namesOwner(parts.slice(0, n).join(' '), country) && (n > 1 || bodyOf(parts[0]!) === country || countryOf(parts[0]!) === country)) {
      text = parts.slice(n).join(' ');
      break;
    }
  }
  return capitalise(text);
}

/** Whether a role was stated as past or passing: "Former President", "outgoing director". */
export function isFormer(title: string): boolean {
  return /^(former|ex-|late)\b/i.test(title.trim());
}

/** Whether a role is the office itself, not held for a time or to come: not "Former", "acting", "outgoing" or "-elect". */
export function isSubstantive(title: string): boolean {
  return !/^(former|ex-|late|acting|interim|outgoing|incoming)\b/i.test(title.trim()) && !/-elect\b/i.test(title);
}

/** Whether an office has one holder per country at a time ("President", "Finance Minister"), by its canonical title. */
export function hasSingleHolder(canonical: string): boolean {
  return SINGLE_HOLDER.test(canonical);
}
