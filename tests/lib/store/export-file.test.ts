/**
 * The export file of a store, written and read in batches: what the reader downloads is one JSON
 * file any tool reads, restoring it into an empty store reproduces the store exactly, progress is
 * reported batch by batch, and a broken file changes nothing.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../lib/engine/document-analysis';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { BATCH_RECORDS, clearStore, exportFile, restoreFile, type StoreProgress } from '../../../lib/store/export-file';
import { unfinishedRestore } from '../../../lib/store/transactions';
import { openProfileStore, type ProfileStore } from '../../../lib/store/profile-store';
import { openStoreDb } from '../../../lib/store/schema';
import { SyntheticCorpus } from '../../../bench/synth-store';
import { seedTexts } from '../../seeds';

const snapshot = profileCorpus(seedTexts());

/** The seeds, 300 synthetic documents (3,000 and more mentions: several batches) and a correction. */
async function filledStore(): Promise<{ name: string; store: ProfileStore }> {
  const name = `export-${Math.random()}`;
  const store = await openProfileStore(name);
  await store.importProfile(snapshot);
  const db = await openStoreDb(name);
  const corpus = new SyntheticCorpus();
  const { documents, mentions } = corpus.documents(0, 300);
  const tx = db.transaction(['documents', 'mentions', 'entities', 'meta'], 'readwrite');
  void tx.objectStore('meta').delete('counts');
  for (const d of documents) void tx.objectStore('documents').put(d);
  for (const m of mentions) void tx.objectStore('mentions').add(m);
  for (const e of corpus.entityRecords()) void tx.objectStore('entities').put(e);
  await tx.done;
  db.close();
  await store.save([{ path: 'https://news.example/radio', analysis: analyzeDocument(seedTexts()[0]!.text.replace('Kelly', 'Kelly Jr')) }]);
  const [formula] = await store.search('formula');
  const [televisa] = await store.search('televisa');
  await store.merge(formula!.id, televisa!.id);
  return { name, store };
}

const withoutMoment = (data: { exportedAt?: string }) => ({ ...data, exportedAt: '' });

async function emptyDb() {
  return openStoreDb(`restore-${Math.random()}`);
}

describe('the export file', () => {
  it('is one JSON file of the whole store, written batch by batch with progress', async () => {
    const { name, store } = await filledStore();
    const progress: StoreProgress[] = [];
    const db = await openStoreDb(name);
    const { file, counts } = await exportFile(db, (p) => progress.push(p));
    const text = await file.text();
    expect(withoutMoment(JSON.parse(text))).toEqual(withoutMoment(await store.exportAll()));
    // One record to a line.
    expect(text.split('\n').length).toBeGreaterThan(counts.documents + counts.entities + counts.mentions);
    const total = counts.documents + counts.entities + counts.mentions + counts.corrections;
    expect(progress.length).toBeGreaterThanOrEqual(Math.ceil(counts.mentions / BATCH_RECORDS));
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ phase: 'exporting', done: total, total, unit: 'records' });
  });

  it('restores into an empty store exactly, checking the whole file before writing, with progress', async () => {
    const { name, store } = await filledStore();
    const { file } = await exportFile(await openStoreDb(name));
    const target = await emptyDb();
    const phases: StoreProgress['phase'][] = [];
    const restored = await restoreFile(target, 'backup.json', file, (p) => phases.push(p.phase));
    expect(restored).toEqual({ ok: true, value: await store.counts() });
    expect(phases.indexOf('restoring')).toBeGreaterThan(phases.lastIndexOf('checking'));
    expect(phases.filter((p) => p === 'restoring').length).toBeGreaterThan(3);
    const again = await exportFile(target);
    expect(withoutMoment(JSON.parse(await again.file.text()))).toEqual(withoutMoment(JSON.parse(await file.text())));
    expect(await unfinishedRestore(target)).toBe(false);
  });

  it('refuses a truncated file, or one with a broken record, and leaves the store as it was', async () => {
    const { name } = await filledStore();
    const text = await (await exportFile(await openStoreDb(name))).file.text();
    const targetName = `keep-${Math.random()}`;
    const target = await openProfileStore(targetName);
    await target.importProfile(snapshot);
    const before = withoutMoment(await target.exportAll());
    const lines = text.split('\n');
    const mention = lines.findIndex((l) => l.includes('"entityId"'));
    const broken = [
      ...lines.slice(0, mention + 1),
      ',{"entityId":"nobody","documentId":"syn-1","start":0,"end":3,"text":"Abc","sentence":"Abc."}',
      ...lines.slice(mention + 1),
    ];
    const cases: [string, string, RegExp][] = [
      ['cut.json', text.slice(0, text.length / 2), /^cut\.json is (truncated|a Dramatis export of the wrong shape: line \d+ is not a whole record)/],
      ['stray.json', broken.join('\n'), /^stray\.json is a Dramatis export of the wrong shape: mentions\[\d+\] names an entity the file does not hold\.$/],
      ['newer.json', text.replace('"version":1', '"version":9'), /^newer\.json was exported by a newer version of Dramatis/],
    ];
    for (const [file, content, error] of cases) {
      const result = await restoreFile(await openStoreDb(targetName), file, new Blob([content]));
      expect(result.ok ? 'restored' : result.error).toMatch(error);
    }
    expect(withoutMoment(await target.exportAll())).toEqual(before);
  });

  it('restores an export written whole by an earlier version', async () => {
    const { store } = await filledStore();
    const old = JSON.stringify(await store.exportAll());
    const target = await emptyDb();
    const restored = await restoreFile(target, 'old.json', new Blob([old]));
    expect(restored).toEqual({ ok: true, value: await store.counts() });
  });
});

describe('a restore stopped halfway', () => {
  it('is reported until the store is cleared or restored again', async () => {
    const { name } = await filledStore();
    const { file } = await exportFile(await openStoreDb(name));
    // The file reads whole when checked, then fails partway through when read again for writing,
    // as when the page is closed or the disk goes away.
    let reads = 0;
    const failing = {
      size: file.size,
      text: () => file.text(),
      slice: (...args: Parameters<Blob['slice']>) => file.slice(...args),
      stream: () => {
        if (++reads === 1) return file.stream();
        const source = file.stream().getReader();
        let bytes = 0;
        return new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (bytes > file.size * 0.8) return controller.error(new Error('the file could not be read'));
            const { done, value } = await source.read();
            if (done) return controller.close();
            bytes += value.byteLength;
            controller.enqueue(value);
          },
        });
      },
    } as unknown as Blob;
    const targetName = `halfway-${Math.random()}`;
    const target = await openProfileStore(targetName);
    await expect(restoreFile(await openStoreDb(targetName), 'backup.json', failing)).rejects.toThrow('the file could not be read');
    expect(await target.unfinishedRestore()).toBe(true);
    // What was written before it stopped is there, and counted; the rest is not.
    const part = await target.counts();
    const whole = await (await openProfileStore(name)).counts();
    expect(part.documents).toBeGreaterThan(0);
    expect(part.mentions).toBeLessThan(whole.mentions);
    expect((await target.exportAll()).mentions).toHaveLength(part.mentions);
    await restoreFile(await openStoreDb(targetName), 'backup.json', file);
    expect(await target.unfinishedRestore()).toBe(false);
  });
});

describe('clearing the store', () => {
  it('empties every store, one after another with progress, and the counts say so', async () => {
    const { name, store } = await filledStore();
    const steps: number[] = [];
    await clearStore(await openStoreDb(name), (p) => steps.push(p.done));
    expect(steps).toEqual([1, 2, 3, 4]);
    expect(await store.counts()).toEqual({ documents: 0, entities: 0, mentions: 0 });
    expect(await store.search('televisa')).toEqual([]);
    expect((await store.exportAll()).corrections).toEqual([]);
  });
});
