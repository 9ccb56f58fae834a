/**
 * The key filter never hides a name the store knows: not after this context's own saves, not while
 * it is being built, and not after another connection (the options page) changed the store. Stories
 * and names are invented.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { KeyFilter } from '../../../lib/store/key-filter';
import { openStoreDb, type StoreDb } from '../../../lib/store/schema';
import { saveDocuments } from '../../../lib/store/writes';
import { countReads } from './read-counter';

const FIRST = `Velmora signs farm loan with Kestrel bank
Velmora's Finance Minister Ilse Marwood said on Tuesday that the Kestrel Development Bank would lend the country 2 billion dollars for irrigation.
"Farmers have waited long enough," Marwood told reporters in the capital, Drennick.`;
const LATER = `Velmora loan delayed
The first payment of the irrigation loan will arrive in March, Marwood said on Friday.
Marwood added that the Kestrel Development Bank had asked for new audits.`;

const save = (db: StoreDb, path: string, text: string, keys?: KeyFilter) => saveDocuments(db, [{ path, analysis: analyzeDocument(text) }], Date.now(), keys);

/** The profiles the surname "Marwood" is indexed under, with their mention counts. */
async function marwoods(db: StoreDb) {
  return (await db.getAllFromIndex('entities', 'by-surname', 'marwood')).map((e) => ({ name: e.name, mentions: e.mentionCount }));
}

/** Whether the filter is current for a transaction opened now. */
async function current(db: StoreDb, keys: KeyFilter): Promise<boolean> {
  return (await keys.within(db.transaction(['entities', 'meta']))).filter !== null;
}

const newDb = () => openStoreDb(`key-filter-${Math.random()}`);

describe('the key filter', () => {
  it('keeps up with its own saves: a later story joins the profile the first one made, without a rebuild', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await keys.ready();
    await save(db, 'https://news.example/loan', FIRST, keys);
    expect(await current(db, keys)).toBe(true);
    const later = await countReads(() => save(db, 'https://news.example/delay', LATER, keys));
    expect(await marwoods(db)).toEqual([{ name: 'Ilse Marwood', mentions: 4 }]);
    expect(later.result[0]).toMatchObject({ status: 'added', newEntities: 0 });
    expect(await current(db, keys)).toBe(true);
    expect(keys.builds).toBe(1);
    db.close();
  });

  it('asks for a key the store does not hold rarely: at most a few in a hundred', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await save(db, 'https://news.example/loan', FIRST);
    await keys.ready();
    const view = await keys.within(db.transaction(['entities', 'meta']));
    expect(view.mayBeSurname('marwood')).toBe(true);
    expect(view.mayBeAlias('kestrel development bank')).toBe(true);
    const strangers = Array.from({ length: 1_000 }, (_, i) => `stranger ${i}`);
    expect(strangers.filter(view.mayBeAlias).length).toBeLessThan(30);
    db.close();
  });

  it('sees a change another connection made, and is built again', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await keys.ready();
    // The options page (another connection) saves the first story: this filter never saw its keys.
    const other = await openStoreDb(db.name);
    await save(other, 'https://news.example/loan', FIRST);
    other.close();
    expect(await current(db, keys)).toBe(false);
    await save(db, 'https://news.example/delay', LATER, keys);
    expect(await marwoods(db)).toEqual([{ name: 'Ilse Marwood', mentions: 4 }]);
    await keys.ready();
    expect(await current(db, keys)).toBe(true);
    expect(keys.builds).toBe(2);
    db.close();
  });

  it('builds itself once the store has been quiet for a moment after a view found it missing', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await save(db, 'https://news.example/loan', FIRST, keys);
    expect(await current(db, keys)).toBe(false);
    expect(keys.builds).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(keys.builds).toBe(1);
    expect(await current(db, keys)).toBe(true);
    db.close();
  });

  it('keeps the keys of a save made while it was being built', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    const built = keys.ready();
    await save(db, 'https://news.example/loan', FIRST, keys);
    await built;
    // Current from the one build: the save's change of generation was followed, not met as a stranger's.
    expect(await current(db, keys)).toBe(true);
    expect(keys.builds).toBe(1);
    await save(db, 'https://news.example/delay', LATER, keys);
    expect(await marwoods(db)).toEqual([{ name: 'Ilse Marwood', mentions: 4 }]);
    db.close();
  });
});
