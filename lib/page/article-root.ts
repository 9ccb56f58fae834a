/**
 * Finds the article's body in the live DOM: the element that holds the story's paragraphs, not the
 * navigation, comments or related-story rails around it.
 */

const CANDIDATES = '[itemprop="articleBody"], article, [role="article"], main, [role="main"], .article-body, .story-body, .entry-content, .post-content';
const NOT_STORY = 'nav, header, footer, aside, form, [role="navigation"], [role="complementary"], .comments, #comments, .related, .sidebar';

/**
 * Whether an element stands in page furniture (navigation, comments, a related-stories rail):
 * closest(NOT_STORY), with the furniture found once per page rather than matched at every ancestor
 * of every paragraph.
 */
function furnitureTest(scope: ParentNode): (element: Element) => boolean {
  const furniture = new Set(scope.querySelectorAll(NOT_STORY));
  if (!furniture.size) return () => false;
  return (element) => {
    for (let e: Element | null = element; e; e = e.parentElement) if (furniture.has(e)) return true;
    return false;
  };
}

function paragraphText(element: Element, inFurniture: (element: Element) => boolean): number {
  let length = 0;
  for (const p of element.querySelectorAll('p')) {
    if (inFurniture(p)) continue;
    length += p.textContent?.trim().length ?? 0;
  }
  return length;
}

/** The element that holds the article's paragraphs, or null where there is none. */
export function findArticleRoot(document: Document): Element | null {
  const inFurniture = furnitureTest(document);
  let best: Element | null = null;
  let bestLength = 0;
  for (const candidate of document.querySelectorAll(CANDIDATES)) {
    if (candidate.tagName !== 'ARTICLE' && inFurniture(candidate)) continue;
    const length = paragraphText(candidate, inFurniture);
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
    if (!p.parentElement || inFurniture(p)) continue;
    parents.set(p.parentElement, (parents.get(p.parentElement) ?? 0) + (p.textContent?.trim().length ?? 0));
  }
  return [...parents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Whitespace other than single spaces: the only text collapsing changes. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** The article's text as the engine should read it: paragraphs on lines of their own. */
export function articleText(root: Element): string {
  if (root.closest(NOT_STORY)) return root.textContent ?? '';
  const inFurniture = furnitureTest(root);
  const blocks: string[] = [];
  for (const block of root.querySelectorAll('h1, h2, h3, p, li, blockquote, figcaption')) {
    if (inFurniture(block)) continue;
    if (block.firstElementChild && block.querySelector('p, li')) continue;
    let text = block.textContent ?? '';
    // Collapsing is a scan and a copy of every paragraph; most have nothing to collapse.
    if (UNEVEN_SPACE.test(text)) text = text.replace(/\s+/g, ' ');
    text = text.trim();
    if (text) blocks.push(text);
  }
  return blocks.length ? blocks.join('\n\n') : (root.textContent ?? '');
}
