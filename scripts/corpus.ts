/**
 * The corpus command: `npm run --silent corpus -- <file-or-folder>... [--json]`.
 * Profiles news texts with the engine and prints the JSON profile, or a readable table.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusToJson, profileCorpus, type CorpusJson, type SourceText } from '../lib/engine/profile-corpus';
import { decodeText } from '../lib/engine/text-decode';

const USAGE = 'usage: npm run --silent corpus -- <file-or-folder>... [--json]';

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

/** Every regular file a path names: itself, or the files below a folder, sorted, dotfiles left out. */
function filesOf(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => filesOf(join(path, name)));
}

function table(json: CorpusJson): string {
  const rows = [...json.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => [e.name, e.kind, e.roles.at(-1)?.title ?? '', String(new Set(e.mentions.map((m) => m.documentId)).size), String(e.mentions.length)]);
  const header = ['entity', 'kind', 'latest role', 'documents', 'mentions'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
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
    inputs.push({ path: file, text: text.value });
  }
  const profile = corpusToJson(profileCorpus(inputs));
  process.stdout.write(json ? `${JSON.stringify(profile, null, 2)}\n` : `${table(profile)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
