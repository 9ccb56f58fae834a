/**
 * What the views read from the store, on the seed corpus as the extension loads it: roles over time,
 * mentions in date order with a date without a year placed by its context, hover cards that leave out
 * the page being read, timelines and the co-mention network.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore, type ProfileStore } from '../../../lib/store/profile-store';
import { storySketch } from '../../../lib/store/story';
import { openStoreDb } from '../../../lib/store/schema';
import { GENERATION_KEY, newGeneration } from '../../../lib/store/transactions';
import { countReads } from './read-counter';
import type { EntityId } from '../../../lib/shared/types';
import { seedText, seedTexts } from '../../seeds';

let store: ProfileStore;
const corpus = profileCorpus(seedTexts());
const idOf = (name: string) => corpus.entities.find((e) => e.name === name)!.id;
const documentOf = (prefix: string) => corpus.documents.find((d) => d.id.startsWith(prefix))!.id;

beforeAll(async () => {
  store = await openProfileStore(`views-${Math.random()}`);
  await store.importProfile(corpus);
});
afterAll(() => store.close());

describe('roles over time', () => {
  it('lists Kelly’s office once, with the span of dates and the documents that state it', async () => {
    const profile = await store.profile(idOf('John F. Kelly'));
    expect(profile?.roleLines).toEqual([
      expect.objectContaining({
        title: 'Secretary of Homeland Security',
        country: 'US',
        from: '2017-02-08',
        to: '2017-07-05',
        inferred: true,
        documents: 3,
        undated: 0,
        forms: ['Secretary of Homeland Security', 'Homeland Security Secretary'],
      }),
    ]);
  });

  it('keeps offices in different countries apart, oldest first', async () => {
    const profile = await store.profile(idOf('Donald Trump'));
    expect(profile?.roleLines.map((r) => [r.title, r.country, r.from, r.to, r.documents, r.undated])).toEqual([
      ['President', 'US', '2017-02-08', '2017-07-05', 4, 1],
    ]);
  });
});

describe('mentions in date order', () => {
  it('places “Wednesday (July 5)” in 2017 by Kelly’s other dates, so the AFP story comes before February’s Reuters one', async () => {
    const profile = await store.profile(idOf('John F. Kelly'));
    const order = profile!.mentions.map((m) => [m.documentId.slice(0, 3), m.date.iso, m.date.inferred]);
    expect(order[0]).toEqual(['000', '2017-07-05', true]);
    expect(order.at(-1)).toEqual(['003', '2017-02-08', false]);
    // The reprint with no date at all is dated by its original, and its passages fold into the original's:
    // only the sentence the reprint alone prints is listed from it.
    expect(profile!.mentions.filter((m) => m.documentId.startsWith('001')).map((m) => [m.sentence.slice(0, 35), m.date.iso])).toEqual([
      ['Kelly and Pena Nieto also discussed', '2017-07-05'],
    ]);
    expect(profile!.mentions.some((m) => m.copies.length > 0 && m.outlets.includes('AFP'))).toBe(true);
  });

  it('lists a sentence naming the G-20 twice once, with both names', async () => {
    const profile = await store.profile(idOf('Group of 20'));
    const sentences = profile!.mentions.map((m) => m.sentence);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(profile!.fullName).toBe('Group of 20 (G-20)');
    const hamburg = profile!.mentions.find((m) => m.sentence.includes('(G-20)'))!;
    expect([hamburg.text, ...hamburg.sameSentence.map((s) => s.text)].sort()).toEqual(['G-20', 'Group of 20']);
  });

  it('keeps one month’s mentions when asked, and the undated ones apart', async () => {
    const july = await store.profile(idOf('John F. Kelly'), { offset: 0, limit: 50 }, { month: '2017-07' });
    expect(new Set(july!.mentions.map((m) => m.date.iso))).toEqual(new Set(['2017-07-05']));
    expect(july!.total).toBe(11);
    const barr = await store.profile(idOf('William Barr'), { offset: 0, limit: 50 }, { month: 'undated' });
    expect(barr!.total).toBe(5);
  });
});

describe('the document list and the reader', () => {
  it('date each document as the profiles do: the AFP story in 2017, its undated reprint by its original', async () => {
    const { documents } = await store.documents('', { offset: 0, limit: 50 });
    const dates = new Map(documents.map((d) => [d.id.slice(0, 3), d.placed]));
    expect(dates.get('000')).toEqual({ iso: '2017-07-05', inferred: true });
    expect(dates.get('001')).toEqual({ iso: '2017-07-05', inferred: true });
    expect(dates.get('003')).toEqual({ iso: '2017-02-08', inferred: false });
    expect((await store.document(documentOf('000')))?.placed).toEqual({ iso: '2017-07-05', inferred: true });
  });
});

describe('hover cards', () => {
  it('counts only the documents other than the page being read and its wire copies', async () => {
    const here = [documentOf('000'), documentOf('001')];
    const card = await store.card(idOf('John F. Kelly'), here);
    expect(card?.mentionCount).toBe(2);
    expect(card?.documentCount).toBe(1);
    expect(card?.recent.map((m) => m.documentId)).toEqual([documentOf('003'), documentOf('003')]);
  });

  it('finds the stored documents a page is by its text, though its address is new', async () => {
    const analysis = analyzeDocument(seedText('000'));
    const found = await store.pageDocuments('http://127.0.0.1:1234/article/000', storySketch(analysis.tagged.text));
    expect(found.sort()).toEqual([documentOf('000'), documentOf('001')].sort());
    expect(await store.pageDocuments('https://news.example/other', storySketch(analyzeDocument(seedText('003')).tagged.text))).toEqual([documentOf('003')]);
  });
});

describe('timeline', () => {
  it('counts Kelly’s mentions per month and source', async () => {
    const timeline = await store.timeline(idOf('John F. Kelly'));
    expect(timeline.months).toEqual([
      { month: '2017-02', total: 2, bySource: [{ source: 'Reuters', count: 2 }], inferred: false },
      { month: '2017-07', total: 11, bySource: [{ source: 'AFP', count: 11 }], inferred: true },
    ]);
    expect(timeline.undated).toBe(0);
    expect(timeline.total).toBe(13);
  });

  it('reads a document only for mentions dated without a year, or saved before mentions kept their source', async () => {
    const kelly = idOf('John F. Kelly');
    const expected = await store.timeline(kelly);
    // Kelly's July mentions are in the two AFP documents that print no year: only they are read.
    const { byStore } = await countReads(() => store.timeline(kelly));
    expect(byStore.documents).toBe(2);

    // The same store as an earlier version saved it, no mention carrying its source: every document is read, the timeline is the same.
    const name = `views-legacy-${Math.random()}`;
    const legacy = await openProfileStore(name);
    await legacy.importProfile(corpus);
    const db = await openStoreDb(name);
    const tx = db.transaction(['mentions', 'meta'], 'readwrite');
    void tx.objectStore('meta').put(newGeneration(), GENERATION_KEY);
    for (let cursor = await tx.objectStore('mentions').openCursor(); cursor; cursor = await cursor.continue()) {
      const { source, ...mention } = cursor.value;
      await cursor.update(mention);
    }
    await tx.done;
    db.close();
    const read = await countReads(() => legacy.timeline(kelly));
    expect(read.result).toEqual(expected);
    expect(read.byStore.documents).toBe(3);
    legacy.close();
  });
});

describe('co-mention network', () => {
  it('ties Kelly to Pena Nieto, weighted by the sentences and paragraphs naming both', async () => {
    const network = await store.network({ centre: idOf('John F. Kelly') as EntityId });
    expect(network.nodes[0]?.id).toBe(idOf('John F. Kelly'));
    const tie = network.edges.find((e) => [e.source, e.target].sort().join() === [idOf('John F. Kelly'), idOf('Enrique Pena Nieto')].sort().join());
    expect(tie).toBeDefined();
    expect(tie!.weight).toBe(tie!.paragraphs + tie!.sentences);
    expect(tie!.sentences).toBeGreaterThan(0);
  });
});
