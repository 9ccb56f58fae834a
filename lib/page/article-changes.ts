/**
 * What the page changed in its article after it was read: paragraphs added ("load more"), re-rendered
 * by the page's framework, or taken away. Marks never touch the page, so a framework's update meets
 * the nodes it made; this module finds the paragraphs whose text is new, to be read and marked again.
 */
import type { ArticleMarks } from './article-marks';
import { blockElementOf, blocksUnder, type ArticleBlock } from './highlight';

/** Our own card's shadow host comes and goes at the end of the body: no change to the article. */
const OWN = 'DRAMATIS-CARD';
const own = (node: Node) => node.nodeType === 1 && (node as Element).tagName === OWN;

/**
 * The element the story's paragraphs share: the innermost common ancestor of every paragraph but the
 * headline (an `<h1>` often stands far from the story, in the page's header). Changes under it are
 * the article's; changes elsewhere (a rail, an ad) are not.
 */
export function articleRoot(blocks: readonly ArticleBlock[]): Element | null {
  const story = blocks.filter((b) => b.pieces[0]?.node.parentElement?.closest('h1') === null);
  let root: Element | null = null;
  for (const block of story.length ? story : blocks) {
    const node = block.pieces[0]?.node;
    if (!node?.isConnected) continue;
    root ??= node.parentElement;
    while (root && !root.contains(node)) root = root.parentElement;
  }
  return root;
}

/**
 * Reads the page's changes to the article: a paragraph with a node the page removed is dropped; a
 * paragraph the page changed, and any paragraph it added, is read afresh from the live DOM and added
 * to `marks`, unmarked. Returns the fresh paragraphs, and how many were dropped.
 */
export function changedBlocks(records: readonly MutationRecord[], marks: ArticleMarks, root: Element): { fresh: ArticleBlock[]; dropped: number } {
  const touched = new Set<Element>();
  for (const record of records) {
    if (record.type === 'characterData') {
      touched.add(blockElementOf(record.target, root));
      continue;
    }
    const added = [...record.addedNodes].filter((n) => !own(n));
    for (const node of added) touched.add(blockElementOf(node, root));
    // A node taken out of a paragraph changes that paragraph; a paragraph taken out of the article
    // leaves nothing to read again (its marks are dropped below).
    if ([...record.removedNodes].some((n) => !own(n))) {
      const block = blockElementOf(record.target, root);
      if (block !== root) touched.add(block);
    }
  }
  const inArticle = [...touched].filter((e) => e.isConnected && (e === root || root.contains(e)));
  const outermost = inArticle.filter((e) => !inArticle.some((other) => other !== e && other.contains(e)));
  let dropped = 0;
  for (const block of marks.blocks) {
    if (block.pieces.some((p) => !p.node.isConnected || outermost.some((e) => e.contains(p.node)))) {
      marks.drop(block);
      dropped++;
    }
  }
  const fresh = blocksUnder(root, outermost);
  marks.add(fresh);
  return { fresh, dropped };
}
