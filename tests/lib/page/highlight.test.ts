// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ArticleMarks, type MarkPainter } from '../../../lib/page/article-marks';
import { blocksUnder, marksInBlock, planMarks, type MarkTarget, type NameMark } from '../../../lib/page/highlight';

const targets: MarkTarget[] = [
  { id: 'kelly', kind: 'official', name: 'John F. Kelly', forms: ['John F. Kelly', 'John Kelly', 'Mr Kelly', 'Kelly'] },
  { id: 'pena', kind: 'official', name: 'Enrique Pena Nieto', forms: ['Enrique Pena Nieto', 'Pena Nieto'] },
  { id: 'afp', kind: 'organization', name: 'AFP', forms: ['AFP'] },
];

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

/** Every mark in the article, as [the text it covers, kind, entity]. */
function marksIn(root: Element, options = {}): [string, string, string][] {
  const plan = planMarks(targets, options)!;
  return blocksUnder(root, [root])
    .flatMap((block) => marksInBlock(block, plan))
    .map((m) => [m.range.toString(), m.target.kind, m.target.id]);
}

describe('marking names as ranges over the page’s own text', () => {
  it('marks each mention with its kind and entity, and leaves the page exactly as it was', () => {
    const root = page(
      "<p>MEXICO CITY (AFP) - US Secretary of Homeland Security John Kelly met Mexican President Enrique Pena Nieto.</p><p>Mr Kelly arrived on Wednesday. Kelly's trip</p>",
    );
    const before = root.innerHTML;
    const nodes = [...root.querySelectorAll('p')].map((p) => p.firstChild);
    expect(marksIn(root)).toEqual([
      ['AFP', 'organization', 'afp'],
      ['John Kelly', 'official', 'kelly'],
      ['Enrique Pena Nieto', 'official', 'pena'],
      ['Mr Kelly', 'official', 'kelly'],
      ['Kelly', 'official', 'kelly'],
    ]);
    expect(root.innerHTML).toBe(before);
    expect([...root.querySelectorAll('p')].map((p) => p.firstChild)).toEqual(nodes);
  });

  it('marks a name split across inline elements with one range over the pieces', () => {
    const root = page('<p>He met <b>Enrique</b> Pena <i>Nieto</i> today.</p>');
    expect(marksIn(root)).toEqual([['Enrique Pena Nieto', 'official', 'pena']]);
  });

  it('never marks inside form fields, code, scripts or editable text', () => {
    const root = page(
      '<div><textarea>John Kelly</textarea><input value="Kelly"><code>Kelly</code><pre>Kelly</pre><script>var Kelly = 1</script><span contenteditable="true">Kelly</span><select><option>Kelly</option></select>Kelly</div>',
    );
    const marks = marksIn(root);
    expect(marks).toEqual([['Kelly', 'official', 'kelly']]);
  });

  it('can mark only the first mention of each entity in a paragraph, and only some kinds', () => {
    const root = page('<p>Kelly and Kelly and AFP.</p><p>Kelly again.</p>');
    expect(marksIn(root, { firstPerParagraph: true, kinds: new Set(['official']) })).toEqual([
      ['Kelly', 'official', 'kelly'],
      ['Kelly', 'official', 'kelly'],
    ]);
  });

  it('marks a name that breaks across lines or non-breaking spaces in the page source', () => {
    const root = page('<p>Mexican President Enrique Pena\n      Nieto met John\u00a0Kelly.</p>');
    expect(marksIn(root)).toEqual([
      ['Enrique Pena\n      Nieto', 'official', 'pena'],
      ['John\u00a0Kelly', 'official', 'kelly'],
    ]);
  });

  it('marks a name only as a whole word, next to punctuation of any kind', () => {
    const root = page(
      '<p>Kellyanne and McKelly are not Kelly\u2019s. \u00abKelly\u00bb, (Kelly), \u201cAFP\u201d, AFP\u2014and AFP\u3002 AFP2 and Kelly\u0301 are not marked.</p>',
    );
    expect(marksIn(root).map(([text]) => text)).toEqual(['Kelly', 'Kelly', 'Kelly', 'AFP', 'AFP', 'AFP']);
  });

  it('marks only the part of a text node the article owns', () => {
    const root = page('<p>Photo: Kelly at the border. John Kelly met AFP reporters.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    const from = node.data.indexOf('John');
    const marks = marksInBlock({ pieces: [{ node, from, to: node.data.length }] }, planMarks(targets)!);
    expect(marks.map((m) => [m.range.toString(), m.range.startOffset])).toEqual([
      ['John Kelly', from],
      ['AFP', node.data.indexOf('AFP')],
    ]);
  });
});

describe('the marks of a page', () => {
  const painted = new Set<NameMark>();
  const painter: MarkPainter = {
    add: (marks) => marks.forEach((m) => painted.add(m)),
    remove: (marks) => marks.forEach((m) => painted.delete(m)),
    focus: () => undefined,
    clear: () => painted.clear(),
  };

  it('paints each paragraph’s marks, replaces them when it is marked again, and lists them in reading order', async () => {
    const root = page('<p>Pena Nieto met Kelly.</p><p>AFP said John Kelly left.</p>');
    const marks = new ArticleMarks(painter);
    const blocks = blocksUnder(root, [root]);
    marks.add(blocks.slice().reverse());
    await marks.markAll(planMarks(targets));
    expect(marks.count).toBe(4);
    expect([...painted].length).toBe(4);
    expect(marks.inOrder().map((m) => m.range.toString())).toEqual(['Pena Nieto', 'Kelly', 'AFP', 'John Kelly']);
    marks.mark(blocks[0]!, planMarks(targets, { kinds: new Set(['organization']) }));
    expect([...painted].map((m) => m.range.toString()).sort()).toEqual(['AFP', 'John Kelly']);
    expect(marks.near(root.querySelector('p')!.firstChild as Text)).toEqual([]);
    marks.clear();
    expect(painted.size).toBe(0);
  });

  it('reads the paragraphs slice by slice but paints them together, once all are read', async () => {
    const root = page('<p>Pena Nieto met Kelly.</p><p>AFP said John Kelly left.</p><p>Kelly spoke to AFP.</p>');
    const marks = new ArticleMarks(painter);
    marks.add(blocksUnder(root, [root]));
    const paintedAtYield: number[] = [];
    // No budget: the work yields before every paragraph.
    let clock = 0;
    const done = await marks.markAll(planMarks(targets), {
      budget: 0,
      now: () => clock++,
      yieldToPage: async () => void paintedAtYield.push(painted.size),
    });
    expect(done).toBe(true);
    expect(paintedAtYield).toEqual([0, 0, 0]);
    expect(painted.size).toBe(6);
    // Cancelled part way: nothing is painted or dropped.
    marks.clear();
    marks.add(blocksUnder(root, [root]));
    let yields = 0;
    const cancelled = await marks.markAll(planMarks(targets), {
      budget: 0,
      now: () => clock++,
      yieldToPage: async () => void yields++,
      cancelled: () => yields > 1,
    });
    expect(cancelled).toBe(false);
    expect(painted.size).toBe(0);
  });
});
