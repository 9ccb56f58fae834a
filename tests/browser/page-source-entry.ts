/**
 * Bundled into a plain Chromium page by page-source.test.ts: builds a random page body, writes its
 * page source as the content script does (at once, or one child per slice), parses it as the
 * background does, and reports what must agree.
 */
import { piecesOf, writePageSource } from '../../lib/page/page-source';
import { parsePageSource, RAW_TEXT } from '../../lib/page/readable-article';
import { build, type Tree } from '../fuzz/article-trees';

(window as unknown as { check: unknown }).check = async (trees: Tree[], a: number, b: number, sliced: boolean) => {
  document.body.replaceChildren();
  for (const t of trees) build(t, document.body);
  // Sliced: the body is written one child per slice, the page given back between them.
  let clock = 0;
  const slicing = sliced ? { budget: 0, now: () => clock++, yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } : undefined;
  const source = (await writePageSource(document, slicing))!;
  const live = source.texts.map((t) => t.data).join('');
  const { stream } = parsePageSource(source.html);
  // Each live text node's text stands at its place in the parsed stream (a script's or style's blanked).
  const misplaced = source.texts.flatMap((node, i) => {
    const start = source.starts[i]!;
    const expected = RAW_TEXT.has(node.parentElement?.localName ?? '') ? ' '.repeat(node.data.length) : node.data;
    return stream.slice(start, start + node.data.length) === expected ? [] : [{ start, data: node.data }];
  });
  const [start, end] = [a % (live.length + 1), b % (live.length + 1)].sort((x, y) => x - y) as [number, number];
  const stretch = piecesOf(source, start, end)
    .map((p) => p.node.data.slice(p.from, p.to))
    .join('');
  return {
    bodyText: document.body.textContent,
    live,
    length: source.length,
    streamLength: stream.length,
    misplaced,
    stretch,
    expected: live.slice(start, end),
  };
};
