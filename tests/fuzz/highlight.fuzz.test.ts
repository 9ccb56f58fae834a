// @vitest-environment happy-dom
/**
 * Property-based: random article DOMs, with nested inline markup, names split across nodes,
 * hostile text, scripts, form fields and odd whitespace. Marking never throws, never changes the
 * page's text, never lands inside an element it must not touch, marks nothing twice, and removing it
 * restores the DOM exactly: the same nodes, the same text, nothing left over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightArticle, highlightArticleSliced, MARK_TAG, removeHighlights, type MarkTarget } from '../../lib/page/highlight';

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

function checkMarked(root: HTMLElement, before: { html: string; text: string }): void {
  expect(root.textContent).toBe(before.text);
  for (const mark of root.querySelectorAll(MARK_TAG)) {
    expect(mark.parentElement?.closest(`${FORBIDDEN}, ${MARK_TAG}`) ?? null).toBeNull();
    expect(mark.querySelector('*')).toBeNull();
    expect(mark.textContent?.trim()).not.toBe('');
  }
}

describe('marking random articles', () => {
  it('never throws, keeps the text, avoids forbidden elements, marks nothing twice, and removes cleanly', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 8 }), fc.boolean(), (trees, firstPerParagraph) => {
        const root = article(trees);
        const before = { html: root.innerHTML, text: root.textContent ?? '' };
        const nodes = textNodes(root);
        highlightArticle(root, targets, { firstPerParagraph });
        checkMarked(root, before);
        const once = root.innerHTML;
        expect(highlightArticle(root, targets, { firstPerParagraph })).toBe(0);
        expect(root.innerHTML).toBe(once);
        removeHighlights(root);
        expect(root.innerHTML).toBe(before.html);
        expect(textNodes(root)).toEqual(nodes);
        expect(textNodes(root).every((n, i) => n === nodes[i])).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('does the same in slices that yield between blocks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 8 }), async (trees) => {
        const root = article(trees);
        const before = { html: root.innerHTML, text: root.textContent ?? '' };
        let clock = 0;
        await highlightArticleSliced(root, targets, {}, { budget: 0, now: () => clock++, yieldToPage: () => Promise.resolve() });
        checkMarked(root, before);
        removeHighlights(root);
        expect(root.innerHTML).toBe(before.html);
      }),
      { numRuns: 300 },
    );
  });
});
