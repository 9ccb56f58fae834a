/**
 * Files the reader imports: plain-text articles, saved web pages and Dramatis export files. Each is
 * read, or refused with a reason that names the file, before anything touches the store.
 */
import { Readability } from '@mozilla/readability';
import { articleText } from './article-root';
import { EXPORT_FORMAT, EXPORT_VERSION, SCHEMA_VERSION, type StoreExport } from './store-schema';
import { decodeText } from './text-decode';
import type { Result } from './types';

/** The largest file an import reads: 64 MiB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type ImportItem = { kind: 'article'; name: string; title: string | null; text: string } | { kind: 'export'; name: string; data: StoreExport };

/** Parses HTML into a document; the page passes DOMParser, tests pass happy-dom's. */
export type HtmlParser = (html: string) => Document;

const KINDS = new Set(['official', 'person', 'organization']);

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

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

/** Reads an export file's JSON, or says why it can't be imported. */
export function parseExport(name: string, text: string): Result<StoreExport> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const trimmed = text.trimEnd();
    const unfinished = /end of (json )?input|unterminated|unexpected end/i.test(String(error)) || !/[}\]]$/.test(trimmed);
    return unfinished
      ? { ok: false, error: `${name} is truncated: the file ends before its JSON does. Export it again.` }
      : { ok: false, error: `${name} is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
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

/** The article in a saved web page, found by Readability, as paragraphs the engine reads. */
export function readHtmlArticle(html: string, parse: HtmlParser): { title: string | null; text: string } | null {
  const page = parse(html);
  const article = new Readability(page).parse();
  if (!article?.content) return null;
  const body = parse(`<!doctype html><body>${article.content}</body>`).body;
  const text = articleText(body).trim();
  return text ? { title: article.title?.trim() || null, text } : null;
}

/** Reads one chosen or dropped file. */
export function readImportFile(name: string, bytes: Uint8Array, parse: HtmlParser): Result<ImportItem> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, error: `${name} is too large to import (${megabytes(bytes.byteLength)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}).` };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!['txt', 'text', 'html', 'htm', 'json'].includes(extension)) {
    return { ok: false, error: `${name} is not a .txt, .html or .json file.` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    return { ok: false, error: decoded.error === 'empty' ? `${name} is empty.` : `${name} is a binary file, not text.` };
  }
  const text = decoded.value;
  if (extension === 'json') {
    const parsed = parseExport(name, text);
    return parsed.ok ? { ok: true, value: { kind: 'export', name, data: parsed.value } } : parsed;
  }
  if (extension === 'html' || extension === 'htm') {
    const article = readHtmlArticle(text, parse);
    if (!article) return { ok: false, error: `${name} holds no article that Readability could find.` };
    return { ok: true, value: { kind: 'article', name, ...article } };
  }
  return { ok: true, value: { kind: 'article', name, title: null, text } };
}
