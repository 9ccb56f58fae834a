// @vitest-environment happy-dom
/**
 * What a page changes in its article after it was marked: a framework re-rendering a paragraph, a
 * "load more" button, a paragraph taken away. The marks follow the page's text, and the page's own
 * nodes are never touched.
 */
import { describe, expect, it } from 'vitest';
import { articleRoot, changedBlocks } from '../../../lib/page/article-changes';
import { ArticleMarks, type MarkPainter } from '../../../lib/page/article-marks';
import { blocksUnder, planMarks, type MarkTarget } from '../../../lib/page/highlight';

const targets: MarkTarget[] = [
  { id: 'kelly', kind: 'official', name: 'John F. Kelly', forms: ['John Kelly', 'Kelly'] },
  { id: 'tillerson', kind: 'official', name: 'Rex Tillerson', forms: ['Rex Tillerson', 'Tillerson'] },
  { id: 'pentagon', kind: 'organization', name: 'Pentagon', forms: ['Pentagon'] },
];
const painter: MarkPainter = { add: () => undefined, remove: () => undefined, focus: () => undefined, clear: () => undefined };

async function marked(html: string) {
  document.body.innerHTML = `<header><h1>Talks with Kelly</h1></header><main><article>${html}</article></main>`;
  const marks = new ArticleMarks(painter);
  const blocks = [
    ...blocksUnder(document.body, [document.querySelector('h1')!]),
    ...blocksUnder(document.querySelector('article')!, [document.querySelector('article')!]),
  ];
  marks.add(blocks);
  await marks.markAll(planMarks(targets));
  const root = articleRoot(blocks)!;
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  /** Reads the page's changes so far, marks the fresh paragraphs, and lists every mark in reading order. */
  const settle = async () => {
    const { fresh } = changedBlocks(observer.takeRecords(), marks, root);
    await marks.markAll(planMarks(targets), undefined, fresh);
    return marks.inOrder().map((m) => m.range.toString());
  };
  return { marks, root, settle };
}

describe('the page changes its article', () => {
  it('watches the element the story shares, not the header its headline stands in', async () => {
    const { root } = await marked('<p>John Kelly met reporters.</p><p>The Pentagon said nothing.</p>');
    expect(root.tagName).toBe('ARTICLE');
  });

  it('a framework sets new text into a marked paragraph: the text is the framework’s, and the marks follow it', async () => {
    const { settle } = await marked('<p>John Kelly met reporters.</p><p>The Pentagon said nothing.</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    text.data = 'Rex Tillerson said Kelly would return.';
    expect(document.querySelector('p')!.textContent).toBe('Rex Tillerson said Kelly would return.');
    expect(document.querySelector('p')!.firstChild).toBe(text);
    expect(await settle()).toEqual(['Kelly', 'Rex Tillerson', 'Kelly', 'Pentagon']);
  });

  it('a paragraph replaced by a fresh copy, one added by "load more", and one taken away', async () => {
    const { marks, settle } = await marked('<p>John Kelly met reporters.</p><p>The Pentagon said nothing.</p><p>Kelly left.</p>');
    const [first, , last] = document.querySelectorAll('article p');
    const fresh = document.createElement('p');
    fresh.textContent = first!.textContent;
    first!.replaceWith(fresh);
    last!.remove();
    const more = document.createElement('p');
    more.textContent = 'Later, Rex Tillerson said the Pentagon would follow up.';
    document.querySelector('article')!.appendChild(more);
    expect(await settle()).toEqual(['Kelly', 'John Kelly', 'Pentagon', 'Rex Tillerson', 'Pentagon']);
    expect(marks.inOrder().every((m) => m.range.startContainer.isConnected)).toBe(true);
  });

  it('a paragraph whose text node the framework swapped for another', async () => {
    const { settle } = await marked('<p><span>John Kelly met reporters.</span></p>');
    const span = document.querySelector('span')!;
    span.replaceChild(document.createTextNode('The Pentagon met Tillerson.'), span.firstChild!);
    expect(await settle()).toEqual(['Kelly', 'Pentagon', 'Tillerson']);
  });
});
