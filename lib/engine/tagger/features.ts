/**
 * The tagger's features, as strings: each token's word, shape, affixes, neighbours ±2, compromise's
 * tags, capitalisation context, the punctuation around it, its kinds in the project's lexicons and
 * what the rest of the document says of the word. The model maps each string to weights; a feature
 * it never saw in training weighs nothing.
 */
import type { TaggedText, Token } from '../nlp';
import { documentContext, type WordContext } from './document-context';
import { textLines, tokenFacts, type Line, type TokenFacts } from './token-facts';

const NONE: WordContext = new Set();

/** The punctuation around a token as features: a comma or a bracket after it, a quote before it. */
function punctuationFeatures(token: Token, out: string[]): void {
  const { pre, post } = token;
  if (token.possessive) out.push('pos');
  if (pre.includes('(')) out.push('pre(');
  if (pre.includes('"')) out.push('pre"');
  if (post.includes(',')) out.push('post,');
  if (post.includes('(')) out.push('post(');
  if (post.includes(')')) out.push('post)');
  if (post.includes('"')) out.push('post"');
  if (post.includes(':')) out.push('post:');
  if (post.includes('.')) out.push('post.');
  if (/\s-+\s/.test(post)) out.push('post-');
}

/** Features of the word itself: its forms, shapes and affixes. */
function wordFeatures(f: TokenFacts, out: string[]): void {
  const { lower } = f;
  out.push('b', `w:${f.word}`, `l:${lower}`, `s:${f.shape}`, `ss:${f.short}`);
  const n = Math.min(4, lower.length);
  for (let k = 1; k <= n; k++) out.push(`p${k}:${lower.slice(0, k)}`, `x${k}:${lower.slice(-k)}`);
  for (const tag of f.tags) out.push(`t:${tag}`);
  for (const kind of f.kinds) out.push(`k:${kind}`);
  if (f.phrase) out.push(`ph:${f.phrase}`);
  if (f.first) out.push(`first:${f.short}`);
  if (f.capsLine) out.push(`caps:${f.short}`, `caps:l:${lower}`);
}

/** Features of the neighbours, within the line: `^`/`$` past its ends. */
function neighbourFeatures(facts: readonly TokenFacts[], i: number, from: number, to: number, out: string[]): void {
  const at = (k: number) => (k < from ? null : k >= to ? null : facts[k]!);
  const f = facts[i]!;
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  const lp1 = p1?.lower ?? '^';
  const ln1 = n1?.lower ?? '$';
  out.push(`l-1:${lp1}`, `l-2:${p2?.lower ?? '^'}`, `l+1:${ln1}`, `l+2:${n2?.lower ?? '$'}`);
  out.push(`l-1l:${lp1}|${f.lower}`, `ll+1:${f.lower}|${ln1}`);
  out.push(`s-1:${p1?.short ?? '^'}`, `s+1:${n1?.short ?? '$'}`, `s-1s+1:${p1?.short ?? '^'}|${f.short}|${n1?.short ?? '$'}`);
  out.push(`c-1:${p1?.pos ?? '^'}`, `c+1:${n1?.pos ?? '$'}`, `c-1c+1:${p1?.pos ?? '^'}|${f.pos}|${n1?.pos ?? '$'}`);
  for (const [name, g] of [
    ['-1', p1],
    ['+1', n1],
    ['-2', p2],
    ['+2', n2],
  ] as const) {
    if (!g) continue;
    for (const kind of g.kinds) out.push(`k${name}:${kind}`);
    if (name.endsWith('1')) for (const tag of g.nameTags) out.push(`t${name}:${tag}`);
    if (g.phrase && name.endsWith('1')) out.push(`ph${name}:${g.phrase}`);
  }
  // The run of capitalised words the token stands in, and its place there: "Tomas Ferreira" is a run of two.
  if (/^X/.test(f.short)) {
    let a = i;
    let b = i + 1;
    while (a > from && /^X/.test(facts[a - 1]!.short)) a--;
    while (b < to && /^X/.test(facts[b]!.short)) b++;
    out.push(`run:${Math.min(b - a, 5)}:${Math.min(i - a, 4)}`);
  }
  out.push(`len:${Math.min(to - from, 8)}`);
  // The punctuation between a token and its neighbours: a comma ends one name in a list, a bracket opens a country.
  const sepNext = n1?.sep ?? '$';
  out.push(`sep:${f.sep}`, `sep:${f.sep}|${f.short}`, `sep+1:${sepNext}`, `sep+1:${sepNext}|${f.short}`, `sep:${f.sep}|${p1?.short ?? '^'}|${f.short}`);
}

/** Features of the word from the rest of the document, alone and with the word's short shape. */
function contextFeatures(f: TokenFacts, context: WordContext, out: string[]): void {
  for (const fact of context) out.push(`d:${fact}`, `d:${fact}|${f.short}`);
}

/** A document's tokens as the tagger reads them: their facts, the lines to decode, and each token's features. */
export interface DocumentFeatures {
  facts: TokenFacts[];
  lines: Line[];
  /** `features[i]`: the feature names of token i (some 70). */
  features: string[][];
}

/**
 * Every token's features, in token order, but for those of the label history, which depend on
 * the labels decoded so far. Pure: the same text always gives the same features.
 */
export function extractFeatures(tagged: TaggedText): DocumentFeatures {
  const facts = tokenFacts(tagged);
  const context = documentContext(tagged, facts);
  const lines = textLines(tagged);
  const features: string[][] = [];
  for (const line of lines) {
    for (let i = line.from; i < line.to; i++) {
      const out: string[] = [];
      const f = facts[i]!;
      wordFeatures(f, out);
      neighbourFeatures(facts, i, line.from, line.to, out);
      punctuationFeatures(tagged.tokens[i]!, out);
      if (/^X/.test(f.short)) contextFeatures(f, context.get(f.lower) ?? NONE, out);
      features.push(out);
    }
  }
  return { facts, lines, features };
}
