/**
 * Write transactions and the store's record counts. Every change runs in one read-write
 * transaction; the number of documents, profiles and mentions it adds or removes is noted as it
 * goes and written to the `meta` store once, before the transaction commits, so the counts the
 * options page shows are one read instead of a walk over every record (IndexedDB's `count()` walks
 * its range: 1.2 million mentions take seconds). Every change also writes a new generation, a token
 * that says the store is no longer what it was, so a context that keeps something read from the
 * store (the key filter, `key-filter.ts`) knows when another context changed it.
 */
import { ALL_STORES, type StoreDb, type StoreName, type WriteTx } from './schema';

/** How many records the store holds. */
export interface StoreCounts {
  documents: number;
  entities: number;
  mentions: number;
}

/** The stores a change may write: the reader's records and the `meta` store that counts them. */
export const WRITE_STORES: readonly StoreName[] = [...ALL_STORES, 'meta'];

const COUNTS_KEY = 'counts';
const pending = new WeakMap<WriteTx, StoreCounts>();

/**
 * The `meta` key of the store's generation: a token every change writes anew (`inOneTransaction`).
 * A writer that bypasses `inOneTransaction` (the benchmarks' raw fill) must write one too
 * (`newGeneration`), or what other contexts keep of the store goes stale unseen.
 */
export const GENERATION_KEY = 'generation';
const generations = new WeakMap<WriteTx, string>();

/** A token no earlier change wrote: the time (ms, base 36) and 50 random bits. */
export function newGeneration(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The generation this transaction (one of `inOneTransaction`'s) writes as it commits. */
export function generationWritten(tx: WriteTx): string {
  const generation = generations.get(tx);
  if (generation === undefined) throw new Error('Not a transaction of inOneTransaction');
  return generation;
}

/**
 * The counts the store keeps, read from its `meta` store in whatever transaction holds it, without
 * writing anything; undefined where none are kept yet (see `storeCounts`).
 */
export async function keptCounts(meta: { get(key: string): Promise<unknown> }): Promise<StoreCounts | undefined> {
  return (await meta.get(COUNTS_KEY)) as StoreCounts | undefined;
}

/** Notes records added (positive) or removed (negative) in this transaction. */
export function countChange(tx: WriteTx, change: Partial<StoreCounts>): void {
  const delta = pending.get(tx) ?? { documents: 0, entities: 0, mentions: 0 };
  delta.documents += change.documents ?? 0;
  delta.entities += change.entities ?? 0;
  delta.mentions += change.mentions ?? 0;
  pending.set(tx, delta);
}

/** Sets the counts outright (after a restore or a clear); later changes in the transaction add to them. */
export async function setCounts(tx: WriteTx, counts: StoreCounts): Promise<void> {
  pending.delete(tx);
  await tx.objectStore('meta').put(counts, COUNTS_KEY);
}

/**
 * Writes the changes noted in this transaction to the stored counts. Where there are none (a store
 * written before counts were kept), nothing is written: `storeCounts` counts once, later.
 */
async function flushCounts(tx: WriteTx): Promise<void> {
  const delta = pending.get(tx);
  pending.delete(tx);
  if (!delta || !tx.objectStoreNames.contains('meta')) return;
  const meta = tx.objectStore('meta');
  const counts = await keptCounts(meta);
  if (!counts) return;
  await meta.put(
    { documents: counts.documents + delta.documents, entities: counts.entities + delta.entities, mentions: counts.mentions + delta.mentions },
    COUNTS_KEY,
  );
}

/** Aborts a transaction that may already have ended, and keeps its rejection from going unhandled. */
export function abortQuietly(tx: WriteTx): void {
  pending.delete(tx);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
  tx.done.catch(() => undefined);
}

/**
 * Runs one change in one read-write transaction over every store and `meta` (or the stores named,
 * which must include `meta`), and writes the counts it changed and a new generation
 * (`generationWritten`) before committing. Throws what the change throws; nothing lands then.
 */
export async function inOneTransaction<T>(db: StoreDb, change: (tx: WriteTx) => Promise<T>, stores: readonly StoreName[] = WRITE_STORES): Promise<T> {
  const tx = db.transaction(stores as StoreName[], 'readwrite') as unknown as WriteTx;
  const generation = newGeneration();
  generations.set(tx, generation);
  try {
    const result = await change(tx);
    await flushCounts(tx);
    await tx.objectStore('meta').put(generation, GENERATION_KEY);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/**
 * How many documents, profiles and mentions the store holds: one read of the kept counts. A store
 * that has none yet (written by an earlier version, or by the benchmarks' raw writes) is counted
 * once, walking each store, and the counts are kept from then on.
 */
export async function storeCounts(db: StoreDb): Promise<StoreCounts> {
  const kept = await keptCounts(db.transaction('meta').store);
  if (kept) return kept;
  return inOneTransaction(db, async (tx) => {
    const counts = {
      documents: await tx.objectStore('documents').count(),
      entities: await tx.objectStore('entities').count(),
      mentions: await tx.objectStore('mentions').count(),
    };
    await setCounts(tx, counts);
    return counts;
  });
}

/** The meta key set while a restore writes, and removed when it has written everything. */
export const RESTORING_KEY = 'restoring';

/** Whether a restore began and did not finish: the store then holds only part of a file. */
export async function unfinishedRestore(db: StoreDb): Promise<boolean> {
  return (await db.get('meta', RESTORING_KEY)) === true;
}
