/**
 * Roles over time: the statements of an entity's roles, one per document, grouped into one line per
 * office and country with the span of dates they were stated in. "Secretary of Homeland Security" and
 * "Homeland Security Secretary" are one office: the same head and portfolio words, in any order and case.
 */
import { oldestFirst, type PlacedDate } from './date-place';
import type { DocumentId } from './types';

/** Words that join an office's words without changing the office: "Secretary *of* State". */
const JOINING_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'at', 'de', 'del', 'la', 'el']);
/** One spelling for words spelt two ways: "Defence Secretary" is the "Defense Secretary". */
const SPELLINGS: Record<string, string> = { defence: 'defense', labour: 'labor', organisation: 'organization' };

/**
 * The key an office is known by: its words folded (case and accents aside), without joining words,
 * possessives or punctuation, each once, in alphabetical order.
 *
 * @example officeKey('Secretary of Homeland Security') === officeKey('homeland security secretary') // 'homeland secretary security'
 * @param title the title as stated, or the engine's canonical title where it gives one
 */
export function officeKey(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !JOINING_WORDS.has(w))
    .map((w) => SPELLINGS[w] ?? w);
  return [...new Set(words)].sort().join(' ');
}

/** One statement of a role, with the placed date of the document that states it. */
export interface DatedRole {
  title: string;
  country: string | null;
  documentId: DocumentId;
  date: PlacedDate;
  /** How many other documents' statements of the same role this one stands for (a store's bounded roles). */
  folded?: number;
}

/** One line of "roles over time": an office in a country and when it was stated. */
export interface RoleLine {
  /** The title as written most often (the fuller form on a tie). */
  title: string;
  country: string | null;
  /** The earliest and latest placed dates (ISO), or null when no statement is dated. */
  from: string | null;
  to: string | null;
  /** Whether either end's year was worked out rather than printed. */
  inferred: boolean;
  /** How many documents state it, and how many of those are undated. */
  documents: number;
  undated: number;
  /** Every form the title took, most frequent first. */
  forms: string[];
  /** The documents that state it (where a store folded statements, those of the statements it kept; `documents` counts them all). */
  documentIds: DocumentId[];
}

/** The form written most often; on a tie the longer one ("Secretary of Homeland Security"), then the first. */
function mostUsed(forms: { title: string; folded?: number }[]): string[] {
  const counts = new Map<string, number>();
  for (const { title, folded } of forms) counts.set(title, (counts.get(title) ?? 0) + 1 + (folded ?? 0));
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length);
}

/**
 * Groups role statements into one line per office and country, oldest first; lines with no dated
 * statement come last. A statement without a country joins its office's line when that office was
 * stated for exactly one country, and stands on its own otherwise.
 *
 * @param roles every statement of the entity's roles, each with its document's placed date
 * @returns the lines, in date order of their first statement
 */
export function rolesOverTime(roles: readonly DatedRole[]): RoleLine[] {
  const countries = new Map<string, Set<string>>();
  for (const r of roles) if (r.country) countries.set(officeKey(r.title), (countries.get(officeKey(r.title)) ?? new Set()).add(r.country));
  const groups = new Map<string, DatedRole[]>();
  for (const r of roles) {
    const office = officeKey(r.title);
    const only = countries.get(office);
    const country = r.country ?? (only?.size === 1 ? [...only][0]! : null);
    const key = `${office}|${country ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...r, country }]);
  }
  const lines: RoleLine[] = [...groups.values()].map((group) => {
    const dated = group.filter((r) => r.date.iso).sort((a, b) => oldestFirst(a.date, b.date));
    // Each document once, standing for the documents folded into its statement.
    const documents = new Map<DocumentId, { dated: boolean; weight: number }>();
    for (const r of group) {
      const seen = documents.get(r.documentId);
      documents.set(r.documentId, { dated: !!seen?.dated || !!r.date.iso, weight: Math.max(seen?.weight ?? 0, 1 + (r.folded ?? 0)) });
    }
    const weights = [...documents.values()];
    const forms = mostUsed(group);
    return {
      title: forms[0]!,
      country: group[0]!.country,
      from: dated[0]?.date.iso ?? null,
      to: dated.at(-1)?.date.iso ?? null,
      inferred: !!(dated[0]?.date.inferred || dated.at(-1)?.date.inferred),
      documents: weights.reduce((n, d) => n + d.weight, 0),
      undated: weights.reduce((n, d) => n + (d.dated ? 0 : d.weight), 0),
      forms,
      documentIds: [...documents.keys()],
    };
  });
  return lines.sort((a, b) => oldestFirst({ iso: a.from, inferred: false }, { iso: b.from, inferred: false }) || (a.to ?? '').localeCompare(b.to ?? ''));
}
