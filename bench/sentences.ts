/** The seeds' real sentences, cleaned, for recombining into synthetic pages and stores. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../lib/engine/clean';

let cache: string[] | undefined;

export function seedSentences(): string[] {
  if (cache) return cache;
  const dir = join(import.meta.dirname, '..', 'seeds');
  const sentences = new Set<string>();
  for (const name of readdirSync(dir).sort()) {
    const text = cleanArticle(readFileSync(join(dir, name), 'utf8')).text;
    for (const paragraph of text.split('\n\n')) {
      for (const sentence of paragraph.split(/(?<=[a-z0-9)][.!?]["”]?)\s+(?=[A-Z"“])/)) if (sentence.split(/\s+/).length >= 6) sentences.add(sentence.trim());
    }
  }
  cache = [...sentences];
  return cache;
}
