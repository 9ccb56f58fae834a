/** The built-in corpus, read the way the command line reads it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceText } from '../lib/engine/profile-corpus';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'seeds');

export function seedTexts(): SourceText[] {
  return readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

export function seedText(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}
