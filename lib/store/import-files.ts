/**
 * Files the reader imports: plain-text articles, saved web pages and Dramatis export files. Each is
 * read, or refused with a reason that names the file, before anything touches the store.
 */
import { Readability } from '@mozilla/readability';
import { articleText } from '../page/article-text';
import { validateExport } from './export';
import type { StoreExport } from './schema';
import { decodeText } from '../engine/text-decode';
import type { Result } from '../shared/types';

/** The largest file an import reads: 64 MiB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type ImportItem =
  { kind: 'article'; name: string; title: string | null; text: string; siteName?: string | null } | { kind: 'export'; name: string; data: StoreExport };

/** Parses HTML into a document; the page passes DOMParser, tests pass happy-dom's. */
export type HtmlParser = (html: string) => Document;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
  return validateExport(name, data);
}

/**
 * The article in a saved web page, found by Readability, as paragraphs the engine reads. Readability
 * leaves the byline, the footer and the page's furniture out of the text, and gives the site's name
 * (`og:site_name` or the JSON-LD publisher), which becomes the document's source.
 */
export function readHtmlArticle(html: string, parse: HtmlParser): { title: string | null; text: string; siteName: string | null } | null {
  const page = parse(html);
  const article = new Readability(page).parse();
  if (!article?.content) return null;
  const body = parse(`<!doctype html><body>${article.content}</body>`).body;
  const text = articleText(body).trim();
  return text ? { title: article.title?.trim() || null, text, siteName: article.siteName?.trim() || null } : null;
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
