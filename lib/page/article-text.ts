/**
 * An article element's text as the engine should read it: each paragraph on a line of its own,
 * without navigation, comments or related-story rails. Imports of saved web pages read
 * Readability's content with it (lib/store/import-files.ts).
 */

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
