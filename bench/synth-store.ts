/**
 * Synthetic stores for the scale benchmarks: documents made of the seeds' real sentences recombined,
 * with the mentions the engine found in those sentences, spread over entities whose number grows
 * with the store, as a reader's store grows new names. Two probe entities are the same in every
 * store: "Ignatius Probewell" (30 mentions) and "Bartholomew Loadtester" (5,000 mentions), so a
 * lookup at 1,000 documents and at 100,000 returns the same answer.
 *
 * Records are built in Node with the store's own record code, then written into the extension's
 * IndexedDB from one of its pages, a chunk at a time.
 */
import type { Page } from 'playwright-core';
import { profileCorpus } from '../lib/engine/profile-corpus';
import { SCHEMA_VERSION, STORE_NAME, withKeys, type StoredDocument, type StoredEntity, type StoredMention } from '../lib/store/schema';
import { storySketch } from '../lib/store/story';
import type { DocumentId, EntityId, EntityKind, RoleStatement } from '../lib/shared/types';
import { seedTexts } from '../tests/seeds';
import { random } from './pages';

interface Template {
  sentence: string;
  mentions: { entity: string; text: string; offset: number }[];
}

interface SeedEntity {
  kind: EntityKind;
  name: string;
  roles: Omit<RoleStatement, 'documentId'>[];
}

/** The seeds' sentences with the engine's mentions in them, and the entities those name. */
function templates(): { templates: Template[]; entities: Map<string, SeedEntity> } {
  const corpus = profileCorpus(seedTexts());
  const bySentence = new Map<string, Template>();
  const entities = new Map<string, SeedEntity>();
  for (const entity of corpus.entities) {
    entities.set(entity.id, { kind: entity.kind, name: entity.name, roles: entity.roles.map(({ title, country }) => ({ title, country })) });
    for (const m of entity.mentions) {
      const offset = m.sentence.indexOf(m.text);
      if (offset < 0) continue;
      const t = bySentence.get(m.sentence) ?? { sentence: m.sentence, mentions: [] };
      if (!t.mentions.some((x) => x.offset === offset)) t.mentions.push({ entity: entity.id, text: m.text, offset });
      bySentence.set(m.sentence, t);
    }
  }
  return { templates: [...bySentence.values()].filter((t) => t.mentions.length), entities };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'do', 'sa', 'vi', 'tor', 'el', 'ba', 'nu', 'qui', 'fa', 'zo', 'ter', 'an'];
/** A made-up word for a variant number: 0 → "Ka", 37 → "Lova". */
function tag(n: number): string {
  let word = '';
  let v = n;
  do {
    word += SYLLABLES[v % SYLLABLES.length];
    v = Math.floor(v / SYLLABLES.length);
  } while (v > 0);
  return word[0]!.toUpperCase() + word.slice(1);
}

const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC', 'Al Jazeera', 'The Guardian', 'El Universal', 'Bloomberg'];
export const PROBE_SMALL = { id: 'probe-small' as EntityId, name: 'Ignatius Probewell', mentions: 30 };
export const PROBE_BIG = { id: 'probe-big' as EntityId, name: 'Bartholomew Loadtester', mentions: 5_000, perDocument: 5 };

interface EntityTally {
  kind: EntityKind;
  name: string;
  roles: RoleStatement[];
  mentionCount: number;
  documentCount: number;
  lastDocument: number;
}

/** Builds the documents [from, to) of the synthetic corpus, keeping the entity tallies up to date. */
export class SyntheticCorpus {
  private readonly source = templates();
  readonly entities = new Map<string, EntityTally>();

  documents(from: number, to: number): { documents: StoredDocument[]; mentions: StoredMention[] } {
    const documents: StoredDocument[] = [];
    const mentions: StoredMention[] = [];
    for (let i = from; i < to; i++) {
      const next = random(i + 1);
      const id = `syn-${i}` as DocumentId;
      const year = 2010 + (i % 16);
      const month = 1 + (i % 12);
      const day = 1 + (i % 28);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const parts: string[] = [];
      let length = 0;
      const add = (
        sentence: string,
        found: { entity: string; name?: string; kind?: EntityKind; role?: Omit<RoleStatement, 'documentId'>; text: string; offset: number }[],
      ) => {
        if (parts.length) length += 2;
        for (const f of found) {
          this.tally(f.entity, f.name, f.kind, f.role, i, id);
          mentions.push({
            documentId: id,
            entityId: f.entity as EntityId,
            text: f.text,
            start: length + f.offset,
            end: length + f.offset + f.text.length,
            sentence,
            date,
          });
        }
        parts.push(sentence);
        length += sentence.length;
      };
      // Entities multiply as the corpus grows: about one new variant of each name per 100 documents.
      const variants = 1 + Math.floor(i / 100);
      for (let s = 0; s < 3; s++) {
        const t = this.source.templates[Math.floor(next() * this.source.templates.length)]!;
        add(
          t.sentence,
          t.mentions.map((m) => {
            const v = Math.floor(next() * variants);
            const seed = this.source.entities.get(m.entity)!;
            return { entity: `${m.entity}~${v}`, name: `${seed.name} ${tag(v)}`, kind: seed.kind, role: seed.roles[0], text: m.text, offset: m.offset };
          }),
        );
      }
      if (i < PROBE_SMALL.mentions) {
        const sentence = `Minister of Benchmarks ${PROBE_SMALL.name} said the figures would be published.`;
        add(sentence, [
          {
            entity: PROBE_SMALL.id,
            name: PROBE_SMALL.name,
            kind: 'official',
            role: { title: 'Minister of Benchmarks', country: 'Mexico' },
            text: PROBE_SMALL.name,
            offset: sentence.indexOf(PROBE_SMALL.name),
          },
        ]);
      }
      if (i < PROBE_BIG.mentions / PROBE_BIG.perDocument) {
        for (let k = 0; k < PROBE_BIG.perDocument; k++) {
          const sentence = `${PROBE_BIG.name}, a spokesman for the Interior Ministry, spoke again (${k + 1}).`;
          add(sentence, [
            { entity: PROBE_BIG.id, name: PROBE_BIG.name, kind: 'official', role: { title: 'spokesman', country: 'Mexico' }, text: PROBE_BIG.name, offset: 0 },
          ]);
        }
      }
      const text = parts.join('\n\n');
      documents.push({
        id,
        path: `https://synthetic.example/${year}/${i}`,
        title: parts[0]!.split(/\s+/).slice(0, 10).join(' '),
        source: OUTLETS[i % OUTLETS.length]!,
        published: { year, month, day, text: date },
        text,
        date,
        storyId: id,
        sketch: storySketch(text),
        savedAt: null,
      });
    }
    return { documents, mentions };
  }

  private tally(
    entity: string,
    name: string | undefined,
    kind: EntityKind | undefined,
    role: Omit<RoleStatement, 'documentId'> | undefined,
    index: number,
    documentId: DocumentId,
  ) {
    let t = this.entities.get(entity);
    if (!t) {
      t = { kind: kind ?? 'person', name: name ?? entity, roles: role ? [{ ...role, documentId }] : [], mentionCount: 0, documentCount: 0, lastDocument: -1 };
      this.entities.set(entity, t);
    }
    t.mentionCount++;
    if (t.lastDocument !== index) {
      t.documentCount++;
      t.lastDocument = index;
    }
  }

  entityRecords(): StoredEntity[] {
    return [...this.entities].map(([id, t]) =>
      withKeys({
        id: id as EntityId,
        kind: t.kind,
        name: t.name,
        aliases: [t.name],
        roles: t.roles,
        mentionCount: t.mentionCount,
        documentCount: t.documentCount,
        pinned: {},
      }),
    );
  }
}

/** Writes records into the extension's store from one of its pages, in raw IndexedDB. */
export async function writeRecords(
  page: Page,
  records: { documents?: StoredDocument[]; mentions?: StoredMention[]; entities?: StoredEntity[] },
): Promise<void> {
  await page.evaluate(
    async ({ name, version, records: r }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['documents', 'mentions', 'entities'], 'readwrite');
        for (const d of r.documents ?? []) tx.objectStore('documents').put(d);
        for (const m of r.mentions ?? []) tx.objectStore('mentions').add(m);
        for (const e of r.entities ?? []) tx.objectStore('entities').put(e);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: STORE_NAME, version: SCHEMA_VERSION, records },
  );
}

/** Grows the extension's store to `size` synthetic documents (from `have`), entities rewritten. */
export async function growStore(page: Page, corpus: SyntheticCorpus, have: number, size: number, chunk = 1_000): Promise<void> {
  for (let from = have; from < size; from += chunk) {
    const to = Math.min(size, from + chunk);
    await writeRecords(page, corpus.documents(from, to));
  }
  const entities = corpus.entityRecords();
  for (let i = 0; i < entities.length; i += 5_000) await writeRecords(page, { entities: entities.slice(i, i + 5_000) });
}
