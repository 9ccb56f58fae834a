/**
 * The whole store as one versioned file, and back: export, the check of an export's format and shape,
 * exact restore and clear. Kept apart from the writes that need the engine (and from file reading,
 * which needs Readability), so the options page and the service worker load only what they use.
 */
import type { Result } from '../shared/types';
import { inOneTransaction, setCounts } from './transactions';
import { ALL_STORES, EXPORT_FORMAT, EXPORT_VERSION, SCHEMA_VERSION, withDocumentIds, type StoreDb, type StoreExport, type WriteTx } from './schema';

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
  await setCounts(tx, { documents: data.documents.length, entities: data.entities.length, mentions: data.mentions.length });
  for (const document of data.documents) await tx.objectStore('documents').put(document);
  for (const entity of data.entities) await tx.objectStore('entities').put(entity);
  for (const mention of data.mentions) await tx.objectStore('mentions').add(mention);
  for (const correction of data.corrections) await tx.objectStore('corrections').add(withDocumentIds(correction));
}

export async function clearIn(tx: WriteTx): Promise<void> {
  for (const name of ALL_STORES) await tx.objectStore(name).clear();
  await setCounts(tx, { documents: 0, entities: 0, mentions: 0 });
}

/** Replaces the store with an export, exactly, in one transaction. */
export function restoreStore(db: StoreDb, data: StoreExport): Promise<void> {
  return inOneTransaction(db, (tx) => restoreIn(tx, data));
}

const KINDS = new Set(['official', 'person', 'organization']);

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where an export's shape is wrong, or null when it is right. */
function shapeError(data: Record<string, unknown>): string | null {
  for (const key of ['documents', 'entities', 'mentions', 'corrections'] as const) {
    if (!Array.isArray(data[key])) return `"${key}" is missing or not a list`;
  }
  const documents = data.documents as unknown[];
  const entities = data.entities as unknown[];
  const mentions = data.mentions as unknown[];
  for (const [i, d] of documents.entries()) {
    if (
      !isObject(d) ||
      !isString(d.id) ||
      !isString(d.text) ||
      !isString(d.title) ||
      !isString(d.path) ||
      !isString(d.date) ||
      !isString(d.storyId) ||
      !Array.isArray(d.sketch)
    ) {
      return `documents[${i}] is not a stored document`;
    }
  }
  const entityIds = new Set<string>();
  for (const [i, e] of entities.entries()) {
    if (
      !isObject(e) ||
      !isString(e.id) ||
      !isString(e.kind) ||
      !KINDS.has(e.kind) ||
      !isString(e.name) ||
      !Array.isArray(e.aliases) ||
      !Array.isArray(e.roles) ||
      !Array.isArray(e.aliasKeys) ||
      !Array.isArray(e.surnames) ||
      !Array.isArray(e.terms) ||
      !isNumber(e.mentionCount) ||
      !isObject(e.pinned)
    ) {
      return `entities[${i}] is not a stored entity`;
    }
    entityIds.add(e.id);
  }
  const documentIds = new Set(documents.map((d) => (d as { id: string }).id));
  for (const [i, m] of mentions.entries()) {
    if (
      !isObject(m) ||
      !isString(m.entityId) ||
      !isString(m.documentId) ||
      !isNumber(m.start) ||
      !isNumber(m.end) ||
      !isString(m.text) ||
      !isString(m.sentence)
    ) {
      return `mentions[${i}] is not a stored mention`;
    }
    if (!entityIds.has(m.entityId)) return `mentions[${i}] names an entity the file does not hold`;
    if (!documentIds.has(m.documentId)) return `mentions[${i}] names a document the file does not hold`;
  }
  return null;
}

/**
 * Checks that parsed JSON is an export this version can restore, or says why not, naming the file: the
 * format, a version no newer than this one, and the shape of every record.
 */
export function validateExport(name: string, data: unknown): Result<StoreExport> {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: `${name} is JSON, but not a Dramatis export: it has no "format": "${EXPORT_FORMAT}".` };
  }
  if (!isNumber(data.version) || !isNumber(data.schema)) return { ok: false, error: `${name} has no export version.` };
  if (data.version > EXPORT_VERSION || data.schema > SCHEMA_VERSION) {
    return {
      ok: false,
      error: `${name} was exported by a newer version of Dramatis (export format ${data.version}, schema ${data.schema}); this version reads up to format ${EXPORT_VERSION}, schema ${SCHEMA_VERSION}. Update Dramatis to import it.`,
    };
  }
  const wrong = shapeError(data);
  if (wrong) return { ok: false, error: `${name} is a Dramatis export of the wrong shape: ${wrong}.` };
  return { ok: true, value: data as unknown as StoreExport };
}
