/**
 * The store growing with what the reader saves: incremental profiling, wire-story copies, removal,
 * the reader's corrections, export and restore, and writes that land whole or not at all.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeKeeper } from '../../../lib/messaging/background-service';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore, type ProfileStore, type StoreExport } from '../../../lib/store/profile-store';
import { ALL_STORES, openStoreDb, type StoreDb } from '../../../lib/store/schema';
import type { DocumentToSave } from '../../../lib/store/writes';
import type { EntityId } from '../../../lib/shared/types';
import { openProfileStore as openSchema1Store } from '../../fixtures/profile-store-v1';
import { seedTexts } from '../../seeds';
import { LATER_STORY } from './stories';

const seeds = seedTexts();

/** Runs `work` and counts the reads it sent to one index (fake-indexeddb's, wrapped for the while). */
async function countIndexReads<T>(index: string, work: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const proto = IDBIndex.prototype as unknown as Record<'getAll' | 'getAllKeys', (this: IDBIndex, ...args: unknown[]) => IDBRequest>;
  const originals = { getAll: proto.getAll, getAllKeys: proto.getAllKeys };
  let calls = 0;
  for (const name of ['getAll', 'getAllKeys'] as const)
    proto[name] = function (this: IDBIndex, ...args: unknown[]) {
      if (this.name === index) calls++;
      return originals[name].apply(this, args);
    };
  try {
    return { result: await work(), calls };
  } finally {
    Object.assign(proto, originals);
  }
}
const snapshot = profileCorpus(seeds);
const newStore = () => openProfileStore(`writes-${Math.random()}`);
const toSave = (path: string, text: string): DocumentToSave => ({ path, analysis: analyzeDocument(text) });

/** Everything a store holds, in a form two stores can be compared by. */
async function contents(store: ProfileStore) {
  const { documents, entities, mentions, corrections } = await store.exportAll();
  const sort = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    documents: sort(documents, (d) => d.id),
    entities: sort(entities, (e) => e.id),
    mentions: sort(mentions, (m) => `${m.documentId}@${String(m.start).padStart(8, '0')}:${m.entityId}`),
    corrections,
  };
}

/** Which mentions share an entity: the store's partition of the corpus, independent of ids. */
async function partition(store: ProfileStore): Promise<string[]> {
  const { documents, mentions } = await store.exportAll();
  const path = new Map(documents.map((d) => [d.id, d.path]));
  const groups = new Map<string, string[]>();
  for (const m of mentions) groups.set(m.entityId, [...(groups.get(m.entityId) ?? []), `${path.get(m.documentId)}@${m.start}`]);
  return [...groups.values()].map((g) => g.sort().join(' ')).sort();
}

async function entityNamed(store: ProfileStore, name: string) {
  const [found] = (await store.search(name)).filter((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name}`);
  return (await store.entity(found.id))!;
}

describe('saving articles into the store', () => {
  it('profiles one article at a time exactly as the engine profiles the whole corpus', async () => {
    const store = await newStore();
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    const whole = await newStore();
    await whole.importProfile(snapshot);
    expect(await partition(store)).toEqual(await partition(whole));
    expect((await store.counts()).entities).toBe(snapshot.entities.length);
  });

  it('adds a new article to existing profiles: new mentions and roles, new people get profiles', async () => {
    const store = await newStore();
    await store.importProfile(snapshot);
    const kellyBefore = await entityNamed(store, 'John F. Kelly');
    const [result] = await store.save([toSave('https://news.example/2019/arms', LATER_STORY)]);
    expect(result).toMatchObject({ status: 'added', copyOf: null });
    expect(result!.newEntities).toBeGreaterThan(0);

    const kelly = (await store.entity(kellyBefore.id))!;
    expect(kelly.mentionCount).toBe(kellyBefore.mentionCount + 2);
    expect(kelly.documentCount).toBe(kellyBefore.documentCount + 1);
    const ebrard = await entityNamed(store, 'Marcelo Ebrard');
    expect(ebrard.kind).toBe('official');
    expect(ebrard.roles).toEqual([{ title: 'Foreign Minister', country: 'Mexico', documentId: result!.documentId, date: expect.any(String) }]);
    const profile = await store.profile(ebrard.id);
    expect(profile?.mentions.map((m) => m.text)).toEqual(['Marcelo Ebrard', 'Ebrard']);
    expect(profile?.mentions[0]?.source).toBe('Reuters');
    // The cartel the seeds know gains the mention rather than a second profile.
    expect((await store.search('sinaloa')).map((e) => e.name)).toEqual(['Sinaloa cartel']);
  });

  it('updates an article saved twice from the same address instead of duplicating it', async () => {
    const store = await newStore();
    await store.importProfile(snapshot);
    const url = 'https://news.example/2019/arms';
    await store.save([toSave(url, LATER_STORY)]);
    const once = await contents(store);
    const [again] = await store.save([toSave(url, LATER_STORY)]);
    expect(again?.status).toBe('updated');
    const twice = await contents(store);
    expect(twice.documents.length).toBe(once.documents.length);
    expect(twice.mentions.map(({ documentId, start, entityId }) => `${documentId}@${start}:${entityId}`)).toEqual(
      once.mentions.map(({ documentId, start, entityId }) => `${documentId}@${start}:${entityId}`),
    );
    expect(twice.entities.map((e) => [e.id, e.mentionCount])).toEqual(once.entities.map((e) => [e.id, e.mentionCount]));
  });

  it('groups the copies of one wire story: the AFP story printed twice is listed once, with both outlets', async () => {
    const store = await newStore();
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    const docs = (await store.documents()).documents;
    const first = docs.find((d) => d.path.includes('000_'))!;
    const copy = docs.find((d) => d.path.includes('001_'))!;
    expect(copy.copyOf).toBe(first.id);
    expect(docs.filter((d) => d.copyOf).length).toBe(1);

    const kelly = await entityNamed(store, 'John F. Kelly');
    const profile = (await store.profile(kelly.id, { offset: 0, limit: 100 }))!;
    const arrival = profile.mentions.filter((m) => /arrived in Mexico/.test(m.sentence));
    expect(arrival).toHaveLength(1);
    expect(arrival[0]!.copies).toHaveLength(1);
    expect(arrival[0]!.outlets).toContain('AFP');
    expect(profile.mentions.length).toBeLessThan(profile.total);
  });

  it('finds a copy that prints only part of the story, either way round, from the lowest hashes of its sketch', async () => {
    // Five wire stories run together: long enough that its sketch holds more hashes than are looked up.
    const story = ['reuters-ukraine.txt', 'ap-texas.txt', 'afp-kenya-cabinet.txt', 'afp-un-refugees.txt', 'abc-australia-budget.txt']
      .map((f) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', f), 'utf8'))
      .join('\n\n');
    const part = story.slice(0, Math.floor(story.length * 0.6));
    for (const [first, later] of [
      [story, part],
      [part, story],
    ]) {
      const store = await newStore();
      const [original] = await store.save([toSave('https://wire.example/story', first!)]);
      const sketchReads = await countIndexReads('by-sketch', () => store.save([toSave('https://paper.example/story', later!)]));
      expect(sketchReads.result[0]!.copyOf).toBe(original!.documentId);
      expect(sketchReads.calls).toBeLessThanOrEqual(24);
      store.close();
    }
  });

  it('removes a document with its mentions; entities left with none disappear', async () => {
    const store = await newStore();
    await store.importProfile(snapshot);
    const clinton = snapshot.documents.find((d) => d.path.includes('002_'))!;
    const before = await store.counts();
    const hillary = await entityNamed(store, 'Hillary Clinton');
    expect(await store.removeDocument(clinton.id)).toBe(true);
    expect(await store.entity(hillary.id)).toBeUndefined();
    expect(await store.document(clinton.id)).toBeUndefined();
    const after = await store.counts();
    const removedMentions = snapshot.entities.flatMap((e) => e.mentions).filter((m) => m.documentId === clinton.id).length;
    expect(after.mentions).toBe(before.mentions - removedMentions);
    expect(after.documents).toBe(before.documents - 1);
    // Calderón is named only there too; Pena Nieto is named elsewhere and stays, with fewer mentions.
    expect(await store.search('calderon')).toEqual([]);
  });
});

describe("the reader's corrections", () => {
  it('merges two entities, and the merge holds when another article is saved', async () => {
    const store = await newStore();
    await store.importProfile(snapshot);
    const formula = await entityNamed(store, 'Formula');
    const televisa = await entityNamed(store, 'Televisa');
    const merged = await store.merge(formula.id, televisa.id);
    expect(merged.mentionCount).toBe(formula.mentionCount + televisa.mentionCount);
    expect(merged.aliases).toEqual(expect.arrayContaining(['Formula', 'Televisa']));
    expect(await store.entity(formula.id)).toBeUndefined();

    await store.save([
      toSave(
        'https://news.example/radio',
        'Radio network Formula says signal restored\n\nMEXICO CITY (AP) - The radio network Formula said on Tuesday its signal was back after an outage that lasted a day.',
      ),
    ]);
    const after = (await store.entity(televisa.id))!;
    expect(after.mentionCount).toBeGreaterThan(merged.mentionCount);
    expect((await store.findByAlias('Formula')).map((e) => e.id)).toEqual([televisa.id]);
  });

  it('splits wrong mentions off into a new entity, and the split holds when the article is saved again', async () => {
    const store = await newStore();
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    const kelly = await entityNamed(store, 'John F. Kelly');
    const reuters = (await store.documents()).documents.find((d) => d.path.includes('003_'))!;
    const inReuters = (await store.profile(kelly.id, { offset: 0, limit: 500 }))!.mentions.filter((m) => m.documentId === reuters.id);
    expect(inReuters.length).toBeGreaterThan(0);
    const split = await store.split(kelly.id, inReuters, 'Kelly (Reuters)');
    expect(split).toMatchObject({ name: 'Kelly (Reuters)', mentionCount: inReuters.length, documentCount: 1 });
    expect((await store.entity(kelly.id))!.mentionCount).toBe(kelly.mentionCount - inReuters.length);

    const seed = seeds.find((s) => s.path.includes('003_'))!;
    const [saved] = await store.save([toSave(seed.path, seed.text)]);
    expect((await store.entity(split.id))!.mentionCount).toBe(inReuters.length);
    // The save says where each profile is named as the split left it: the split's mentions under it, not Kelly.
    const named = (id: string) => saved!.profiles.find((p) => p.entity.id === id)?.starts.sort((a, b) => a - b);
    expect(named(split.id)).toEqual(inReuters.map((m) => m.start).sort((a, b) => a - b));
    expect(named(kelly.id) ?? []).not.toContain(inReuters[0]!.start);
    expect((await store.entity(kelly.id))!.mentionCount).toBe(kelly.mentionCount - inReuters.length);
  });

  it('keeps a changed kind and a new name when articles are saved again', async () => {
    const store = await newStore();
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    const guzman = await entityNamed(store, 'Joaquin Guzman');
    await store.setKind(guzman.id, 'official');
    await store.rename(guzman.id, 'Joaquín "El Chapo" Guzmán');
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    expect(await store.entity(guzman.id)).toMatchObject({ kind: 'official', name: 'Joaquín "El Chapo" Guzmán' });
    expect((await store.search('chapo'))[0]?.id).toBe(guzman.id);
    expect((await store.corrections()).map((c) => c.type)).toEqual(['kind', 'rename']);
  });
});

describe('export, restore, and writes that land whole', () => {
  it('restores an export into an empty profile exactly, corrections included', async () => {
    const store = await newStore();
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    const formula = await entityNamed(store, 'Formula');
    const televisa = await entityNamed(store, 'Televisa');
    await store.merge(formula.id, televisa.id);
    const exported = JSON.parse(JSON.stringify(await store.exportAll())) as StoreExport;
    const copy = await newStore();
    await copy.restore(exported);
    expect(await contents(copy)).toEqual(await contents(store));
  });

  it('leaves the store as it was when a save fails halfway', async () => {
    const store = await newStore();
    await store.importProfile(snapshot);
    const before = await contents(store);
    const broken = { path: 'broken.txt', analysis: { ...analyzeDocument(LATER_STORY), groups: null } } as unknown as DocumentToSave;
    await expect(store.save([toSave('https://news.example/ok', LATER_STORY), broken])).rejects.toThrow();
    expect(await contents(store)).toEqual(before);
  });

  it('lands two saves made at the same time from two connections', async () => {
    const name = `writes-${Math.random()}`;
    const a = await openProfileStore(name);
    const b = await openProfileStore(name);
    await a.importProfile(snapshot);
    const other = LATER_STORY.replace('Marcelo Ebrard', 'Marcelo Ebrard Casaubon').replace('Monday', 'Friday');
    await Promise.all([a.save([toSave('https://one.example/a', LATER_STORY)]), b.save([toSave('https://two.example/b', other)])]);
    expect((await a.counts()).documents).toBe(snapshot.documents.length + 2);
    // Both saw each other's work: one Ebrard, with mentions from both articles.
    const ebrard = (await a.search('ebrard')).filter((e) => e.kind === 'official');
    expect(ebrard).toHaveLength(1);
    expect(ebrard[0]!.documentCount).toBe(2);
  });
});

describe('the counts the options page shows', () => {
  it('are kept right through saves, updates, removals, corrections, restore and clear, without counting again', async () => {
    const store = await newStore();
    const walked = async () => {
      const { documents, entities, mentions } = await store.exportAll();
      return { documents: documents.length, entities: entities.length, mentions: mentions.length };
    };
    await store.importProfile(snapshot);
    expect(await store.counts()).toEqual(await walked());
    for (const seed of seeds) await store.save([toSave(seed.path, seed.text)]);
    await store.save([toSave('https://news.example/2019/arms', LATER_STORY)]);
    await store.save([toSave('https://news.example/2019/arms', LATER_STORY.replace('Marcelo Ebrard', 'Luisa Alcalde'))]);
    expect(await store.counts()).toEqual(await walked());
    const formula = await entityNamed(store, 'Formula');
    await store.merge(formula.id, (await entityNamed(store, 'Televisa')).id);
    const kelly = await entityNamed(store, 'John F. Kelly');
    const some = (await store.profile(kelly.id, { offset: 0, limit: 3 }))!.mentions;
    await store.split(kelly.id, some, 'Kelly (a namesake)');
    await store.removeDocument(snapshot.documents[2]!.id);
    expect(await store.counts()).toEqual(await walked());
    const exported = await store.exportAll();
    await store.reset();
    expect(await store.counts()).toEqual({ documents: 0, entities: 0, mentions: 0 });
    await store.restore(exported);
    expect(await store.counts()).toEqual(await walked());
  });
});

describe('the built-in corpus', () => {
  it('fills a new store once; a store the reader cleared stays clear when the worker wakes again', async () => {
    const name = `seeded-${Math.random()}`;
    const wake = () => storeKeeper({ openStore: () => openProfileStore(name), loadSnapshot: async () => snapshot })();
    const first = await wake();
    expect((await first.counts()).documents).toBe(snapshot.documents.length);
    await first.reset();
    first.close();
    const second = await wake();
    expect(await second.isEmpty()).toBe(true);
    await second.reset(snapshot);
    expect((await second.counts()).documents).toBe(snapshot.documents.length);
  });
});

describe('schema upgrades', () => {
  it('opens a store written by schema 1 and migrates it with nothing lost', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = await openSchema1Store(name);
    await old.importProfile(snapshot);
    const oldCounts = await old.counts();
    const kellyId = snapshot.entities.find((e) => e.name === 'John F. Kelly')!.id as EntityId;
    const oldProfile = await old.profile(kellyId);
    old.close();

    const store = await openProfileStore(name);
    expect(await store.counts()).toEqual(oldCounts);
    const profile = await store.profile(kellyId, { offset: 0, limit: 500 });
    expect(profile?.total).toBe(oldProfile?.total);
    expect(profile?.entity.surnames).toEqual(expect.arrayContaining(['kelly']));
    expect((await store.documents()).documents.filter((d) => d.copyOf)).toHaveLength(1);
    // Schema 2's writes work on the migrated store.
    await store.save([toSave('https://news.example/2019/arms', LATER_STORY)]);
    expect((await store.entity(kellyId))!.documentCount).toBe(oldProfile!.documents.length + 1);
    store.close();
    // The upgraded store has the indexes a new one has, and no others (schema 4 dropped two).
    const indexes = async (db: StoreDb) => Object.fromEntries(ALL_STORES.map((s) => [s, [...db.transaction(s).store.indexNames].sort()]));
    const [upgraded, fresh] = await Promise.all([openStoreDb(name), openStoreDb(`fresh-${Math.random()}`)]);
    expect(await indexes(upgraded)).toEqual(await indexes(fresh));
    expect((await indexes(upgraded)).mentions).toEqual(['by-document', 'by-entity-date']);
  });
});
