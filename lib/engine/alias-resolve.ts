/**
 * Alias resolution across documents: one entity per real person or organisation. Documents are
 * added one at a time, so a store can grow without re-profiling what it holds.
 * - Two full names that differ only in accents, an initial, a middle name, a second surname or a
 *   short first name are one person, unless their roles name different countries.
 * - A surname alone, in a document that never names the person in full, joins the one person with
 *   that surname; where two people share it, it stays apart.
 * - Organisations share a key (see org-names.ts), acronyms defined in the text included.
 */
import { AliasTable, placeWords, scanAliases } from './alias-scan';
import { aliasForms, type DocumentAnalysis, type LocalGroup } from './document-analysis';
import { fold, nameKey, nameWords, sameFullName, surnameForms } from './names';
import type { NameSighting } from './recognize';
import { orgKey } from './org-names';
import type { DocumentId, Entity, EntityId, EntityKind, Mention, RoleStatement } from '../shared/types';

/** An entity the registry starts from: a stored profile, without its mentions. */
export interface KnownEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  roles: readonly RoleStatement[];
}

interface EntityDraft {
  id: EntityId;
  kind: 'person' | 'organization';
  /** Person: full names; organisation: names as written. */
  names: string[];
  /** Person: every surname form and lone name it was called by. */
  surnames: Set<string>;
  orgKeys: Set<string>;
  aliases: Set<string>;
  mentions: Mention[];
  roles: RoleStatement[];
  /** Whether it came from the store rather than from the documents added. */
  known: boolean;
}

function isFullName(name: string): boolean {
  return nameWords(name).filter((w) => w.length > 1).length >= 2;
}

/** The form of an entity id derived from a name: "John F. Kelly" → "john-f-kelly". */
export function slug(name: string): string {
  return (
    fold(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

function roleCountries(roles: readonly RoleStatement[]): Set<string> {
  return new Set(roles.map((r) => r.country).filter((c): c is string => !!c));
}

/** Roles contradict when both sides name countries and none is shared. */
function rolesContradict(a: readonly RoleStatement[], b: readonly RoleStatement[]): boolean {
  const x = roleCountries(a);
  const y = roleCountries(b);
  return x.size > 0 && y.size > 0 && ![...x].some((c) => y.has(c));
}

function hasAccents(name: string): boolean {
  return name.normalize('NFKD') !== name;
}

export class EntityRegistry {
  private readonly drafts: EntityDraft[] = [];
  private readonly ids = new Set<string>();

  /**
   * Starts from known entities (the store's profiles that a new document may name), so a document
   * joins them by the same rules as a whole corpus would, without re-profiling the corpus.
   */
  constructor(known: readonly KnownEntity[] = []) {
    for (const entity of known) {
      this.ids.add(entity.id);
      const kind = entity.kind === 'organization' ? 'organization' : 'person';
      const forms = [entity.name, ...entity.aliases];
      // An organisation goes by its name and by its initials ("G-20", "AfD"), which the alias scan looks for too.
      const names = kind === 'organization' ? forms.filter((f) => f === entity.name || /^[\p{Lu}\d&.-]{2,8}$/u.test(f)) : forms.filter(isFullName);
      const draft: EntityDraft = {
        id: entity.id,
        kind,
        names: [...new Set(names.length ? names : [entity.name])],
        surnames: new Set(kind === 'person' ? forms.flatMap((f) => (isFullName(f) ? surnameForms(f) : [nameKey(f)])) : []),
        orgKeys: new Set(kind === 'organization' ? forms.map(orgKey) : []),
        aliases: new Set(entity.aliases),
        mentions: [],
        roles: [...entity.roles],
        known: true,
      };
      this.drafts.push(draft);
    }
  }

  private create(kind: EntityDraft['kind'], name: string): EntityDraft {
    let id = slug(name);
    for (let n = 2; this.ids.has(id); n++) id = `${slug(name)}-${n}`;
    this.ids.add(id);
    const draft: EntityDraft = {
      id: id as EntityId,
      kind,
      names: [],
      surnames: new Set(),
      orgKeys: new Set(),
      aliases: new Set(),
      mentions: [],
      roles: [],
      known: false,
    };
    this.drafts.push(draft);
    return draft;
  }

  private people(): EntityDraft[] {
    return this.drafts.filter((d) => d.kind === 'person');
  }

  private findPerson(group: LocalGroup, roles: RoleStatement[]): EntityDraft | undefined {
    if (group.names.length) {
      return this.people().find(
        (d) => d.names.some((n) => group.names.some((g) => sameFullName(n, g) || nameKey(n) === nameKey(g))) && !rolesContradict(d.roles, roles),
      );
    }
    const keys = new Set(group.sightings.map((s) => nameKey(s.name)));
    const fits = this.people().filter((d) => [...keys].some((k) => d.surnames.has(k)) && !rolesContradict(d.roles, roles));
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Adds one analysed document's names to the entities. */
  addDocument(documentId: DocumentId, analysis: DocumentAnalysis): void {
    for (const group of analysis.groups) {
      const roles = rolesOf(group.sightings, documentId);
      let draft: EntityDraft | undefined;
      if (group.kind === 'person') draft = this.findPerson(group, roles);
      else draft = this.drafts.find((d) => d.kind === 'organization' && [...group.orgKeys].some((k) => d.orgKeys.has(k)));
      draft ??= this.create(group.kind, group.names[0] ?? group.sightings[0]!.name);
      this.absorb(draft, group, analysis, documentId, roles);
    }
  }

  private absorb(draft: EntityDraft, group: LocalGroup, analysis: DocumentAnalysis, documentId: DocumentId, roles: RoleStatement[]): void {
    for (const name of group.names) if (!draft.names.includes(name)) draft.names.push(name);
    for (const name of group.names) for (const form of surnameForms(name)) draft.surnames.add(form);
    for (const key of group.orgKeys) draft.orgKeys.add(key);
    for (const s of group.sightings) {
      if (group.kind === 'person' && nameWords(s.name).length === 1) draft.surnames.add(nameKey(s.name));
      if (s.nickname) draft.aliases.add(s.nickname.replace(/["“”]/g, ''));
      if (s.qualifier) draft.aliases.add(`${s.qualifier} ${s.name}`);
      this.addMention(draft, s, analysis, documentId);
    }
    for (const role of roles) {
      if (!draft.roles.some((r) => r.documentId === role.documentId && fold(r.title) === fold(role.title) && r.country === role.country))
        draft.roles.push(role);
    }
  }

  private addMention(draft: EntityDraft, s: NameSighting, analysis: DocumentAnalysis, documentId: DocumentId): void {
    const { text, sentences } = analysis.tagged;
    if (draft.mentions.some((m) => m.documentId === documentId && m.start === s.start)) return;
    const sentence = sentences[s.sentence];
    const mentionText = text.slice(s.start, s.end);
    draft.aliases.add(mentionText);
    draft.mentions.push({
      documentId,
      text: mentionText,
      start: s.start,
      end: s.end,
      sentence: sentence ? text.slice(sentence.start, sentence.end).trim() : mentionText,
    });
  }

  /**
   * Joins people known only by a surname ("Lopez Obrador", "Mr Trump") to the one person named in
   * full with it, now that all documents are in. Where two people share the surname, it stays apart.
   */
  consolidate(): void {
    // How many people go by each surname form, kept as drafts merge, so that "named only by a surname
    // someone else has" is a lookup rather than a walk over every person.
    const holders = new Map<string, number>();
    const hold = (key: string, by: number) => holders.set(key, (holders.get(key) ?? 0) + by);
    for (const d of this.people()) for (const k of d.surnames) hold(k, 1);
    const shortOnly = (d: EntityDraft) => d.names.every((n) => (holders.get(nameKey(n)) ?? 0) - (d.surnames.has(nameKey(n)) ? 1 : 0) > 0);
    for (const lone of this.people().filter((d) => !d.known && shortOnly(d))) {
      const keys = lone.names.length ? lone.names.map(nameKey) : [...lone.surnames];
      const fits = this.people().filter(
        (d) => d !== lone && d.names.length > 0 && !shortOnly(d) && keys.every((k) => d.surnames.has(k)) && !rolesContradict(d.roles, lone.roles),
      );
      if (fits.length !== 1) continue;
      const into = fits[0]!;
      for (const m of lone.mentions) if (!into.mentions.some((x) => x.documentId === m.documentId && x.start === m.start)) into.mentions.push(m);
      for (const r of lone.roles) into.roles.push(r);
      for (const a of lone.aliases) into.aliases.add(a);
      for (const k of keys) {
        if (into.surnames.has(k)) continue;
        into.surnames.add(k);
        hold(k, 1);
      }
      for (const k of lone.surnames) hold(k, -1);
      this.drafts.splice(this.drafts.indexOf(lone), 1);
    }
  }

  /**
   * Finds, in one document, the known names the grammar did not reach: "Trump" in a story that
   * never names him in full, "WikiLeaks" without its apposition.
   */
  scanKnownNames(documentId: DocumentId, analysis: DocumentAnalysis): void {
    const table = new AliasTable<EntityDraft>();
    const surnameOwners = new Map<string, number>();
    for (const d of this.people()) for (const s of d.surnames) surnameOwners.set(s, (surnameOwners.get(s) ?? 0) + 1);
    for (const draft of this.drafts) {
      const here = draft.mentions.some((m) => m.documentId === documentId);
      const group: LocalGroup = { kind: draft.kind, names: draft.names, sightings: [], orgKeys: draft.orgKeys };
      for (const words of aliasForms(group, false)) table.add({ words, kind: draft.kind, target: draft });
      if (draft.kind !== 'person') continue;
      for (const surname of draft.surnames) {
        if (here || (surnameOwners.get(surname) === 1 && surname.length >= 4)) table.add({ words: surname.split(' '), kind: 'person', target: draft });
      }
    }
    const claimed: NameSighting[] = analysis.groups.flatMap((g) => g.sightings);
    const lastSeen = (draft: EntityDraft, before: number) =>
      Math.max(-1, ...draft.mentions.filter((m) => m.documentId === documentId && m.start < before).map((m) => m.start));
    // "Austin" in a story datelined AUSTIN, Texas is the city, not Lloyd Austin of another story.
    const places = placeWords(analysis.tagged, analysis.meta.dateline);
    const elsewhere = (draft: EntityDraft, at: number) =>
      !draft.mentions.some((m) => m.documentId === documentId) && places.has(fold(analysis.tagged.tokens[at]!.word).replace(/\.$/, ''));
    for (const match of scanAliases(analysis.tagged, claimed, table, lastSeen, analysis.names, elsewhere)) {
      this.addMention(match.target, match.sighting, analysis, documentId);
    }
  }

  /** The entities as profiles show them. */
  entities(): Entity[] {
    return this.drafts.map((draft) => {
      const roles = fillCountries(draft.roles);
      const name = draft.kind === 'person' ? personDisplayName(draft) : orgDisplayName(draft);
      const mentions = [...draft.mentions].sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start));
      const aliases = [...new Set([name, ...draft.names, ...draft.aliases])].sort();
      const base = { id: draft.id, name, aliases, mentions, roles };
      if (draft.kind === 'organization') return { ...base, kind: 'organization' };
      return roles.length ? { ...base, kind: 'official' } : { ...base, kind: 'person' };
    });
  }
}

function rolesOf(sightings: NameSighting[], documentId: DocumentId): RoleStatement[] {
  return sightings.filter((s) => s.role).map((s) => ({ title: s.role!.title, country: s.role!.country, documentId }));
}

/** A role stated without a country takes the one the same title has elsewhere for the same person. */
function fillCountries(roles: RoleStatement[]): RoleStatement[] {
  return roles.map((role) => {
    if (role.country) return role;
    const same = roles.find((r) => r.country && fold(r.title) === fold(role.title));
    return same ? { ...role, country: same.country } : role;
  });
}

function personDisplayName(draft: EntityDraft): string {
  if (!draft.names.length) {
    const counts = new Map<string, number>();
    for (const m of draft.mentions) {
      const n = nameWords(m.text).length ? m.text.replace(/^(Mr|Mrs|Ms|Dr)\.?\s+/, '') : m.text;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? draft.id;
  }
  return [...draft.names].sort((a, b) => nameWords(b).length - nameWords(a).length || Number(hasAccents(b)) - Number(hasAccents(a)))[0]!;
}

function orgDisplayName(draft: EntityDraft): string {
  const counts = new Map<string, number>();
  for (const name of draft.names) counts.set(name, draft.mentions.filter((m) => fold(m.text).replace(/^the\s+/, '') === fold(name)).length);
  return [...draft.names].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || b.length - a.length)[0] ?? draft.id;
}
