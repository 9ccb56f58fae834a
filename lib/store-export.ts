/**
 * The whole store as one versioned file, and back: export, exact restore and clear. Kept apart from the
 * writes that need the engine, so the options page can read and write a store of years of reading
 * without loading the engine or sending it through a message.
 */
import { ALL_STORES, EXPORT_FORMAT, EXPORT_VERSION, inOneTransaction, SCHEMA_VERSION, type StoreDb, type StoreExport, type WriteTx } from './store-schema';

/** The whole store as one versioned export. */
export async function exportStore(db: StoreDb): Promise<StoreExport> {
  const tx = db.transaction(ALL_STORES);
  const [documents, entities, mentions, corrections] = await Promise.all([
    tx.objectStore('documents').getAll(),
    tx.objectStore('entities').getAll(),
    tx.objectStore('mentions').getAll(),
    tx.objectStore('corrections').getAll(),
  ]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: SCHEMA_VERSION,
    exportedAt: new Date().toISOString(),
    documents,
    entities,
    mentions,
    corrections,
  };
}

/** Replaces the store with an export, exactly, in one transaction. */
export async function restoreIn(tx: WriteTx, data: StoreExport): Promise<void> {
  for (const name of ALL_STORES) await tx.objectStore(name).clear();
  for (const document of data.documents) await tx.objectStore('documents').put(document);
  for (const entity of data.entities) await tx.objectStore('entities').put(entity);
  for (const mention of data.mentions) await tx.objectStore('mentions').add(mention);
  for (const correction of data.corrections) await tx.objectStore('corrections').add(correction);
}

export async function clearIn(tx: WriteTx): Promise<void> {
  for (const name of ALL_STORES) await tx.objectStore(name).clear();
}

/** Replaces the store with an export, exactly, in one transaction. */
export function restoreStore(db: StoreDb, data: StoreExport): Promise<void> {
  return inOneTransaction(db, (tx) => restoreIn(tx, data));
}

/** How many documents, entities and mentions the store holds (counting walks each store). */
export async function storeCounts(db: StoreDb): Promise<{ documents: number; entities: number; mentions: number }> {
  return { documents: await db.count('documents'), entities: await db.count('entities'), mentions: await db.count('mentions') };
}
