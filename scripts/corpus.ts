/**
 * The corpus command: `npm run --silent corpus -- <file-or-folder>... [--json]`.
 * Profiles news texts with the engine and prints the JSON profile, or a readable table. Saved web
 * pages (.html, .htm) go through Readability first, as the options page's import does: the article
 * alone, without its byline, footer or menus, and filed under the site's own name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { corpusToJson, profileCorpus, type SourceText } from '../lib/engine/profile-corpus';
import { decodeText } from '../lib/engine/text-decode';
import { monthRangeLabel } from '../lib/shared/date-label';
import { oldestFirst, placeDate, UNPLACED, type PlacedDate } from '../lib/shared/date-place';
import { rolesOverTime } from '../lib/shared/offices';
import { pageSource, withoutTitleSuffix } from '../lib/shared/source-name';
import { fullName, KIND_LABEL } from '../lib/shared/words';
import { readHtmlArticle } from '../lib/store/import-files';
import { sameStory, storySketch } from '../lib/store/story';
import type { CorpusProfile } from '../lib/shared/types';

const USAGE = 'usage: npm run --silent corpus -- <file-or-folder>... [--json]';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

/** Data files a folder's walk leaves out: a folder of saved pages may hold their metadata (.json) beside them. */
const DATA_FILES = /\.(json|csv|tsv|xml|ya?ml|js|css)$/i;

/**
 * Every regular file a path names: itself, or the files below a folder, sorted, dotfiles left out,
 * and data files (`DATA_FILES`) skipped with a warning naming them.
 */
function filesOf(path: string, named = true): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    if (named || !DATA_FILES.test(path)) return [path];
    process.stderr.write(`corpus: skipped '${path}': a data file, not a story\n`);
    return [];
  }
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => filesOf(join(path, name), false));
}

/** Each document's date as the views place it: its own, its wire story's, or by the corpus's other dates. */
function placedDates(profile: CorpusProfile): Map<string, PlacedDate> {
  const context = profile.documents.map((d) => placeDate(d.published, []).iso).filter((d): d is string => !!d);
  const placed = new Map(profile.documents.map((d) => [d.id as string, placeDate(d.published, context)]));
  const sketches = new Map(profile.documents.map((d) => [d.id as string, storySketch(d.text)]));
  for (const d of profile.documents) {
    if (placed.get(d.id)!.iso) continue;
    const original = profile.documents.find((o) => o !== d && placed.get(o.id)!.iso && sameStory(sketches.get(o.id)!, sketches.get(d.id)!));
    if (original) placed.set(d.id, placed.get(original.id)!);
  }
  return placed;
}

/** The readable table: who, their latest office with its country, when they were named, and how often. */
function table(profile: CorpusProfile): string {
  const dates = placedDates(profile);
  const rows = [...profile.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => {
      const lines = rolesOverTime(e.roles.map((r) => ({ ...r, date: dates.get(r.documentId) ?? UNPLACED })));
      const latest =
        [...lines]
          .sort((a, b) => oldestFirst({ iso: a.to, inferred: false }, { iso: b.to, inferred: false }))
          .filter((l) => l.to)
          .at(-1) ?? lines.at(-1);
      const seen = e.mentions
        .map((m) => dates.get(m.documentId) ?? UNPLACED)
        .filter((d) => d.iso)
        .sort(oldestFirst);
      const span = seen.length ? monthRangeLabel(seen[0]!.iso!, seen.at(-1)!.iso!) : 'undated';
      return [
        fullName(e.name, e.aliases),
        KIND_LABEL[e.kind].toLowerCase(),
        latest?.title ?? '',
        latest?.country ?? '',
        span,
        String(new Set(e.mentions.map((m) => m.documentId)).size),
        String(e.mentions.length),
      ];
    });
  const header = ['entity', 'kind', 'latest role', 'country', 'dates', 'documents', 'mentions'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** A saved web page's article through Readability, its title as its first line; null when it holds none. */
function htmlArticle(html: string): { text: string; siteName: string | null; title: string | null } | null {
  const window = new Window();
  const article = readHtmlArticle(html, (source) => new window.DOMParser().parseFromString(source, 'text/html') as unknown as Document);
  void window.happyDOM.close();
  if (!article) return null;
  const title = article.title && withoutTitleSuffix(article.title);
  const text = title && !article.text.startsWith(title) ? `${title}\n\n${article.text}` : article.text;
  return { text, siteName: article.siteName, title: article.title };
}

function main(argv: string[]): number {
  const json_ = argv.includes('--json');
  const paths = argv.filter((a) => a !== '--json');
  if (!paths.length || paths.includes('--help') || paths.some((p) => p.startsWith('--'))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  for (const path of paths) {
    try {
      files.push(...filesOf(path));
    } catch (error) {
      process.stderr.write(`corpus: cannot read '${path}': ${reason(error)}\n`);
      return 2;
    }
  }
  const inputs: SourceText[] = [];
  const pages = new Map<number, { siteName: string | null; title: string | null }>();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      process.stderr.write(`corpus: cannot read '${file}': ${reason(error)}\n`);
      return 2;
    }
    const text = decodeText(bytes);
    if (!text.ok) {
      process.stderr.write(`corpus: skipped '${file}': ${text.error === 'empty' ? 'empty file' : 'binary file'}\n`);
      continue;
    }
    if (/\.html?$/i.test(file)) {
      const article = htmlArticle(text.value);
      if (!article) {
        process.stderr.write(`corpus: skipped '${file}': no article that Readability could find\n`);
        continue;
      }
      pages.set(inputs.length, article);
      inputs.push({ path: file, text: article.text });
    } else inputs.push({ path: file, text: text.value });
  }
  const profile = profileCorpus(inputs);
  // A web page is filed under its site's own name, as a saved page is.
  for (const [i, page] of pages) profile.documents[i]!.source = pageSource(page, profile.documents[i]!.source);
  const json = corpusToJson(profile);
  process.stdout.write(json_ ? `${JSON.stringify(json, null, 2)}\n` : `${table(profile)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
