/**
 * Organisation name forms: "US State Department", "State Department" and "Department of State" share
 * a key; so do "G-20" and "G20", and "Agence France-Presse" and "AFP".
 */
import { bodyOf } from './lexicon/bodies';
import { CORPORATE_SUFFIXES, NEWS_AGENCIES } from './lexicon/organizations';
import { fold, stripPossessive } from './names';

/** The key that every written form of one organisation's name shares. */
export function orgKey(name: string): string {
  let key = fold(stripPossessive(name.trim()))
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
  key = NEWS_AGENCIES.get(key)?.toLowerCase() ?? key;
  // "UN Security Council" is the "Security Council": the initials of the body that owns it add nothing.
  const [owner, ...rest] = key.split(' ');
  if (rest.length >= 2 && /^[a-z.]{2,6}$/.test(owner!) && bodyOf(owner!)) key = rest.join(' ');
  // "Department of Justice" ↔ "Justice Department", "Ministry of Defence" ↔ "Defence Ministry".
  const inverted = /^(department|ministry|office|bureau|secretariat) of (?:the )?(.+)$/.exec(key);
  if (inverted) key = `${inverted[2]} ${inverted[1]}`;
  // "Nvidia Corp" is "Nvidia": a company's legal suffix is no part of what tells it apart.
  const words = key.split(' ');
  if (words.length >= 2 && CORPORATE_SUFFIXES.has(words.at(-1)!.replace(/\.$/, ''))) key = words.slice(0, -1).join(' ');
  return key.replace(/[^a-z0-9]+/g, '');
}
