/**
 * Synthetic stores for the scale benchmarks: distinct sentences from templates (`synth-text.ts`)
 * filled with people, officials, organisations and places drawn from the engine's lexicons and
 * generated name parts, distributed as a reader's saved news is:
 * - 8 to 14 sentences a document (about 250 words), dated in order over five years;
 * - 5 % of documents are wire copies: a story printed again by another outlet within days of the
 *   first, with its last paragraph cut and its opening sentence rewritten;
 * - recurring entities: 40 % of the names a sentence needs come from 300 that recur often (a Zipf
 *   draw by rank: the first is named about 50 times as often as the 300th); the other 60 % from a long tail
 *   that grows with the store, half of them names never seen before;
 * - an official's role is stated in every document that names them, as a save records it (so the
 *   recurring officials' profiles carry their roles bounded, as the store keeps them: role-statements.ts);
 * - two probe entities the same in every store: "Ignatius Probewell" (30 mentions) and "Bartholomew
 *   Loadtester" (5,000 mentions), so a lookup at 1,000 documents and at 100,000 gives the same answer.
 *
 * Records are built in Node with the store's own record code, then written into the extension's
 * IndexedDB from one of its pages, a chunk at a time.
 */
import type { Page } from 'playwright-core';
import { slug } from '../lib/engine/alias-resolve';
import { SCHEMA_VERSION, STORE_NAME, withKeys, type StoredDocument, type StoredEntity, type StoredMention } from '../lib/store/schema';
import { sameStory, storySketch } from '../lib/store/story';
import { GENERATION_KEY, newGeneration } from '../lib/store/transactions';
import { boundRoles, type StoredRole } from '../lib/store/role-statements';
import type { DocumentId, EntityId, EntityKind } from '../lib/shared/types';
import { random } from './pages';
import { makeEntity, outlet, place, TEMPLATES, type Piece, type Slots, type SynthEntity } from './synth-text';

export const PROBE_SMALL = { id: 'probe-small' as EntityId, name: 'Ignatius Probewell', mentions: 30 };
export const PROBE_BIG = { id: 'probe-big' as EntityId, name: 'Bartholomew Loadtester', mentions: 5_000, perDocument: 5 };
const PROBES: Record<string, SynthEntity> = {
  small: { id: PROBE_SMALL.id, kind: 'official', name: PROBE_SMALL.name, short: 'Probewell', role: { title: 'Minister of Benchmarks', country: 'Mexico' } },
  big: { id: PROBE_BIG.id, kind: 'official', name: PROBE_BIG.name, short: 'Loadtester', role: { title: 'spokesman', country: 'Mexico' } },
};

/** The corpus's distribution, as the README states it. */
export const DISTRIBUTION = {
  recurring: 300,
  recurringShare: 0.4,
  newInTail: 0.5,
  recentTail: 2_000,
  copyShare: 0.05,
  sentences: [8, 14],
  years: 5,
  documentsPerDay: 55,
} as const;

const KINDS: EntityKind[] = ['official', 'organization', 'person'];

/** MurmurHash3's 32-bit finaliser: neighbouring numbers become unrelated seeds. */
function mix(n: number): number {
  let h = n >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

interface Sentence {
  pieces: Piece[];
}

interface Tally {
  entity: SynthEntity;
  roles: StoredRole[];
  mentionCount: number;
  documentCount: number;
  lastDocument: number;
}

/** Builds the documents [from, to) of the synthetic corpus, keeping the entity tallies up to date. */
export class SyntheticCorpus {
  readonly entities = new Map<string, Tally>();
  private readonly ids = new Set<string>();
  private readonly recurring: SynthEntity[] = [];
  private readonly tail: Record<EntityKind, SynthEntity[]> = { official: [], organization: [], person: [] };
  private readonly recent: { index: number; id: DocumentId; storyId: DocumentId; sketch: string[]; sentences: Sentence[]; date: string }[] = [];
  private made = 0;
  /** How many documents so far were wire copies. */
  copies = 0;

  constructor() {
    const pick = random(7);
    const zipf = Array.from({ length: DISTRIBUTION.recurring }, (_, k) => 1 / (k + 1));
    this.zipfTotal = zipf.reduce((a, b) => a + b, 0);
    this.zipf = zipf;
    for (let k = 0; k < DISTRIBUTION.recurring; k++) this.recurring.push(this.register(makeEntity(1_000_000 + k, KINDS[k % 3]!, pick)));
  }

  private readonly zipf: number[];
  private readonly zipfTotal: number;

  private register(entity: SynthEntity): SynthEntity {
    let id = slug(entity.name);
    for (let k = 2; this.ids.has(id); k++) id = `${slug(entity.name)}-${k}`;
    this.ids.add(id);
    return { ...entity, id };
  }

  /** One entity for a slot: a recurring one by rank, or one of the long tail, new or seen before. */
  private choose(kind: EntityKind, pick: () => number): SynthEntity {
    if (pick() < DISTRIBUTION.recurringShare) {
      for (;;) {
        let r = pick() * this.zipfTotal;
        let k = 0;
        while (r > this.zipf[k]! && k < this.zipf.length - 1) r -= this.zipf[k++]!;
        const e = this.recurring[k]!;
        if (e.kind === kind) return e;
      }
    }
    const tail = this.tail[kind];
    if (!tail.length || pick() < DISTRIBUTION.newInTail) {
      const entity = this.register(makeEntity(this.made++, kind, pick));
      tail.push(entity);
      return entity;
    }
    const span = pick() < 0.5 ? Math.min(tail.length, DISTRIBUTION.recentTail) : tail.length;
    return tail[tail.length - 1 - Math.floor(pick() * span)]!;
  }

  private sentences(pick: () => number, count: number): Sentence[] {
    const named: SynthEntity[] = [];
    const out: Sentence[] = [];
    for (let s = 0; s < count; s++) {
      const people = named.filter((e) => e.short);
      const slots: Slots = {
        official: this.choose('official', pick),
        person: this.choose('person', pick),
        org: this.choose('organization', pick),
        again: people.length ? people[Math.floor(pick() * people.length)]! : null,
        pick,
      };
      // The first sentence names someone in full before any later one calls them by surname.
      const template = TEMPLATES[s === 0 ? 0 : Math.floor(pick() * TEMPLATES.length)]!;
      const pieces = template(slots);
      for (const p of pieces) if (typeof p !== 'string' && p.text === p.entity.name) named.push(p.entity);
      out.push({ pieces });
    }
    return out;
  }

  documents(from: number, to: number): { documents: StoredDocument[]; mentions: StoredMention[] } {
    const documents: StoredDocument[] = [];
    const mentions: StoredMention[] = [];
    for (let i = from; i < to; i++) {
      // Seeds mixed: the generator's first draw from neighbouring seeds is nearly the same number,
      // which would put every wire copy in one run of documents.
      const pick = random(mix(i + 1));
      pick();
      const id = `syn-${i}` as DocumentId;
      const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(i / DISTRIBUTION.documentsPerDay) * 86_400_000);
      const date = day.toISOString().slice(0, 10);
      const original = i > 20 && pick() < DISTRIBUTION.copyShare ? this.recent[Math.floor(pick() * this.recent.length)] : undefined;
      let sentences: Sentence[];
      if (original) {
        // A wire copy: the same story from another outlet, its opening rewritten and its end cut.
        sentences = [...this.sentences(pick, 1), ...original.sentences.slice(1, -2)];
        this.copies++;
      } else {
        const [least, most] = DISTRIBUTION.sentences;
        sentences = this.sentences(pick, least + Math.floor(pick() * (most - least + 1)));
      }
      // A later copy reprints the story, not the probes: they keep their counts in every store.
      const story = [...sentences];
      if (i < PROBE_SMALL.mentions) {
        sentences.push({
          pieces: [`Minister of Benchmarks `, { entity: PROBES.small!, text: PROBE_SMALL.name }, ` said the figures for ${place(i)} would be published.`],
        });
      }
      if (i < PROBE_BIG.mentions / PROBE_BIG.perDocument) {
        for (let k = 0; k < PROBE_BIG.perDocument; k++) {
          sentences.push({
            pieces: [
              { entity: PROBES.big!, text: PROBE_BIG.name },
              `, a spokesman for the Interior Ministry, spoke about ${place(i * 5 + k)} again (${k + 1}).`,
            ],
          });
        }
      }
      // Paragraphs of two sentences; mentions at their offsets in the text.
      const firstMention = mentions.length;
      let text = '';
      sentences.forEach((sentence, s) => {
        if (s) text += s % 2 === 0 ? '\n\n' : ' ';
        const whole = sentence.pieces.map((p) => (typeof p === 'string' ? p : p.text)).join('');
        for (const p of sentence.pieces) {
          if (typeof p !== 'string') {
            this.tally(p.entity, i, id, date);
            mentions.push({
              documentId: id,
              entityId: p.entity.id as EntityId,
              text: p.text,
              start: text.length,
              end: text.length + p.text.length,
              sentence: whole,
              date,
            });
          }
          text += typeof p === 'string' ? p : p.text;
        }
      });
      const sketch = storySketch(text);
      const storyId = original && sameStory(sketch, original.sketch) ? original.storyId : id;
      const source = outlet(Math.floor(pick() * 600));
      for (let m = firstMention; m < mentions.length; m++) mentions[m]!.source = source;
      documents.push({
        id,
        path: `https://${slug(source)}.example/${date.replaceAll('-', '/')}/${i}`,
        title: text.split(/\s+/).slice(0, 10).join(' '),
        source,
        published: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), text: date },
        text,
        date,
        storyId,
        sketch,
        savedAt: Date.UTC(2021, 0, 1) + i * 60_000,
      });
      this.recent.push({ index: i, id, storyId, sketch, sentences: story, date });
      if (this.recent.length > 100) this.recent.shift();
    }
    return { documents, mentions };
  }

  /** Counts a mention; an official's role is stated once in each document that names them, as a save records it. */
  private tally(entity: SynthEntity, index: number, documentId: DocumentId, date: string) {
    let t = this.entities.get(entity.id);
    if (!t) {
      t = { entity, roles: [], mentionCount: 0, documentCount: 0, lastDocument: -1 };
      this.entities.set(entity.id, t);
    }
    t.mentionCount++;
    if (t.lastDocument !== index) {
      t.documentCount++;
      t.lastDocument = index;
      if (entity.role) t.roles = boundRoles([...t.roles, { ...entity.role, documentId, date }]);
    }
  }

  entityRecords(): StoredEntity[] {
    return [...this.entities.values()].map((t) =>
      withKeys({
        id: t.entity.id as EntityId,
        kind: t.entity.kind,
        name: t.entity.name,
        aliases: t.entity.short ? [t.entity.name, t.entity.short] : [t.entity.name],
        roles: t.roles,
        mentionCount: t.mentionCount,
        documentCount: t.documentCount,
        pinned: {},
      }),
    );
  }
}

/**
 * Writes records into the extension's store from one of its pages, in raw IndexedDB: one
 * transaction, relaxed durability (no flush to disk at its commit: the bench's fill is not what it
 * measures). The records cross into the page as one JSON string, which the DevTools protocol carries
 * many times faster than the same records as an object (8 s against 2 s for 1,000 documents).
 */
export async function writeRecords(
  page: Page,
  records: { documents?: StoredDocument[]; mentions?: StoredMention[]; entities?: StoredEntity[] },
): Promise<void> {
  await page.evaluate(
    async ({ name, version, json, generationKey, generation }) => {
      const r = JSON.parse(json) as { documents?: unknown[]; mentions?: unknown[]; entities?: unknown[] };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['documents', 'mentions', 'entities', 'meta'], 'readwrite', { durability: 'relaxed' });
        // The store's kept counts no longer hold: the next look at them counts again. And it is
        // not what it was: a new generation, so the key filter of the extension is built again.
        tx.objectStore('meta').delete('counts');
        tx.objectStore('meta').put(generation, generationKey);
        for (const d of r.documents ?? []) tx.objectStore('documents').put(d);
        for (const m of r.mentions ?? []) tx.objectStore('mentions').add(m);
        for (const e of r.entities ?? []) tx.objectStore('entities').put(e);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: STORE_NAME, version: SCHEMA_VERSION, json: JSON.stringify(records), generationKey: GENERATION_KEY, generation: newGeneration() },
  );
}

/**
 * Grows the extension's store to `size` synthetic documents (from `have`), entities rewritten. The
 * next chunk is made in Node while the page writes the one before.
 *
 * @param chunk documents per transaction
 * @param progress called after each chunk with the documents written so far
 */
export async function growStore(
  page: Page,
  corpus: SyntheticCorpus,
  have: number,
  size: number,
  chunk = 2_000,
  progress: (written: number) => void = () => undefined,
): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  for (let from = have; from < size; from += chunk) {
    const to = Math.min(size, from + chunk);
    const records = corpus.documents(from, to);
    await writing;
    progress(from);
    writing = writeRecords(page, records);
  }
  await writing;
  const entities = corpus.entityRecords();
  for (let i = 0; i < entities.length; i += 20_000) await writeRecords(page, { entities: entities.slice(i, i + 20_000) });
  progress(size);
}
