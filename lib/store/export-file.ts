/**
 * The export file of a store of any size, written and read a batch of records at a time, so that
 * neither the file nor the store is ever one string or one array in memory.
 *
 * The file is one JSON object (so any JSON tool reads it, and so does `parseExport`), laid out one
 * record to a line, which is what lets it be read line by line:
 *
 * ```
 * {"format":"dramatis-profiles","version":1,"schema":3,"exportedAt":"2026-11-30T10:00:00.000Z"
 * ,"documents":[
 * {…a document…}
 * ,{…a document…}
 * ]
 * ,"entities":[
 * …
 * ]
 * }
 * ```
 *
 * JSON.stringify never writes a raw line break inside a record, so every line is the header, a
 * section's opening or closing, or one whole record.
 */
import { correctionError, documentError, entityError, headerError, mentionError } from './export';
import { MAX_IMPORT_BYTES, parseExport } from './import-files';
import { ALL_STORES, appendRecord, EXPORT_FORMAT, EXPORT_VERSION, SCHEMA_VERSION, withDocumentIds, type StoreDb, type StoreExport } from './schema';
import { countChange, inOneTransaction, RESTORING_KEY, setCounts, storeCounts, type StoreCounts } from './transactions';
import type { Result } from '../shared/types';

/** How far a long operation on the store has gone: `done` of `total` records (or bytes, or stores). */
export interface StoreProgress {
  phase: 'exporting' | 'checking' | 'restoring' | 'clearing';
  done: number;
  total: number;
  unit: 'records' | 'bytes' | 'stores';
}

export type OnProgress = (progress: StoreProgress) => void;

/** Records read or written per batch: about 2 MB of documents, and a few hundred ms of work. */
export const BATCH_RECORDS = 1_000;

type Section = (typeof ALL_STORES)[number];

/**
 * The whole store as an export file, read in batches of `BATCH_RECORDS` inside one read-only
 * transaction (so the file is one consistent moment of the store). Each batch becomes a Blob part at
 * once; the browser keeps Blob data outside the page's heap, so the page holds one batch at a time.
 * Calls `onProgress` after each batch, with records done of all records.
 */
export async function exportFile(
  db: StoreDb,
  onProgress: OnProgress = () => undefined,
): Promise<{ file: Blob; counts: StoreCounts & { corrections: number } }> {
  const kept = await storeCounts(db);
  const total = kept.documents + kept.entities + kept.mentions + (await db.count('corrections'));
  const counts = { documents: 0, entities: 0, mentions: 0, corrections: 0 };
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: SCHEMA_VERSION, exportedAt: new Date().toISOString() };
  const parts: Blob[] = [new Blob([JSON.stringify(header).slice(0, -1)])];
  const tx = db.transaction(ALL_STORES);
  let done = 0;
  for (const name of ALL_STORES) {
    parts.push(new Blob([`\n,"${name}":[`]));
    const store = tx.objectStore(name);
    let after: IDBValidKey | undefined;
    for (;;) {
      // Only IndexedDB requests are awaited here, so the transaction stays open from batch to batch.
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const [keys, values] = await Promise.all([store.getAllKeys(range, BATCH_RECORDS), store.getAll(range, BATCH_RECORDS)]);
      if (!values.length) break;
      const lines = values.map((v, i) => `\n${counts[name] + i ? ',' : ''}${JSON.stringify(v)}`);
      parts.push(new Blob(lines));
      counts[name] += values.length;
      done += values.length;
      after = keys.at(-1);
      onProgress({ phase: 'exporting', done, total: Math.max(total, done), unit: 'records' });
    }
    parts.push(new Blob(['\n]']));
  }
  parts.push(new Blob(['\n}\n']));
  await tx.done;
  return { file: new Blob(parts, { type: 'application/json' }), counts };
}

/** The lines of a file, read a chunk at a time, with how many bytes were read so far. */
async function* linesOf(file: Blob): AsyncGenerator<{ line: string; bytes: number }> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let bytes = 0;
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const text = rest + decoder.decode(value, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield { line, bytes };
  }
  rest += decoder.decode();
  if (rest) yield { line: rest, bytes };
}

type FileRecord = { section: Section; value: unknown };

/**
 * The records of an export file in the line layout, each checked, in file order; throws an Error
 * naming the file and the line where the file is not such an export.
 */
async function* recordsOf(name: string, file: Blob, onBytes: (bytes: number) => void): AsyncGenerator<FileRecord> {
  let section: Section | null = null;
  let number = 0;
  let ended = false;
  const fail = (why: string): never => {
    throw new Error(`${name} is a Dramatis export of the wrong shape: line ${number} ${why}.`);
  };
  let reported = 0;
  for await (const { line, bytes } of linesOf(file)) {
    number++;
    // Once for each chunk the file is read in, not for each line.
    if (bytes !== reported) onBytes((reported = bytes));
    if (number === 1) {
      let header: unknown;
      try {
        header = JSON.parse(`${line.replace(/^\uFEFF/, '')}}`);
      } catch {
        fail('is not the header of an export');
      }
      const wrong = headerError(name, header);
      if (wrong) throw new Error(wrong);
      continue;
    }
    if (ended) {
      if (line.trim()) fail('comes after the end of the export');
      continue;
    }
    const opening = /^,"(documents|entities|mentions|corrections)":\[$/.exec(line);
    if (opening) {
      section = opening[1] as Section;
      continue;
    }
    if (line === ']') {
      section = null;
      continue;
    }
    if (line === '}') {
      ended = true;
      continue;
    }
    if (!section) fail('is outside any list');
    let value: unknown;
    try {
      value = JSON.parse(line.replace(/^,/, ''));
    } catch {
      fail('is not a whole record (the file may be truncated)');
    }
    yield { section: section!, value };
  }
  if (!ended) throw new Error(`${name} is truncated: the file ends before its JSON does. Export it again.`);
}

/** Whether a file is in the line layout: its first line is an export's header without its closing brace. */
async function inLineLayout(file: Blob): Promise<boolean> {
  const start = await file.slice(0, 4_096).text();
  return /^\uFEFF?\{"format":"dramatis-profiles"[^\n]*\n,"documents":\[/.test(start);
}

/**
 * Reads the whole file once, checking every record, before anything is written: the header's format
 * and version, each record's shape, and that every mention names an entity and a document the file
 * holds. Returns how many records of each kind it holds, or why it can't be restored.
 */
async function checkFile(name: string, file: Blob, onProgress: OnProgress): Promise<Result<Record<Section, number>>> {
  const counts: Record<Section, number> = { documents: 0, entities: 0, mentions: 0, corrections: 0 };
  const documentIds = new Set<string>();
  const entityIds = new Set<string>();
  const report = (bytes: number) => onProgress({ phase: 'checking', done: bytes, total: file.size, unit: 'bytes' });
  try {
    for await (const { section, value } of recordsOf(name, file, report)) {
      const i = counts[section]++;
      const error =
        section === 'documents'
          ? documentError(value)
          : section === 'entities'
            ? entityError(value)
            : section === 'mentions'
              ? mentionError(value, entityIds, documentIds)
              : correctionError(value);
      if (error) return { ok: false, error: `${name} is a Dramatis export of the wrong shape: ${section}[${i}] ${error}.` };
      if (section === 'documents') documentIds.add((value as { id: string }).id);
      if (section === 'entities') entityIds.add((value as { id: string }).id);
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, value: counts };
}

/** Writes a batch of one section's records in its own transaction, and counts them, so a restore stopped halfway counts what it wrote. */
async function writeBatch(db: StoreDb, section: Section, records: unknown[]): Promise<void> {
  await inOneTransaction(
    db,
    async (tx) => {
      const store = tx.objectStore(section);
      if (section === 'mentions') await Promise.all(records.map((r) => appendRecord(tx, 'mentions', r as never)));
      else if (section === 'corrections') await Promise.all(records.map((r) => appendRecord(tx, 'corrections', withDocumentIds(r as never))));
      else await Promise.all(records.map((r) => store.put(r as never)));
      if (section !== 'corrections') countChange(tx, { [section]: records.length });
    },
    [section, 'meta'],
  );
}

/**
 * Replaces the store with an export file, exactly, however large: the file is checked in full first
 * (a file that fails leaves the store as it was), then the store is cleared and the records written
 * in batches of `BATCH_RECORDS`, each its own transaction. A restore stopped halfway (the page
 * closed) leaves a mark that `unfinishedRestore` reports. A file not in the line layout (written by
 * an earlier version) is read whole, up to `MAX_IMPORT_BYTES`.
 * Returns the counts restored, or why nothing was.
 */
export async function restoreFile(db: StoreDb, name: string, file: Blob, onProgress: OnProgress = () => undefined): Promise<Result<StoreCounts>> {
  let source: AsyncIterable<FileRecord>;
  let counts: Record<Section, number>;
  if (await inLineLayout(file)) {
    const checked = await checkFile(name, file, onProgress);
    if (!checked.ok) return checked;
    counts = checked.value;
    source = recordsOf(name, file, () => undefined);
  } else {
    if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: `${name} is too large to restore in one piece and is not an export this version wrote.` };
    const parsed = parseExport(name, await file.text());
    if (!parsed.ok) return parsed;
    const data: StoreExport = parsed.value;
    counts = { documents: data.documents.length, entities: data.entities.length, mentions: data.mentions.length, corrections: data.corrections.length };
    source = (async function* () {
      for (const section of ALL_STORES) for (const value of data[section]) yield { section, value };
    })();
  }
  const total = counts.documents + counts.entities + counts.mentions + counts.corrections;
  await inOneTransaction(db, async (tx) => {
    for (const store of ALL_STORES) await tx.objectStore(store).clear();
    await setCounts(tx, { documents: 0, entities: 0, mentions: 0 });
    await tx.objectStore('meta').put(true, RESTORING_KEY);
  });
  let done = 0;
  let batch: unknown[] = [];
  let batchSection: Section = 'documents';
  const flush = async () => {
    if (!batch.length) return;
    await writeBatch(db, batchSection, batch);
    done += batch.length;
    batch = [];
    onProgress({ phase: 'restoring', done, total, unit: 'records' });
  };
  for await (const { section, value } of source) {
    if (section !== batchSection) await flush();
    batchSection = section;
    batch.push(value);
    if (batch.length >= BATCH_RECORDS) await flush();
  }
  await flush();
  const restored = { documents: counts.documents, entities: counts.entities, mentions: counts.mentions };
  await inOneTransaction(db, async (tx) => {
    await setCounts(tx, restored);
    await tx.objectStore('meta').delete(RESTORING_KEY);
  });
  return { ok: true, value: restored };
}

/**
 * Empties the store in one transaction, one store after another, calling `onProgress` after each
 * (IndexedDB clears a store in one request, so there is nothing finer to report). The built-in
 * corpus is not loaded again, and a store the reader cleared stays clear.
 */
export async function clearStore(db: StoreDb, onProgress: OnProgress = () => undefined): Promise<void> {
  await inOneTransaction(db, async (tx) => {
    let done = 0;
    for (const store of ALL_STORES) {
      await tx.objectStore(store).clear();
      onProgress({ phase: 'clearing', done: ++done, total: ALL_STORES.length, unit: 'stores' });
    }
    await setCounts(tx, { documents: 0, entities: 0, mentions: 0 });
    await tx.objectStore('meta').delete(RESTORING_KEY);
  });
}
