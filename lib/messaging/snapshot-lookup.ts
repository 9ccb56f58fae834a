/**
 * The bundled snapshot as a read-only lookup, for when the store can't be opened (IndexedDB is
 * unavailable in Firefox's private windows and with "never remember history", or the quota is
 * exceeded): pages are still marked, and cards still show the built-in corpus's profiles.
 */
import { formatPublished } from '../engine/metadata';
import type { CardData } from './protocol';
import { nameKey } from '../engine/names';
import { orgKey } from '../engine/org-names';
import { toStoredEntity, type StoredEntity } from '../store/schema';
import type { CorpusProfile } from '../shared/types';

export interface AliasLookup {
  findByAlias(name: string): Promise<StoredEntity[]>;
}

export interface SnapshotLookup extends AliasLookup {
  card(entityId: string): CardData | null;
}

export function snapshotLookup(profile: CorpusProfile): SnapshotLookup {
  const byKey = new Map<string, StoredEntity[]>();
  for (const entity of profile.entities) {
    const stored = toStoredEntity(entity);
    for (const key of stored.aliasKeys) byKey.set(key, [...(byKey.get(key) ?? []), stored]);
  }
  const documents = new Map(profile.documents.map((d) => [d.id, d]));
  return {
    async findByAlias(name) {
      const found = new Map<string, StoredEntity>();
      for (const key of new Set([nameKey(name), orgKey(name)])) for (const e of byKey.get(key) ?? []) found.set(e.id, e);
      return [...found.values()];
    },
    card(entityId) {
      const entity = profile.entities.find((e) => e.id === entityId);
      if (!entity) return null;
      const published = (id: string) => formatPublished(documents.get(id as never)?.published ?? null);
      const recent = [...entity.mentions].slice(-3).reverse();
      return {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        roles: entity.roles.map((r) => ({ ...r, published: published(r.documentId) })),
        mentionCount: entity.mentions.length,
        documentCount: new Set(entity.mentions.map((m) => m.documentId)).size,
        recent: recent.map((m) => ({
          sentence: m.sentence,
          text: m.text,
          source: documents.get(m.documentId)?.source ?? null,
          published: published(m.documentId),
          title: documents.get(m.documentId)?.title ?? '',
          documentId: m.documentId,
        })),
        companions: [],
      };
    },
  };
}
