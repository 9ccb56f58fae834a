/**
 * The whole store as one versioned file, and back: export, the check of an export's format and shape,
 * exact restore and clear. Kept apart from the writes that need the engine (and from file reading,
 * which needs Readability), so the options page and the service worker load only what they use.
 */
import type { Result } from '../shared/types';
import { inOneTransaction, setCounts } from './transactions';
import {
  ALL_STORES,
  appendRecord,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  SCHEMA_VERSION,
  withDocumentIds,
  type StoreDb,
  type StoreExport,
  type WriteTx,
} from './schema';

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
  for (const mention of data.mentions) await appendRecord(tx, 'mentions', mention);
  for (const correction of data.corrections) await appendRecord(tx, 'corrections', withDocumentIds(correction));
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

/** Why a record is not a stored document, or null when it is one. */
export function documentError(d: unknown): string | null {
  const ok =
    isObject(d) &&
    isString(d.id) &&
    isString(d.text) &&
    isString(d.title) &&
    isString(d.path) &&
    isString(d.date) &&
    isString(d.storyId) &&
    Array.isArray(d.sketch);
  return ok ? null : 'is not a stored document';
}

/** Why a record is not a stored entity, or null when it is one. */
export function entityError(e: unknown): string | null {
  const ok =
    isObject(e) &&
    isString(e.id) &&
    isString(e.kind) &&
    KINDS.has(e.kind) &&
    isString(e.name) &&
    Array.isArray(e.aliases) &&
    Array.isArray(e.roles) &&
    Array.isArray(e.aliasKeys) &&
    Array.isArray(e.surnames) &&
    Array.isArray(e.terms) &&
    isNumber(e.mentionCount) &&
    isObject(e.pinned);
  return ok ? null : 'is not a stored entity';
}

/** Why a record is not a stored mention of the entities and documents given, or null when it is one. */
export function mentionError(m: unknown, entityIds: ReadonlySet<string>, documentIds: ReadonlySet<string>): string | null {
  if (
    !isObject(m) ||
    !isString(m.entityId) ||
    !isString(m.documentId) ||
    !isNumber(m.start) ||
    !isNumber(m.end) ||
    !isString(m.text) ||
    !isString(m.sentence)
  ) {
    return 'is not a stored mention';
  }
  if (!entityIds.has(m.entityId)) return 'names an entity the file does not hold';
  if (!documentIds.has(m.documentId)) return 'names a document the file does not hold';
  return null;
}

/** Why a record is not a correction, or null when it is one. */
export function correctionError(c: unknown): string | null {
  return isObject(c) && isString(c.type) && ['merge', 'split', 'kind', 'rename'].includes(c.type) ? null : 'is not a correction';
}

/** Why an export's header is not one this version restores (its format, version and schema), or null. */
export function headerError(name: string, data: unknown): string | null {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) return `${name} is JSON, but not a Dramatis export: it has no "format": "${EXPORT_FORMAT}".`;
  if (!isNumber(data.version) || !isNumber(data.schema)) return `${name} has no export version.`;
  if (data.version > EXPORT_VERSION || data.schema > SCHEMA_VERSION) {
    return `${name} was exported by a newer version of Dramatis (export format ${data.version}, schema ${data.schema}); this version reads up to format ${EXPORT_VERSION}, schema ${SCHEMA_VERSION}. Update Dramatis to import it.`;
  }
  return null;
}

/** Where an export's shape is wrong, or null when it is right. */
function shapeError(data: Record<string, unknown>): string | null {
  for (const key of ['documents', 'entities', 'mentions', 'corrections'] as const) {
    if (!Array.isArray(data[key])) return `"${key}" is missing or not a list`;
  }
  const at = (list: string, i: number, error: string | null) => (error ? `${list}[${i}] ${error}` : null);
  const documents = data.documents as unknown[];
  const entities = data.entities as unknown[];
  for (const [i, d] of documents.entries()) if (documentError(d)) return at('documents', i, documentError(d));
  for (const [i, e] of entities.entries()) if (entityError(e)) return at('entities', i, entityError(e));
  const entityIds = new Set(entities.map((e) => (e as { id: string }).id));
  const documentIds = new Set(documents.map((d) => (d as { id: string }).id));
  for (const [i, m] of (data.mentions as unknown[]).entries()) {
    const error = mentionError(m, entityIds, documentIds);
    if (error) return at('mentions', i, error);
  }
  return null;
}

/**
 * Checks that parsed JSON is an export this version can restore, or says why not, naming the file: the
 * format, a version no newer than this one, and the shape of every record.
 */
export function validateExport(name: string, data: unknown): Result<StoreExport> {
  const header = headerError(name, data);
  if (header) return { ok: false, error: header };
  const wrong = shapeError(data as Record<string, unknown>);
  if (wrong) return { ok: false, error: `${name} is a Dramatis export of the wrong shape: ${wrong}.` };
  return { ok: true, value: data as unknown as StoreExport };
}
