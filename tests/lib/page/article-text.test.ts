// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleText } from '../../../lib/page/article-text';

function load(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('articleText', () => {
  it('puts each paragraph on its own line, collapses its whitespace and leaves out furniture', () => {
    const doc = load(`<article>
      <h1>  Talks   resume </h1>
      <p>Secretary of State\n   John Kerry\u00a0arrived on Monday.</p>
      <p>He met <a href="/x">the Foreign Minister</a> at noon.</p>
      <div class="related"><p>Read more: another story</p></div>
      <ul><li><p>A list item holding a paragraph is read once.</p></li></ul>
      <footer><p>Copyright</p></footer>
    </article>`);
    expect(articleText(doc.querySelector('article')!)).toBe(
      'Talks resume\n\nSecretary of State John Kerry arrived on Monday.\n\nHe met the Foreign Minister at noon.\n\nA list item holding a paragraph is read once.',
    );
  });

  it('reads a bare element, such as a paragraph the page just added, as its text', () => {
    const doc = load('<p>Chancellor Olaf Scholz spoke.</p>');
    expect(articleText(doc.querySelector('p')!)).toBe('Chancellor Olaf Scholz spoke.');
  });
});
