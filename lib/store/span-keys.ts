/**
 * The keys under which the store may know a name in a text, found without the engine: every span of
 * up to four words of each capitalised run ("Prime Minister Ivo Brant" gives "brant", "ivo brant",
 * "minister ivo brant"…), normalised as the store's indexes hold names (`nameKey`, `orgKey`). A save
 * looks them up beside the engine's own names, in case the store knows a name the grammar missed in
 * this text ("Trump" alone); a page being read looks them up before the engine has run, so that the
 * store's reads overlap the analysis (`page-lookup.ts`).
 */
import { nameKey } from '../engine/names';
import { orgKey } from '../engine/org-names';

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|de|del|la|van|von|bin|al|of|the|for))*/gu;
const MAX_RUN_WORDS = 4;
/** Words a run may hold inside a name ("Secretary of State") but no stored name starts or ends with. */
const INNER_ONLY = new Set(['of', 'the', 'for']);
/** Lowercase particles: a name may start with one ("de la Madrid"), none ends with one. */
const PARTICLES = new Set(['de', 'del', 'la', 'van', 'von', 'bin', 'al']);
/** Keys shorter than this (in characters) are initials and fragments, not names. */
const MIN_KEY = 3;

/**
 * Every alias key (`by-alias`: name keys and organisation keys) and surname key (`by-surname`: spans
 * of one or two words) of the capitalised runs of `text`. A span that starts with "of", "the" or
 * "for", or ends with one of them or a particle, is left out: no stored name starts or ends so.
 */
export function spanKeys(text: string): { aliases: Set<string>; surnames: Set<string> } {
  const aliases = new Set<string>();
  const surnames = new Set<string>();
  for (const run of text.matchAll(CAPITALISED_RUN)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (INNER_ONLY.has(words[i]!)) continue;
      for (let n = 1; n <= MAX_RUN_WORDS && i + n <= words.length; n++) {
        const last = words[i + n - 1]!;
        if (INNER_ONLY.has(last) || PARTICLES.has(last)) continue;
        const span = words.slice(i, i + n).join(' ');
        const key = nameKey(span);
        if (key.length < MIN_KEY) continue;
        aliases.add(key);
        aliases.add(orgKey(span));
        if (n <= 2) surnames.add(key);
      }
    }
  }
  aliases.delete('');
  surnames.delete('');
  return { aliases, surnames };
}
