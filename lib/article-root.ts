/**
 * Finds the article's body in the live DOM: the element that holds the story's paragraphs, not the
 * navigation, comments or related-story rails around it.
 */

const CANDIDATES = '[itemprop="articleBody"], article, [role="article"], main, [role="main"], .article-body, .story-body, .entry-content, .post-content';
const NOT_STORY = 'nav, header, footer, aside, form, [role="navigation"], [role="complementary"], .comments, #comments, .related, .sidebar';

function paragraphText(element: Element): number {
  let length = 0;
  for (const p of element.querySelectorAll('p')) {
    if (p.closest(NOT_STORY)) continue;
    length += p.textContent?.trim().length ?? 0;
  }
  return length;
}

/** The element that holds the article's paragraphs, or null where there is none. */
export function findArticleRoot(document: Document): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of document.querySelectorAll(CANDIDATES)) {
    if (candidate.closest(NOT_STORY) && candidate.tagName !== 'ARTICLE') continue;
    const length = paragraphText(candidate);
    // Prefer the innermost candidate holding most of the text: an <article> inside <main>.
    if (length > bestLength * 1.2 || (best && best.contains(candidate) && length >= bestLength * 0.8)) {
      best = candidate;
      bestLength = length;
    }
  }
  if (best) return best;
  // No semantic markup: the parent of the most paragraph text.
  const parents = new Map<Element, number>();
  for (const p of document.querySelectorAll('p')) {
    if (!p.parentElement || p.closest(NOT_STORY)) continue;
    parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + (p.textContent?.trim().length ?? 0));
  }
  return [...parents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The article's text as the engine should read it: paragraphs on lines of their own. */
export function articleText(root: Element): string {
  const blocks: string[] = [];
  for (const block of root.querySelectorAll('h1, h2, h3, p, li, blockquote, figcaption')) {
    if (block.closest(NOT_STORY)) continue;
    if (block.querySelector('p, li')) continue;
    const text = block.textContent?.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  return blocks.length ? blocks.join('\n\n') : (root.textContent ?? '');
}
