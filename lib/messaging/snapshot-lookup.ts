/**
 * The bundled snapshot as a read-only lookup, for when the store can't be opened (IndexedDB is
 * unavailable in Firefox's private windows and with "never remember history", or the quota is
 * exceeded): pages are still marked, and cards still show the built-in corpus's profiles.
 */
import { formatPublished } from '../engine/metadata';
import type { CardData } from './protocol';
import { lookupKeysOf, toStoredEntity, type StoredEntity } from '../store/schema';
import { newestFirst, placeDate } from '../shared/date-place';
import { rolesOverTime } from '../shared/offices';
import { fullName } from '../shared/words';
import type { MentionInContext } from '../store/reads';
import type { CorpusProfile } from '../shared/types';

export interface AliasLookup {
  /** The profiles each name is an alias of, in the order of `names`: the store's `findByAliases`. */
  findByAliases(names: readonly string[]): Promise<StoredEntity[][]>;
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
    async findByAliases(names) {
      return names.map((name) => {
        const found = new Map<string, StoredEntity>();
        for (const key of lookupKeysOf(name)) for (const e of byKey.get(key) ?? []) found.set(e.id, e);
        return [...found.values()];
      });
    },
    card(entityId) {
      const entity = profile.entities.find((e) => e.id === entityId);
      if (!entity) return null;
      const documentOf = (id: string) => documents.get(id as never);
      // Dates as the store places them: a date without a year by the entity's dated documents.
      const context = [...new Set(entity.mentions.map((m) => formatPublished(documentOf(m.documentId)?.published ?? null)))].filter(
        (d): d is string => !!d && !d.startsWith('-'),
      );
      const placed = (id: string) => placeDate(documentOf(id)?.published, context);
      const seen = new Set<string>();
      const recent: MentionInContext[] = [];
      for (const m of [...entity.mentions].sort((a, b) => newestFirst(placed(a.documentId), placed(b.documentId)))) {
        if (recent.length === 3) break;
        if (seen.has(`${m.documentId}|${m.sentence}`)) continue;
        seen.add(`${m.documentId}|${m.sentence}`);
        const document = documentOf(m.documentId);
        recent.push({
          ...m,
          title: document?.title ?? '',
          source: document?.source ?? null,
          published: formatPublished(document?.published ?? null),
          outlets: document?.source ? [document.source] : [],
          copies: [],
          date: placed(m.documentId),
          sameSentence: [],
        });
      }
      return {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        fullName: fullName(entity.name, entity.aliases),
        roles: rolesOverTime(entity.roles.map((r) => ({ ...r, date: placed(r.documentId) }))),
        mentionCount: entity.mentions.length,
        documentCount: new Set(entity.mentions.map((m) => m.documentId)).size,
        recent,
        companions: [],
      };
    },
  };
}
