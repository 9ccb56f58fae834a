/**
 * Watches the article for the page's own changes, and hands the paragraphs it changed or added to the
 * content script once the page has been quiet for a moment.
 */
import { articleRoot, changedBlocks } from '@/lib/page/article-changes';
import type { ArticleMarks } from '@/lib/page/article-marks';
import type { ArticleBlock } from '@/lib/page/highlight';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ArticleWatch {
  stop: () => void;
}

/**
 * Observes the element the article's paragraphs share. After `settle` ms without change, the changed
 * paragraphs are read (article-changes.ts) and given to `changed`; dropped ones are already unmarked.
 */
export function watchArticle(
  ctx: ContentScriptContext,
  marks: ArticleMarks,
  blocks: readonly ArticleBlock[],
  settle: number,
  changed: (fresh: ArticleBlock[]) => void,
): ArticleWatch {
  const root = articleRoot(blocks);
  if (!root) return { stop: () => undefined };
  let records: MutationRecord[] = [];
  let timer = 0;
  const observer = new MutationObserver((batch) => {
    records.push(...batch);
    window.clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      const { fresh, dropped } = changedBlocks(records, marks, root);
      records = [];
      if (fresh.length || dropped) changed(fresh);
    }, settle);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => {
      observer.disconnect();
      window.clearTimeout(timer);
    },
  };
}
