/**
 * A page's reads go out before the engine has read it: the profiles of its names are found from the
 * keys of the text's capitalised spans, read while the engine runs, and nothing the engine then
 * names needs a read of its own. Stories and names are invented.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, articleText } from '../../../lib/engine/document-analysis';
import { profileAnalysed } from '../../../lib/engine/profile-corpus';
import { KeyFilter } from '../../../lib/store/key-filter';
import { findByAliases, lookAhead } from '../../../lib/store/page-lookup';
import { openStoreDb, type StoreDb } from '../../../lib/store/schema';
import { spanKeys } from '../../../lib/store/span-keys';
import { saveDocuments } from '../../../lib/store/writes';
import { countReads } from './read-counter';

const SAVED = `Velmora signs farm loan with Kestrel bank
Velmora's Finance Minister Ilse Marwood said on Tuesday that the Kestrel Development Bank would lend the country 2 billion dollars for irrigation.
"Farmers have waited long enough," Marwood told reporters in the capital, Drennick, after meeting Prime Minister Tomas Halberg.`;
const PAGE = `Velmora audit finds gaps in irrigation loan
Auditors told Finance Minister Ilse Marwood on Monday that a third of the Kestrel Development Bank loan could not be traced.
Marwood said the Ministry of Agriculture would answer within a month. Prime Minister Halberg did not comment.`;

const save = (db: StoreDb, path: string, text: string, keys?: KeyFilter) => saveDocuments(db, [{ path, analysis: analyzeDocument(text) }], Date.now(), keys);
/** Every name of every entity the engine finds on the page, as the background looks them up. */
const namesOf = (text: string) => [
  ...new Set(profileAnalysed([{ path: 'page', analysis: analyzeDocument(text) }]).entities.flatMap((e) => [e.name, ...e.aliases])),
];
const newDb = () => openStoreDb(`page-lookup-${Math.random()}`);

describe('the keys of capitalised spans', () => {
  it('gives every span of up to four words, as the alias and surname indexes hold names', () => {
    const { aliases, surnames } = spanKeys('On Monday, Prime Minister Ivo Brant of Ruritania met the Secretary of State for Fisheries.');
    expect([...aliases]).toEqual(expect.arrayContaining(['ivo brant', 'brant', 'minister ivo brant', 'ruritania', 'secretary of state', 'monday']));
    expect(surnames.has('ivo brant') && surnames.has('brant')).toBe(true);
    // No stored name starts or ends with "of", "the" or "for", and a surname has at most two words.
    expect([...aliases].some((key) => /^(of|the|for) | (of|the|for)$/.test(key))).toBe(false);
    expect(surnames.has('minister ivo brant')).toBe(false);
  });
});

describe("a page's look-ahead", () => {
  it('finds the profiles of the names the engine finds, with no read after the engine has run', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await save(db, 'https://news.example/loan', SAVED, keys);
    await keys.ready();
    const names = namesOf(PAGE);
    const expected = await findByAliases(db, names, keys);
    expect(expected.flat().map((e) => e.name)).toEqual(expect.arrayContaining(['Ilse Marwood', 'Kestrel Development Bank']));

    const ahead = lookAhead(db, 'https://news.example/audit', articleText(PAGE), keys);
    // Once its reads have landed (as they do while the engine runs), finding the names reads nothing more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await countReads(() => ahead.find(names));
    expect(after.result).toEqual(expected);
    expect(after.requests).toBe(0);
    expect(await ahead.documents).toEqual([]);
    db.close();
  });

  it('reads a name no capitalised span gives in one more read, and finds it', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await save(db, 'https://news.example/loan', SAVED, keys);
    await keys.ready();
    const ahead = lookAhead(db, 'https://news.example/audit', articleText('the loan was not traced, auditors said on Monday.'), keys);
    const found = await countReads(() => ahead.find(['Ilse Marwood']));
    expect(found.result.map((list) => list.map((e) => e.name))).toEqual([['Ilse Marwood']]);
    expect(found.requests).toBeGreaterThan(0);
    db.close();
  });

  it('finds a profile another connection saved after the filter was built', async () => {
    const db = await newDb();
    const keys = new KeyFilter(db);
    await keys.ready();
    // The options page (another connection) saves the story: this context's filter never saw its keys.
    const other = await openStoreDb(db.name);
    await save(other, 'https://news.example/loan', SAVED);
    other.close();
    const ahead = lookAhead(db, 'https://news.example/loan', articleText(PAGE), keys);
    const names = namesOf(PAGE);
    expect((await ahead.find(names)).flat().map((e) => e.name)).toEqual(expect.arrayContaining(['Ilse Marwood', 'Kestrel Development Bank']));
    // The page was saved from this address: it is one of the page's documents.
    expect(await ahead.documents).toHaveLength(1);
    db.close();
  });
});
