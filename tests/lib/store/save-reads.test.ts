/**
 * A save reads what the new article needs, not the store: the same real article saved (and saved
 * again, which replays corrections and takes the old version's mentions off its profiles) into a
 * store of 400 documents and into one of 4,000 reads about the same number of records, although the
 * larger store holds ten times the documents, a profile the article names with ten times the
 * mentions, and ten times the corrections; and with the key filter, the requests that find nothing
 * are not made. Records and requests are counted by a wrapper around IndexedDB.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore } from '../../../lib/store/profile-store';
import { openStoreDb, withDocumentIds, withKeys, type StoredMention } from '../../../lib/store/schema';
import type { DocumentId } from '../../../lib/shared/types';
import { SyntheticCorpus } from '../../../bench/synth-store';
import { seedTexts } from '../../seeds';
import { GENERATION_KEY, newGeneration } from '../../../lib/store/transactions';
import { countReads } from './read-counter';
import { LATER_STORY } from './stories';

const snapshot = profileCorpus(seedTexts());
const kelly = snapshot.entities.find((e) => e.name === 'John F. Kelly')!;

/**
 * The seeds, then `size` synthetic documents, each also naming Kelly once (so his profile grows with
 * the store), and one split correction per ten documents.
 */
async function storeOf(size: number) {
  const name = `reads-${size}-${Math.random()}`;
  const store = await openProfileStore(name);
  await store.importProfile(snapshot);
  const db = await openStoreDb(name);
  const corpus = new SyntheticCorpus();
  for (let from = 0; from < size; from += 500) {
    const { documents, mentions } = corpus.documents(from, Math.min(size, from + 500));
    const tx = db.transaction(['documents', 'mentions', 'entities', 'corrections', 'meta'], 'readwrite');
    void tx.objectStore('meta').put(newGeneration(), GENERATION_KEY); // as every writer must
    for (const d of documents) {
      void tx.objectStore('documents').put(d);
      const said: StoredMention = { documentId: d.id, entityId: kelly.id, text: 'Kelly', start: 0, end: 5, sentence: 'Kelly said so.', date: d.date };
      void tx.objectStore('mentions').add(said);
    }
    for (const m of mentions) void tx.objectStore('mentions').add(m);
    for (const d of documents.filter((_, i) => i % 10 === 0)) {
      void tx
        .objectStore('corrections')
        .add(
          withDocumentIds({ type: 'split', from: kelly.id, into: kelly.id, name: 'Kelly', mentions: [{ documentId: d.id as DocumentId, start: 0 }], at: 0 }),
        );
    }
    await tx.done;
  }
  const tx = db.transaction(['entities', 'meta'], 'readwrite');
  void tx.objectStore('meta').put(newGeneration(), GENERATION_KEY);
  for (const e of corpus.entityRecords()) void tx.objectStore('entities').put(e);
  const stored = (await tx.objectStore('entities').get(kelly.id))!;
  await tx.objectStore('entities').put(withKeys({ ...stored, mentionCount: stored.mentionCount + size, documentCount: stored.documentCount + size }));
  await tx.done;
  db.close();
  return store;
}

async function readsOfSaves(size: number, filtered = true) {
  const store = await storeOf(size);
  if (filtered) await store.keyFilterReady();
  const save = () => store.save([{ path: 'https://news.example/2019/arms', analysis: analyzeDocument(LATER_STORY) }]);
  const added = await countReads(save);
  const updated = await countReads(save);
  const profile = (await store.profile(kelly.id, { offset: 0, limit: 1 }))!;
  // Removed, and saved again as new: a removal keeps the key filter current.
  await store.removeDocument(added.result[0]!.documentId);
  const again = await countReads(save);
  store.close();
  return { added, updated, again, kellyMentions: profile.total };
}

describe('the records a save reads', () => {
  it('do not grow with the store: the same article into 400 and 4,000 documents', async () => {
    const small = await readsOfSaves(400);
    const large = await readsOfSaves(4_000);
    // The article joined Kelly's profile in both, and his profile is ten times larger in the large store.
    expect(small.added.result[0]).toMatchObject({ status: 'added' });
    expect(small.updated.result[0]).toMatchObject({ status: 'updated' });
    expect(large.updated.result[0]).toMatchObject({ status: 'updated' });
    expect(large.kellyMentions - kelly.mentions.length).toBeGreaterThan(9 * (small.kellyMentions - kelly.mentions.length));
    // Adding and updating each read a few hundred records at most, and no more in the larger store.
    for (const phase of ['added', 'updated'] as const) {
      expect(small[phase].reads).toBeGreaterThan(0);
      expect(large[phase].reads).toBeLessThan(400);
      expect(large[phase].reads).toBeLessThanOrEqual(small[phase].reads + 20);
    }
  }, 120_000);

  it('are asked only for the keys the store may hold, once the key filter is built', async () => {
    const filtered = await readsOfSaves(4_000);
    const unfiltered = await readsOfSaves(4_000, false);
    // The same profiles found and no more records read, in a fraction of the requests: without the
    // filter, each of the article's names and capitalised runs is looked up (132 and 258 requests
    // when this was written, against 25 and 64 with it), nearly all of them finding nothing.
    expect(filtered.kellyMentions).toBe(unfiltered.kellyMentions);
    for (const phase of ['added', 'updated'] as const) {
      expect(filtered[phase].result).toEqual(unfiltered[phase].result);
      // (Not equal: the unfiltered store starts building its filter in the background meanwhile.)
      expect(filtered[phase].reads).toBeLessThanOrEqual(unfiltered[phase].reads);
      expect(filtered[phase].requests).toBeLessThan(unfiltered[phase].requests / 3);
    }
    // The new profiles' ids are not looked up either: the filter holds every profile's id (the
    // unfiltered save checks each new one, and finds none taken).
    expect(unfiltered.added.keyLookups.entities).toBeGreaterThan(5);
    expect(filtered.added.keyLookups.entities ?? 0).toBeLessThan(unfiltered.added.keyLookups.entities! / 3);
    expect(filtered.again.result).toEqual(filtered.added.result);
    // Still filtered (the keys of the profiles the removal emptied stay in it, each one read more).
    expect(filtered.again.requests).toBeLessThan(unfiltered.added.requests / 3);
  }, 120_000);
});
