/**
 * Random article trees for property tests: nested inline markup, names split across nodes, hostile
 * text, scripts, form fields, templates and odd whitespace; and the builder that makes one in a DOM.
 */
import fc from 'fast-check';

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

export type Tree = { tag: string; children: Tree[] } | { text: string };
export const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
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

export function build(node: Tree, parent: Node): void {
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
