/**
 * A wide store for showing the co-mention network at scale (the network test and `npm start`'s demo):
 * 700 documents of six paragraphs, each naming three or four of 2,400 made-up officials, organisations
 * and people. Names are picked by a Zipf-like law, as a reader's store names a few people often and
 * most rarely. Records are built with the store's own record code; each entity's strength (the summed
 * weights of its ties: a shared paragraph that is one sentence weighs 2) is counted as they are made.
 */
import { toStoredDocument, withKeys, type StoredEntity, type StoredMention } from '../lib/store/schema';
import type { DocumentId, EntityId, EntityKind } from '../lib/shared/types';

const ENTITIES = 2_400;
const DOCUMENTS = 700;
const KINDS: EntityKind[] = ['official', 'organization', 'person'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'do', 'sa', 'vi', 'tor', 'el', 'ba', 'nu', 'qui', 'fa', 'zo', 'ter', 'an'];

/** mulberry32: a small seeded generator, so the store is the same on every run. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const word = (n: number) => {
  let w = '';
  for (let v = n; ; v = Math.floor(v / SYLLABLES.length)) {
    w += SYLLABLES[v % SYLLABLES.length];
    if (v < SYLLABLES.length) break;
  }
  return w[0]!.toUpperCase() + w.slice(1);
};
/** A made-up name, different for each number below 2,400: "Dosa Vitoran". */
const nameOf = (i: number) => `${word(((i * 7) % 240) + 16)} ${word(((i * 13) % 239) + 20 + Math.floor(i / 240) * 256)}`;

/** The store's records, and each entity's strength, by entity id. */
export function wideStore() {
  const next = generator(20_170_705);
  // Names are picked by a Zipf-like law: the first few often, most of the 2,400 rarely.
  const pick = () => Math.min(ENTITIES - 1, Math.floor(Math.pow(next(), 2.2) * ENTITIES));
  const documents = [];
  const mentions: StoredMention[] = [];
  const seen = new Set<number>();
  const strength = new Map<string, number>();
  for (let d = 0; d < DOCUMENTS; d++) {
    const id = `wide-${d}` as DocumentId;
    const date = `2024-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    let at = 0;
    for (let p = 0; p < 6; p++) {
      const named = [...new Set([pick(), pick(), pick(), pick()].slice(0, 3 + (p % 2)))];
      let text = '';
      const found: StoredMention[] = [];
      for (const [k, e] of named.entries()) {
        text += k === 0 ? '' : k === named.length - 1 ? ' and ' : ', ';
        found.push({
          documentId: id,
          entityId: `wide-${e}` as EntityId,
          text: nameOf(e),
          start: at + text.length,
          end: at + text.length + nameOf(e).length,
          sentence: '',
          date,
        });
        text += nameOf(e);
        seen.add(e);
      }
      text += ' met on the sidelines of the summit to discuss the budget.';
      for (const m of found) mentions.push({ ...m, sentence: text });
      for (const a of named) for (const b of named) if (a !== b) strength.set(`wide-${a}`, (strength.get(`wide-${a}`) ?? 0) + 2);
      paragraphs.push(text);
      at += text.length + 2;
    }
    const [year, month, day] = date.split('-').map(Number);
    documents.push(
      toStoredDocument(
        {
          id,
          path: `https://wide.example/${d}`,
          title: `Summit day ${d}`,
          source: 'Wide Wire',
          published: { year, month, day, text: date },
          text: paragraphs.join('\n\n'),
        },
        null,
      ),
    );
  }
  const counts = new Map<EntityId, { mentions: number; documents: Set<DocumentId> }>();
  for (const m of mentions) {
    const c = counts.get(m.entityId) ?? { mentions: 0, documents: new Set<DocumentId>() };
    c.mentions++;
    c.documents.add(m.documentId);
    counts.set(m.entityId, c);
  }
  const entities: StoredEntity[] = [...seen].map((e) => {
    const id = `wide-${e}` as EntityId;
    return withKeys({
      id,
      kind: KINDS[e % 3]!,
      name: nameOf(e),
      aliases: [nameOf(e)],
      roles: [],
      mentionCount: counts.get(id)!.mentions,
      documentCount: counts.get(id)!.documents.size,
      pinned: {},
    });
  });
  return { documents, mentions, entities, strength };
}
