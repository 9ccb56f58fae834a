/**
 * The words every view uses for the same things, so the popup, the card, the profile and the options
 * page agree: one spelling of "organisation", plurals that fit their number, and an acronym's full name.
 */
import type { EntityKind } from './types';

/** A kind as a label: "Official", "Organisation", "Person". */
export const KIND_LABEL: Record<EntityKind, string> = { official: 'Official', organization: 'Organisation', person: 'Person' };

/** A kind as a group heading: "Officials", "Organisations", "People". */
export const KIND_GROUP: Record<EntityKind, string> = { official: 'Officials', organization: 'Organisations', person: 'People' };

/**
 * A count with its noun: "1 mention", "13 mentions", "1 person", "2 people".
 *
 * @param n the count
 * @param singular the noun for one
 * @param plural the noun for any other number; the singular with an "s" if not given
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}

const MINOR_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'für', 'der', 'die', 'das', 'et', 'y', '&']);

/** Whether a name is written as initials: "ECB", "G-20", "G20", "U.N.", "AfD". */
export function isAcronym(name: string): boolean {
  if (/\s/.test(name) || name.length > 12) return false;
  const capitals = name.replace(/[^A-Z]/g, '').length;
  const lower = name.replace(/[^a-z]/g, '').length;
  const digits = name.replace(/[^0-9]/g, '').length;
  return (capitals >= 2 || (capitals === 1 && digits > 0)) && lower <= 1;
}

/** The initials a full name gives, with or without its minor words: "Group of 20" → ["G20", "GO20"]. */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letter = (w: string) => (/^\d+$/.test(w) ? w : (w[0] ?? '').toUpperCase());
  return [
    words
      .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
      .map(letter)
      .join(''),
    words.map(letter).join(''),
  ];
}

/**
 * An entity's name as a reader should first see it: an acronym with its full name, "European Central
 * Bank (ECB)", when one of its names is the acronym and another spells it out ("Group of 20 (G-20)").
 * Otherwise the name as it is.
 *
 * @param name the profile's name
 * @param aliases its other names
 */
export function fullName(name: string, aliases: readonly string[]): string {
  const names = [...new Set([name, ...aliases])];
  const acronym = isAcronym(name) ? name : names.find(isAcronym);
  if (!acronym) return name;
  const letters = acronym.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  const expansion = names.filter((n) => n !== acronym && /\s/.test(n) && initials(n).includes(letters)).sort((a, b) => b.length - a.length)[0];
  return expansion ? `${expansion} (${acronym})` : name;
}
