/**
 * The profile store: documents, entities and mentions in IndexedDB through idb. Callers get
 * functions (search, profile, findByAlias…), never the database handle. The schema is versioned,
 * with an upgrade path, and indexed by entity, by document, by normalised alias and by date, so a
 * lookup's work grows with its answer, not with the store.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { formatPublished } from './metadata';
import { fold, nameKey } from './names';
import { orgKey } from './org-names';
import type { CorpusProfile, DocumentId, Entity, EntityId, EntityKind, Mention, ProfiledDocument, RoleStatement } from './types';

export const STORE_NAME = 'dramatis-profiles';
export const SCHEMA_VERSION = 1;

/** A document as stored: its metadata, text, and a sortable date ('' when the text gives none). */
export interface StoredDocument extends ProfiledDocument {
  date: string;
}

export interface StoredEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: RoleStatement[];
  /** Normalised aliases: "mr pena nieto" → "pena nieto"; organisation keys too. */
  aliasKeys: string[];
  /** Folded words of every alias and role, for search: "attorney", "general", "pena". */
  terms: string[];
  mentionCount: number;
  documentCount: number;
}

export interface StoredMention extends Mention {
  entityId: EntityId;
  /** The document's sortable date, so an entity's mentions come out newest first. */
  date: string;
}

interface DramatisSchema extends DBSchema {
  documents: { key: DocumentId; value: StoredDocument; indexes: { 'by-date': string } };
  entities: { key: EntityId; value: StoredEntity; indexes: { 'by-alias': string; 'by-term': string; 'by-kind': EntityKind } };
  mentions: {
    key: number;
    value: StoredMention;
    indexes: { 'by-entity': EntityId; 'by-document': DocumentId; 'by-entity-date': [EntityId, string] };
  };
}

/** A search result: enough to list it. */
export interface EntitySummary {
  id: EntityId;
  kind: EntityKind;
  name: string;
  role: RoleStatement | null;
  mentionCount: number;
  documentCount: number;
}

/** A mention with the document it came from, as a profile lists it. */
export interface MentionInContext extends Mention {
  title: string;
  source: string | null;
  published: string | null;
}

export interface Companion {
  id: EntityId;
  name: string;
  kind: EntityKind;
  count: number;
}

export interface Profile {
  entity: StoredEntity;
  mentions: MentionInContext[];
  /** How many mentions there are in all; `mentions` may be one page of them. */
  total: number;
  companions: Companion[];
  documents: { id: DocumentId; title: string; source: string | null; published: string | null; date: string; path: string }[];
}

function sortableDate(document: ProfiledDocument): string {
  return formatPublished(document.published)?.replace(/^--/, '0000-') ?? '';
}

/** The keys an alias is found by: its name key, and for organisations its organisation key. */
export function aliasKeysOf(kind: EntityKind, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const alias of aliases) {
    keys.add(nameKey(alias));
    if (kind === 'organization') keys.add(orgKey(alias));
  }
  keys.delete('');
  return [...keys];
}

function termsOf(entity: Pick<Entity, 'aliases' | 'roles' | 'name'>): string[] {
  const words = new Set<string>();
  for (const text of [entity.name, ...entity.aliases, ...entity.roles.map((r) => r.title), ...entity.roles.map((r) => r.country ?? '')]) {
    for (const word of fold(text).split(/[^a-z0-9]+/)) if (word) words.add(word);
  }
  return [...words];
}

/** The stored form of an entity. */
export function toStoredEntity(entity: Entity): StoredEntity {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    roles: entity.roles,
    aliasKeys: aliasKeysOf(entity.kind, [entity.name, ...entity.aliases]),
    terms: termsOf(entity),
    mentionCount: entity.mentions.length,
    documentCount: new Set(entity.mentions.map((m) => m.documentId)).size,
  };
}

function summary(entity: StoredEntity): EntitySummary {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    role: entity.roles.at(-1) ?? null,
    mentionCount: entity.mentionCount,
    documentCount: entity.documentCount,
  };
}

export interface ProfileStore {
  /** Whether the store holds no document yet. */
  isEmpty(): Promise<boolean>;
  /** Replaces nothing: adds a profiled corpus (the bundled snapshot) in one transaction. */
  importProfile(profile: CorpusProfile): Promise<void>;
  /** Profiles whose alias or role matches every word of the query, case and accents aside. */
  search(query: string, limit?: number): Promise<EntitySummary[]>;
  /** Entities one of whose aliases is this name ("Mr Kelly" finds John F. Kelly). */
  findByAlias(name: string): Promise<StoredEntity[]>;
  entity(id: EntityId): Promise<StoredEntity | undefined>;
  /** An entity with its mentions newest first (one page of them), its documents and companions. */
  profile(id: EntityId, page?: { offset: number; limit: number }): Promise<Profile | undefined>;
  document(id: DocumentId): Promise<StoredDocument | undefined>;
  counts(): Promise<{ documents: number; entities: number; mentions: number }>;
  close(): void;
}

/** Opens (and creates or upgrades) the profile store. */
export async function openProfileStore(name = STORE_NAME): Promise<ProfileStore> {
  const db = await openDB<DramatisSchema>(name, SCHEMA_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const documents = database.createObjectStore('documents', { keyPath: 'id' });
        documents.createIndex('by-date', 'date');
        const entities = database.createObjectStore('entities', { keyPath: 'id' });
        entities.createIndex('by-alias', 'aliasKeys', { multiEntry: true });
        entities.createIndex('by-term', 'terms', { multiEntry: true });
        entities.createIndex('by-kind', 'kind');
        const mentions = database.createObjectStore('mentions', { autoIncrement: true });
        mentions.createIndex('by-entity', 'entityId');
        mentions.createIndex('by-document', 'documentId');
        mentions.createIndex('by-entity-date', ['entityId', 'date']);
      }
    },
  });
  return storeOver(db);
}

function storeOver(db: IDBPDatabase<DramatisSchema>): ProfileStore {
  const store: ProfileStore = {
    async isEmpty() {
      return (await db.count('documents')) === 0;
    },

    async importProfile(profile) {
      const tx = db.transaction(['documents', 'entities', 'mentions'], 'readwrite');
      const dates = new Map<DocumentId, string>();
      const writes: Promise<unknown>[] = [];
      for (const document of profile.documents) {
        const date = sortableDate(document);
        dates.set(document.id, date);
        writes.push(tx.objectStore('documents').put({ ...document, date }));
      }
      for (const entity of profile.entities) {
        writes.push(tx.objectStore('entities').put(toStoredEntity(entity)));
        for (const mention of entity.mentions) {
          writes.push(tx.objectStore('mentions').add({ ...mention, entityId: entity.id, date: dates.get(mention.documentId) ?? '' }));
        }
      }
      await Promise.all([...writes, tx.done]);
    },

    async search(query, limit = 20) {
      const words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
      if (!words.length) return [];
      // Read the index for the rarest-looking (longest) word; check the others on what it returns.
      const anchor = [...words].sort((a, b) => b.length - a.length)[0]!;
      const found = new Map<EntityId, StoredEntity>();
      let cursor = await db.transaction('entities').store.index('by-term').openCursor(IDBKeyRange.bound(anchor, `${anchor}\uffff`));
      while (cursor && found.size < limit * 5) {
        const entity = cursor.value;
        if (!found.has(entity.id) && words.every((w) => entity.terms.some((t) => t.startsWith(w)))) found.set(entity.id, entity);
        cursor = await cursor.continue();
      }
      return [...found.values()]
        .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
        .slice(0, limit)
        .map(summary);
    },

    async findByAlias(name) {
      const keys = new Set([nameKey(name), orgKey(name)].filter(Boolean));
      const found = new Map<EntityId, StoredEntity>();
      for (const key of keys) for (const entity of await db.getAllFromIndex('entities', 'by-alias', key)) found.set(entity.id, entity);
      return [...found.values()];
    },

    entity(id) {
      return db.get('entities', id);
    },

    async profile(id, page = { offset: 0, limit: 200 }) {
      const entity = await db.get('entities', id);
      if (!entity) return undefined;
      const range = IDBKeyRange.bound([id, ''], [id, '\uffff']);
      const total = await db.countFromIndex('mentions', 'by-entity-date', range);
      const mentions: StoredMention[] = [];
      let cursor = await db.transaction('mentions').store.index('by-entity-date').openCursor(range, 'prev');
      if (cursor && page.offset > 0) cursor = await cursor.advance(page.offset);
      while (cursor && mentions.length < page.limit) {
        mentions.push(cursor.value);
        cursor = await cursor.continue();
      }
      const documentIds = [...new Set((await db.getAllFromIndex('mentions', 'by-entity', id)).map((m) => m.documentId))];
      const documents = (await Promise.all(documentIds.map((d) => db.get('documents', d)))).filter((d): d is StoredDocument => !!d);
      const byId = new Map(documents.map((d) => [d.id, d]));
      const counts = new Map<EntityId, number>();
      for (const documentId of documentIds) {
        const seen = new Set<EntityId>();
        for (const m of await db.getAllFromIndex('mentions', 'by-document', documentId)) {
          if (m.entityId === id || seen.has(m.entityId)) continue;
          seen.add(m.entityId);
          counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
        }
      }
      const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
      const companions: Companion[] = [];
      for (const [other, count] of top) {
        const e = await db.get('entities', other);
        if (e) companions.push({ id: e.id, name: e.name, kind: e.kind, count });
      }
      return {
        entity,
        total,
        companions,
        documents: documents.map(({ id: d, title, source, published, date, path }) => ({ id: d, title, source, published: formatPublished(published), date, path })),
        mentions: mentions.map((m) => {
          const document = byId.get(m.documentId);
          return {
            documentId: m.documentId,
            text: m.text,
            start: m.start,
            end: m.end,
            sentence: m.sentence,
            title: document?.title ?? '',
            source: document?.source ?? null,
            published: document ? formatPublished(document.published) : null,
          };
        }),
      };
    },

    document(id) {
      return db.get('documents', id);
    },

    async counts() {
      return { documents: await db.count('documents'), entities: await db.count('entities'), mentions: await db.count('mentions') };
    },

    close() {
      db.close();
    },
  };
  return store;
}
