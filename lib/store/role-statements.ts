/**
 * A profile's role statements, kept bounded. The engine states a role once per document ("President
 * Ana Velmora" in each article that names her so), and a profile used to keep every statement: an
 * official named in 10,000 saved articles carried 10,000 of them, so each save that reached her read
 * and wrote a record that grew with the store (and joined the lists pairwise), and her hover card read
 * every stating document to date them.
 *
 * Now each role, a title and a country, keeps at most `ROLE_ENDS` statements from its earliest
 * documents, `ROLE_ENDS` from its latest and `ROLE_ENDS` undated ones; every statement folded away
 * adds to the `folded` count of one it leaves. What a reader sees of a role (roles over time: its
 * first and last dates, how many documents state it, how many undated, its forms) comes out the same
 * as from every statement, except that a form written only in folded statements is no longer listed.
 */
import { fold } from '../engine/names';
import { sortableHasYear } from '../shared/date-place';
import type { DocumentId, RoleStatement } from '../shared/types';

/** A role statement as a profile stores it. */
export interface StoredRole extends RoleStatement {
  /**
   * The stating document's sortable date ("2017-02-08"; "0000-07-05" without a year; '' undated),
   * written when the statement is saved. Absent on statements saved before roles were bounded:
   * those are left as they are until their dates are read (`undatedStatements`).
   */
  date?: string;
  /** How many other documents' statements of the same role were folded into this one (0 when absent). */
  folded?: number;
}

/** Statements kept at each end of a role's dates, and undated: at most 3 × this per role. */
export const ROLE_ENDS = 3;

const roleKey = (r: RoleStatement) => `${fold(r.title)}|${r.country ?? ''}`;
const statementKey = (r: RoleStatement) => `${r.documentId}|${roleKey(r)}`;
/** A statement dated with a year: those a role's span is read from. */
const hasYear = (r: StoredRole) => sortableHasYear(r.date);

/** The statements of each role, as positions in `roles`. */
function byRole(roles: readonly StoredRole[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  roles.forEach((r, i) => groups.set(roleKey(r), [...(groups.get(roleKey(r)) ?? []), i]));
  return groups;
}

/**
 * Keeps at most 3 × `ROLE_ENDS` statements per role: the earliest and latest `ROLE_ENDS` with a
 * year, and the first `ROLE_ENDS` without one; the others are folded into the kept statement nearest
 * them (`folded`). Statements with no date written yet are all kept. Order is kept, so the last
 * statement is still the latest saved one where it is kept.
 *
 * @returns `roles` itself when nothing is over the bound, else a new list
 */
export function boundRoles<T extends StoredRole>(roles: readonly T[]): T[] {
  const dropped = new Set<number>();
  const extra = new Map<number, number>();
  const foldInto = (from: number, into: number) => {
    dropped.add(from);
    extra.set(into, (extra.get(into) ?? 0) + 1 + (roles[from]!.folded ?? 0) + (extra.get(from) ?? 0));
    extra.delete(from);
  };
  for (const positions of byRole(roles).values()) {
    if (positions.length <= 3 * ROLE_ENDS) continue;
    const dated = positions.filter((i) => hasYear(roles[i]!)).sort((a, b) => roles[a]!.date!.localeCompare(roles[b]!.date!) || a - b);
    for (let k = ROLE_ENDS; k < dated.length - ROLE_ENDS; k++) foldInto(dated[k]!, dated[k < dated.length / 2 ? ROLE_ENDS - 1 : dated.length - ROLE_ENDS]!);
    const undated = positions.filter((i) => roles[i]!.date !== undefined && !hasYear(roles[i]!));
    for (let k = ROLE_ENDS; k < undated.length; k++) foldInto(undated[k]!, undated[ROLE_ENDS - 1]!);
  }
  if (!dropped.size) return roles as T[];
  return roles.flatMap((r, i) => (dropped.has(i) ? [] : [extra.has(i) ? { ...r, folded: (r.folded ?? 0) + extra.get(i)! } : r]));
}

/**
 * The statements of both lists, each (document, title, country) once; linear in their lengths. Not
 * bounded here: every write of a profile passes `withKeys`, which bounds its roles.
 */
export function unionRoles<T extends StoredRole>(a: readonly T[], b: readonly T[]): T[] {
  const seen = new Set(a.map(statementKey));
  const roles = [...a];
  for (const r of b) if (!seen.has(statementKey(r))) (roles.push(r), seen.add(statementKey(r)));
  return roles;
}

/**
 * The statements left once some documents are gone. What a removed statement had folded into it
 * passes to the remaining statement of its role nearest it in date, so the role's document count
 * stays right; it is lost only with the role's last kept statement.
 */
export function withoutDocuments<T extends StoredRole>(roles: readonly T[], gone: (documentId: DocumentId) => boolean): T[] {
  const kept = roles.filter((r) => !gone(r.documentId));
  if (kept.length === roles.length) return [...roles];
  const extra = new Map<T, number>();
  for (const removed of roles) {
    if (!removed.folded || !gone(removed.documentId)) continue;
    const same = kept.filter((r) => roleKey(r) === roleKey(removed));
    const distance = (r: T) => (hasYear(r) && hasYear(removed) ? Math.abs(Date.parse(r.date!) - Date.parse(removed.date!)) : Infinity);
    const heir = same.sort((x, y) => distance(x) - distance(y))[0];
    if (heir) extra.set(heir, (extra.get(heir) ?? 0) + removed.folded);
  }
  return kept.map((r) => (extra.has(r) ? { ...r, folded: (r.folded ?? 0) + extra.get(r)! } : r));
}

/**
 * The documents whose dates a role's statements need before it can be bounded: those of statements
 * saved before statements carried dates, in roles that are over the bound. Empty for any profile
 * saved since, so a save reads them at most once per profile.
 */
export function undatedStatements(roles: readonly StoredRole[]): DocumentId[] {
  const wanted: DocumentId[] = [];
  for (const positions of byRole(roles).values())
    if (positions.length > 3 * ROLE_ENDS) for (const i of positions) if (roles[i]!.date === undefined) wanted.push(roles[i]!.documentId);
  return wanted;
}
