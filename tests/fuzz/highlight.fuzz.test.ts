// @vitest-environment happy-dom
/**
 * Property-based: random article DOMs, with nested inline markup, names split across nodes,
 * hostile text, scripts, form fields and odd whitespace.
 * - Marking never throws and never changes the page: the same nodes, the same text. Each mark is a
 *   range over exactly one of its name's forms, outside any element it must not touch, and no two
 *   marks overlap; marking again, or in slices, gives the same ranges.
 * - The page source the content script writes for the background reads back, on Readability's own
 *   parser, to exactly the text of the live nodes it kept: the mapping from the background's ranges
 *   to the page's text nodes is exact.
 */
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleMarks } from '../../lib/page/article-marks';
import { blocksUnder, marksInBlock, planMarks, type MarkTarget, type NameMark } from '../../lib/page/highlight';
import { piecesOf, writePageSource } from '../../lib/page/page-source';

const targets: MarkTarget[] = [
  { id: 'kelly', kind: 'official', name: 'John F. Kelly', forms: ['John F. Kelly', 'John Kelly', 'Mr Kelly', 'Kelly'] },
  { id: 'pena', kind: 'official', name: 'Enrique Peña Nieto', forms: ['Enrique Peña Nieto', 'Pena Nieto', 'Peña Nieto'] },
  { id: 'afp', kind: 'organization', name: 'AFP', forms: ['AFP'] },
  { id: 'evil', kind: 'person', name: '<img src=x onerror=alert(1)>', forms: ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'] },
];

const FORBIDDEN = 'script, style, textarea, input, select, option, code, pre, button, template, noscript, [contenteditable]';

const words = fc.constantFrom(
  'John Kelly',
  'Kelly',
  'Mr Kelly',
  'Pena',
  ' Nieto',
  'Pena Nieto',
  'Peña Nieto',
  'AFP',
  'said',
  ' ',
  '  \n\t ',
  '\u00a0',
  'مرحبا بالعالم',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  'Kellyanne',
  'McKelly',
  '—',
  '🙂',
  'Enrique ',
  'Nieto.',
);

type Tree = { tag: string; children: Tree[] } | { text: string };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words.map((text) => ({ text })),
    fc.record({
      tag: fc.constantFrom(
        'p',
        'b',
        'i',
        'a',
        'span',
        'em',
        'li',
        'blockquote',
        'td',
        'div',
        'h2',
        'script',
        'textarea',
        'code',
        'pre',
        'button',
        'template',
        'style',
        'select',
      ),
      children: fc.array(tie('tree'), { maxLength: 5 }),
    }),
  ),
}));

function build(node: Tree, parent: Node): void {
  const document = parent.ownerDocument ?? (parent as Document);
  if ('text' in node) {
    parent.appendChild(document.createTextNode(node.text));
    return;
  }
  const element = document.createElement(node.tag);
  if (node.tag === 'a') element.setAttribute('href', 'javascript:alert(1)');
  const holder = node.tag === 'template' ? (element as HTMLTemplateElement).content : element;
  for (const child of node.children) build(child, holder);
  parent.appendChild(element);
}

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

describe('the page source of random articles', () => {
  it('reads back, on Readability’s parser, to exactly the text of the live nodes it kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), async (trees, a, b) => {
        article(trees);
        const source = (await writePageSource(document))!;
        const live = source.texts.map((t) => t.data).join('');
        const parsed = new JSDOMParser().parse(source.html);
        expect(parsed.body.textContent).toBe(live);
        expect(live.length).toBe(source.length);
        // Any stretch of the stream maps back to the same text in the live nodes.
        const [start, end] = [a % (live.length + 1), b % (live.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(
          piecesOf(source, start, end)
            .map((p) => p.node.data.slice(p.from, p.to))
            .join(''),
        ).toBe(live.slice(start, end));
        for (const node of source.texts) expect(node.parentElement?.closest('script, style, textarea, template, select, button') ?? null).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
