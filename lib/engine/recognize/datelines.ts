/** Reads datelines and their credits: "MEXICO CITY (AFP) -", "TOPEKA, Kan. (AP) —", headings in capitals. */
import type { TaggedText, Token } from '../nlp';
import type { Chunk } from './chunks';
import { organization, type Verdict } from './sightings';
import { joined } from './words';

/** The outlet in a dateline's brackets: "BEIJING (Al Jazeera) -", "TOPEKA, Kan. (AP) —". */
export function datelineOutlet(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const last = tokens[to - 1]!;
  const opened = /\(\s*$/.test(before?.post ?? '') || /\($/.test(tokens[from]!.pre);
  if (!before || before.sentence !== tokens[from]!.sentence || !opened || !/^\s*\)\s*[-–—]/.test(last.post)) return false;
  // What stands before the bracket is the dateline's place, in capitals or abbreviated.
  return !/\p{Ll}/u.test(before.word) || before.post.startsWith('.');
}

/**
 * Datelines: "MEXICO CITY (AFP) -", "BEIJING (Al Jazeera) -", "TOPEKA, Kan. (AP) —", "Nairobi – ",
 * and headings in capitals, are not names. The outlet in a dateline's brackets is an organisation. `null` for any
 * other phrase.
 */
export function readDateline(tagged: TaggedText, chunk: Chunk): Verdict {
  const { tokens, text } = tagged;
  const { from, to } = chunk;
  const allCaps = tokens.slice(from, to).every((t) => !/\p{Ll}/u.test(t.word));
  if (allCaps && to - from >= 2) return [];
  const opensLine = tokens[from]!.first || /\n\s*$/.test(text.slice(Math.max(0, tokens[from]!.start - 4), tokens[from]!.start)) || tokens[from]!.start === 0;
  const bracketNext = /^\s*[(,]/.test(tokens[to - 1]!.post) || /^\(/.test(tokens[to]?.pre ?? '');
  if (allCaps && opensLine && /\p{Lu}{3,}/u.test(tokens[from]!.word) && bracketNext) return [];
  // "NAIROBI — President …", "NEW DELHI: The Supreme Court …": a place in capitals opening a line before a dash or a colon.
  if (allCaps && opensLine && /\p{Lu}{3,}/u.test(tokens[from]!.word) && /^\s*(?:[-–—]|:)/.test(tokens[to - 1]!.post)) return [];
  // "Addis Abeba – The president of …", "Nairobi — Kenya's …": a place in title case opening the story's
  // line before a spaced dash, with a sentence after it.
  // (The place's first word may be no name's to the grammar: "Addis" of "Addis Abeba".)
  let place = from;
  while (place > 0 && from - place < 2 && tokens[place - 1]!.capital && joined(tokens[place - 1]!, tokens[place]!)) place--;
  const rest = tokens.slice(to, to + 8);
  const sentenceAfter = rest.length === 8 && rest.every((t) => t.sentence === tokens[place]!.sentence) && rest[0]!.capital;
  const placeOpensLine = tokens[place]!.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, tokens[place]!.start - 4), tokens[place]!.start));
  const dashed = /^\s+[–—-]\s+$/.test(tokens[to - 1]!.post);
  if (placeOpensLine && to - place <= 3 && dashed && sentenceAfter && !/\n/.test(text.slice(tokens[place]!.start, rest.at(-1)!.end))) return [];
  if (datelineOutlet(tokens, from, to)) {
    const sentence = tokens[from]!.sentence;
    return [organization({ tagged, chunk, from, to, sentence, country: null }, from, to)];
  }
  return null;
}
