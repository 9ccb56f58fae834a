/**
 * The layers STYLE.md asks for, checked on the source. lib/ is plain TypeScript in five folders:
 * shared/ (types and rules every layer may use), engine/ (text into profiles), store/ (IndexedDB),
 * page/ (what runs in a web page) and messaging/ (the protocol and the background's answers).
 * Imports run one way only, and nothing in lib/ reaches the extension APIs or a browser global.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = join(import.meta.dirname, '..', 'lib');
const LAYERS = ['shared', 'engine', 'store', 'page', 'messaging'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import, besides itself and npm packages. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  shared: [],
  engine: ['shared'],
  page: ['shared', 'engine'],
  store: ['shared', 'engine', 'page'],
  messaging: ['shared', 'engine', 'store', 'page'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Source {
  /** Relative to lib/, with forward slashes. */
  path: string;
  text: string;
}

const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
const specifiers = (text: string) => [...code(text).matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);

/** The layer a path under lib/ belongs to, or null for a file outside the five folders. */
function layerOf(path: string): Layer | null {
  const top = path.split('/')[0] as Layer;
  return LAYERS.includes(top) ? top : null;
}

/** Every import in `files` that crosses the layers the wrong way, as "file: specifier". */
function wrongWayImports(files: Source[]): string[] {
  return files.flatMap(({ path, text }) => {
    const from = layerOf(path);
    return specifiers(text)
      .filter((spec) => {
        if (/^(@\/(components|entrypoints)|wxt|#imports|webextension-polyfill|@wxt-dev)/.test(spec)) return true;
        const target = spec.startsWith('@/lib/') ? spec.slice('@/lib/'.length) : spec.startsWith('.') ? relative(lib, resolve(lib, dirname(path), spec)) : null;
        if (target === null) return spec.startsWith('@/');
        if (target.startsWith('..')) return true; // out of lib/: entrypoints/, components/, scripts/
        const to = layerOf(target);
        if (!from || !to) return true;
        return to !== from && !ALLOWED[from].includes(to);
      })
      .map((spec) => `${path}: ${spec}`);
  });
}

const files: Source[] = sources(lib).map((path) => ({ path: relative(lib, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

describe('lib/', () => {
  it('keeps every file in one of its five layers', () => {
    expect(files.filter((f) => !layerOf(f.path)).map((f) => f.path)).toEqual([]);
  });

  it('imports only downward: engine/ nothing of store/, page/ or messaging/; page/ nothing of store/; nothing of entrypoints/ or components/', () => {
    expect(wrongWayImports(files)).toEqual([]);
  });

  it('fails an import that crosses the wrong way', () => {
    const tried: Source[] = [
      { path: 'engine/recognize.ts', text: "import { openProfileStore } from '../store/profile-store';" },
      { path: 'engine/clean.ts', text: "import { highlightArticle } from '../page/highlight';" },
      { path: 'engine/nlp.ts', text: "import type { Request } from '@/lib/messaging/protocol';" },
      { path: 'page/highlight.ts', text: "import { saveDocument } from '../store/writes';" },
      { path: 'store/schema.ts', text: "import { HoverCard } from '../../components/HoverCard';" },
      { path: 'shared/types.ts', text: "import { fold } from '../engine/names';" },
      { path: 'messaging/protocol.ts', text: "import { browser } from 'wxt/browser';" },
    ];
    expect(wrongWayImports(tried)).toHaveLength(tried.length);
    expect(wrongWayImports([{ path: 'store/schema.ts', text: "import { fold } from '../engine/names';" }])).toEqual([]);
  });

  it('keeps every file under 400 lines', () => {
    const long = files.map((f) => ({ path: f.path, lines: f.text.split('\n').length })).filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });

  it('keeps every function of the engine under 80 lines', () => {
    const long = files
      .filter((f) => layerOf(f.path) === 'engine')
      .flatMap(({ path, text }) => {
        const lines = text.split('\n');
        return lines.flatMap((line, i) => {
          const name = /^(?:export )?(?:async )?function\*? (\w+)/.exec(line)?.[1];
          if (!name) return [];
          const end = lines.findIndex((l, j) => j > i && l === '}');
          return end - i + 1 > 80 ? [`${path}: ${name}, ${end - i + 1} lines`] : [];
        });
      });
    expect(long).toEqual([]);
  });

  it('touches no browser global: no browser.*, chrome.*, window or global document', () => {
    const offending = files.flatMap(({ path, text }) =>
      [...code(text).matchAll(/(?<![\w.])(browser|chrome|window|globalThis\.document|localStorage|indexedDB\.open)\b/g)].map((m) => `${path}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the engine free of the DOM and IndexedDB, so it runs unchanged in Node', () => {
    const offending = files
      .filter((f) => layerOf(f.path) === 'engine')
      .flatMap(({ path, text }) =>
        [...code(text).matchAll(/(?<![\w.])(document\.\w+|indexedDB|DOMParser|HTMLElement)\b|from 'idb'/g)].map((m) => `${path}: ${m[0]}`),
      );
    expect(offending).toEqual([]);
  });
});
