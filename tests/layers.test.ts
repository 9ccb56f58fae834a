/**
 * The layers STYLE.md asks for, checked on the source: lib/ is plain TypeScript that runs in Node, the
 * service worker and the page. It imports nothing from entrypoints/, components/ or the extension
 * APIs, and touches no browser global; DOM modules take their document or root as a parameter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const lib = join(import.meta.dirname, '..', 'lib');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sources(lib).map((path) => ({ path: relative(lib, path), text: readFileSync(path, 'utf8') }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('lib/', () => {
  it('imports nothing from entrypoints/, components/, WXT or the extension APIs', () => {
    const offending = files.flatMap(({ path, text }) =>
      [...text.matchAll(/from '([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((from) => /^(@\/(components|entrypoints)|wxt|#imports|webextension-polyfill|@wxt-dev)/.test(from) || from.startsWith('../'))
        .map((from) => `${path}: ${from}`),
    );
    expect(offending).toEqual([]);
  });

  it('touches no browser global: no browser.*, chrome.*, window or global document', () => {
    const offending = files.flatMap(({ path, text }) =>
      [...code(text).matchAll(/(?<![\w.])(browser|chrome|window|globalThis\.document|localStorage|indexedDB\.open)\b/g)].map((m) => `${path}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });
});
