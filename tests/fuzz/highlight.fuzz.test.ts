// @vitest-environment happy-dom
/**
 * Property-based: random article DOMs, with nested inline markup, names split across nodes,
 * hostile text, scripts, form fields and odd whitespace.
 * - Marking never throws and never changes the page: the same nodes, the same text. Each mark is a
 *   range over exactly one of its name's forms, outside any element it must not touch, and no two
 *   marks overlap; marking again, or in slices, gives the same ranges.
 * (That the page source reads back to the live text is a property of the browser's serializer: it is
 * tested in Chromium, tests/browser/page-source.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleMarks } from '../../lib/page/article-marks';
import { blocksUnder, marksInBlock, planMarks, type MarkTarget, type NameMark } from '../../lib/page/highlight';
import { build, tree, type Tree } from './article-trees';

const targets: MarkTarget[] = [
  { id: 'kelly', kind: 'official', name: 'John F. Kelly', forms: ['John F. Kelly', 'John Kelly', 'Mr Kelly', 'Kelly'] },
  { id: 'pena', kind: 'official', name: 'Enrique Peña Nieto', forms: ['Enrique Peña Nieto', 'Pena Nieto', 'Peña Nieto'] },
  { id: 'afp', kind: 'organization', name: 'AFP', forms: ['AFP'] },
  { id: 'evil', kind: 'person', name: '<img src=x onerror=alert(1)>', forms: ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'] },
];

const FORBIDDEN = 'script, style, textarea, input, select, option, code, pre, button, template, noscript, [contenteditable]';

function article(trees: Tree[]): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('article');
  for (const t of trees) build(t, root);
  const input = document.createElement('input');
  input.value = 'John Kelly';
  root.appendChild(input);
  document.body.appendChild(root);
  return root;
}

const textNodes = (root: Node) => {
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
};

const boundaries = (marks: readonly NameMark[]) => marks.map((m) => [m.range.startContainer, m.range.startOffset, m.range.endContainer, m.range.endOffset]);

function mark(root: HTMLElement, firstPerParagraph: boolean): NameMark[] {
  const plan = planMarks(targets, { firstPerParagraph })!;
  return blocksUnder(root, [root]).flatMap((block) => marksInBlock(block, plan));
}

function checkMarks(root: HTMLElement, marks: readonly NameMark[]): void {
  const sorted = [...marks].sort((a, b) => a.range.compareBoundaryPoints(0, b.range));
  sorted.forEach((m, i) => {
    expect(m.target.forms).toContain(m.range.toString().replace(/\s+/g, ' '));
    for (const node of [m.range.startContainer, m.range.endContainer]) {
      expect(root.contains(node)).toBe(true);
      expect(node.parentElement?.closest(FORBIDDEN) ?? null).toBeNull();
    }
    const next = sorted[i + 1];
    if (next) expect(m.range.compareBoundaryPoints(1 /* START_TO_END: this end against next's start */, next.range)).toBeLessThanOrEqual(0);
  });
}

describe('marking random articles', () => {
  it('never throws, never changes the page, marks only forms outside forbidden places, never overlaps, and marks the same again', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.boolean(), (trees, firstPerParagraph) => {
        const root = article(trees);
        const before = { html: root.innerHTML, nodes: textNodes(root) };
        const marks = mark(root, firstPerParagraph);
        checkMarks(root, marks);
        expect(root.innerHTML).toBe(before.html);
        expect(textNodes(root).every((n, i) => n === before.nodes[i])).toBe(true);
        expect(boundaries(mark(root, firstPerParagraph))).toEqual(boundaries(marks));
      }),
      { numRuns: 1_000 },
    );
  });

  it('marks the same in slices that yield between paragraphs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), async (trees) => {
        const root = article(trees);
        const painted: NameMark[] = [];
        const marks = new ArticleMarks({ add: (m) => painted.push(...m), remove: () => undefined, focus: () => undefined, clear: () => undefined });
        marks.add(blocksUnder(root, [root]));
        let clock = 0;
        await marks.markAll(planMarks(targets), { budget: 0, now: () => clock++, yieldToPage: () => Promise.resolve() });
        expect(boundaries(marks.inOrder())).toEqual(boundaries(mark(root, false).sort((a, b) => a.range.compareBoundaryPoints(0, b.range))));
      }),
      { numRuns: 300 },
    );
  });
});
