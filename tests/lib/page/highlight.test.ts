// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightArticle, removeHighlights, type MarkTarget } from '../../../lib/page/highlight';

const targets: MarkTarget[] = [
  { id: 'kelly', kind: 'official', name: 'John F. Kelly', forms: ['John F. Kelly', 'John Kelly', 'Mr Kelly', 'Kelly'] },
  { id: 'pena', kind: 'official', name: 'Enrique Pena Nieto', forms: ['Enrique Pena Nieto', 'Pena Nieto'] },
  { id: 'afp', kind: 'organization', name: 'AFP', forms: ['AFP'] },
];

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

const marks = (root: Element) =>
  [...root.querySelectorAll('dramatis-mark')].map((m) => [m.textContent, m.getAttribute('data-kind'), m.getAttribute('data-entity')]);

describe('highlightArticle', () => {
  it('marks each mention with its kind and entity, and leaves the text as it was', () => {
    const root = page(
      "<p>MEXICO CITY (AFP) - US Secretary of Homeland Security John Kelly met Mexican President Enrique Pena Nieto.</p><p>Mr Kelly arrived on Wednesday. Kelly's trip</p>",
    );
    const before = document.body.textContent;
    expect(highlightArticle(root, targets)).toBe(5);
    expect(marks(root)).toEqual([
      ['AFP', 'organization', 'afp'],
      ['John Kelly', 'official', 'kelly'],
      ['Enrique Pena Nieto', 'official', 'pena'],
      ['Mr Kelly', 'official', 'kelly'],
      ['Kelly', 'official', 'kelly'],
    ]);
    expect(document.body.textContent).toBe(before);
  });

  it('marks a name split across inline elements, piece by piece', () => {
    const root = page('<p>He met <b>Enrique</b> Pena <i>Nieto</i> today.</p>');
    const before = document.body.textContent;
    highlightArticle(root, targets);
    expect(root.querySelectorAll('dramatis-mark[data-entity="pena"]')).toHaveLength(3);
    expect(document.body.textContent).toBe(before);
  });

  it('never marks inside form fields, code, scripts, editable text or another mark', () => {
    const root = page(
      '<div><textarea>John Kelly</textarea><input value="Kelly"><code>Kelly</code><pre>Kelly</pre><script>var Kelly = 1</script><span contenteditable="true">Kelly</span><select><option>Kelly</option></select><svg><text>Kelly</text></svg>Kelly</div>',
    );
    expect(highlightArticle(root, targets)).toBe(1);
    expect(root.querySelector('dramatis-mark')?.parentElement?.tagName).toBe('DIV');
  });

  it('is idempotent: a second run marks nothing more', () => {
    const root = page('<p>Kelly met Pena Nieto.</p>');
    highlightArticle(root, targets);
    const once = root.innerHTML;
    expect(highlightArticle(root, targets)).toBe(0);
    expect(root.innerHTML).toBe(once);
  });

  it('can mark only the first mention of each entity in a paragraph, and only some kinds', () => {
    const root = page('<p>Kelly and Kelly and AFP.</p><p>Kelly again.</p>');
    expect(highlightArticle(root, targets, { firstPerParagraph: true, kinds: new Set(['official']) })).toBe(2);
  });

  it('removes every mark and puts the original text nodes back', () => {
    const root = page('<p>MEXICO CITY (AFP) - <a href="/k">John Kelly</a> met Pena Nieto. Kelly left.</p>');
    const paragraph = root.querySelector('p')!;
    const originalNodes = [...paragraph.childNodes];
    const html = root.innerHTML;
    highlightArticle(root, targets);
    expect(root.querySelector('a dramatis-mark')).not.toBeNull();
    removeHighlights(root);
    expect(root.innerHTML).toBe(html);
    expect([...paragraph.childNodes]).toEqual(originalNodes);
  });

  it('marks a name that breaks across lines or non-breaking spaces in the page source', () => {
    const root = page('<p>Mexican President Enrique Pena\n      Nieto met John\u00a0Kelly.</p>');
    const text = root.textContent;
    highlightArticle(root, targets);
    expect(marks(root)).toEqual([
      ['Enrique Pena\n      Nieto', 'official', 'pena'],
      ['John\u00a0Kelly', 'official', 'kelly'],
    ]);
    expect(root.textContent).toBe(text);
  });

  it('marks a name only as a whole word, next to punctuation of any kind', () => {
    const root = page(
      '<p>Kellyanne and McKelly are not Kelly\u2019s. \u00abKelly\u00bb, (Kelly), \u201cAFP\u201d, AFP\u2014and AFP\u3002 AFP2 and Kelly\u0301 are not marked.</p>',
    );
    highlightArticle(root, targets);
    expect(marks(root).map(([text]) => text)).toEqual(['Kelly', 'Kelly', 'Kelly', 'AFP', 'AFP', 'AFP']);
  });
});
