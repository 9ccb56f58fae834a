/** The profile store on fake-indexeddb, loaded with the seed corpus as the extension loads it. */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore, type ProfileStore } from '../../../lib/store/profile-store';
import type { EntityId } from '../../../lib/shared/types';
import { seedTexts } from '../../seeds';

let store: ProfileStore;
const corpus = profileCorpus(seedTexts());

beforeAll(async () => {
  store = await openProfileStore(`test-${Math.random()}`);
  await store.importProfile(corpus);
});
afterAll(() => store.close());

describe('the profile store', () => {
  it('holds every document, entity and mention of the snapshot', async () => {
    expect(await store.isEmpty()).toBe(false);
    expect(await store.counts()).toEqual({
      documents: 5,
      entities: corpus.entities.length,
      mentions: corpus.entities.reduce((n, e) => n + e.mentions.length, 0),
    });
  });

  it('finds profiles by any alias or role, whatever the case and accents', async () => {
    expect((await store.search('pena')).map((e) => e.name)).toEqual(['Enrique Pena Nieto']);
    expect((await store.search('PEÑA nieto')).map((e) => e.name)).toEqual(['Enrique Pena Nieto']);
    expect((await store.search('attorney general')).map((e) => e.name)).toEqual(['William Barr']);
    expect((await store.search('cartel')).map((e) => e.name).sort()).toEqual(['Juarez cartel', 'Sinaloa cartel']);
    expect((await store.search('calderon'))[0]?.name).toBe('Felipe Calderón');
    expect(await store.search('zzzz')).toEqual([]);
  });

  it('finds an entity by an alias as written', async () => {
    expect((await store.findByAlias('Mr Kelly')).map((e) => e.name)).toEqual(['John F. Kelly']);
    expect((await store.findByAlias('Department of State')).map((e) => e.name)).toEqual(['State Department']);
  });

  it("finds each of a page's names at once, in the order asked, none for a name it does not know", async () => {
    const found = await store.findByAliases(['Department of State', 'Zyx Unknown', 'Mr Kelly']);
    expect(found.map((entities) => entities.map((e) => e.name))).toEqual([['State Department'], [], ['John F. Kelly']]);
  });

  it('gives a profile with mentions newest first, the documents, and who is named alongside', async () => {
    const kelly = corpus.entities.find((e) => e.name === 'John F. Kelly')!;
    const profile = await store.profile(kelly.id);
    expect(profile?.total).toBe(kelly.mentions.length);
    expect(profile?.documents.map((d) => d.id.slice(0, 3)).sort()).toEqual(['000', '001', '003']);
    // "Wednesday (July 5)" is placed in 2017 by Kelly's February 2017 mentions: the newest, not the oldest.
    expect(profile?.mentions[0]).toMatchObject({ published: '--07-05', source: 'AFP', date: { iso: '2017-07-05', inferred: true } });
    expect(profile?.mentions.at(-1)).toMatchObject({ published: '2017-02-08', source: 'Reuters' });
    expect(profile?.companions.slice(0, 2).map((c) => c.name)).toEqual(expect.arrayContaining(['Enrique Pena Nieto', 'Donald Trump']));
  });

  it('pages long mention lists', async () => {
    const trump = corpus.entities.find((e) => e.name === 'Donald Trump')!;
    const first = await store.profile(trump.id, { offset: 0, limit: 5 });
    const second = await store.profile(trump.id, { offset: first!.nextOffset!, limit: 5 });
    expect(first?.mentions).toHaveLength(5);
    expect(second?.mentions).toHaveLength(5);
    const all = [...(first?.mentions ?? []), ...(second?.mentions ?? [])].map((m) => `${m.documentId}:${m.start}`);
    expect(new Set(all).size).toBe(10);
  });

  it('has no profile for an unknown id', async () => {
    expect(await store.profile('nobody' as EntityId)).toBeUndefined();
  });
});
