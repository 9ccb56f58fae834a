// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleText, findArticleRoot } from '../../../lib/page/article-root';

function load(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findArticleRoot', () => {
  it('picks the element holding the story, not the rails and comments around it', () => {
    const doc = load(`
      <nav><p>Home World Politics Business Opinion Sport Culture Travel Podcasts Newsletters</p></nav>
      <main><article id="story">
        <h1>Ministers meet in Brussels</h1>
        <p>Foreign ministers from the European Union met in Brussels on Monday to discuss sanctions.</p>
        <p>The talks ran late into the night, officials said, and will continue on Tuesday morning.</p>
        <aside class="related"><p>Related: a very long teaser for another story that is not part of this article at all, and it goes on.</p></aside>
      </article></main>
      <section class="comments"><p>A reader's comment that runs to some length and should never be read as the article body itself.</p></section>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('falls back to the parent of the most paragraph text where there is no semantic markup', () => {
    const doc = load(`
      <div id="menu"><p>Short link list</p></div>
      <div id="body"><p>A first paragraph of the story, long enough to count for something here.</p><p>And a second one, just as long, that belongs to the same story body.</p></div>`);
    expect(findArticleRoot(doc)?.id).toBe('body');
  });
});

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
