/**
 * The marks on one page: the article's paragraphs, the names marked in each, painted as they change.
 * A paragraph is marked again as a whole, so what the page changes in it is read afresh; a paragraph
 * whose text the page removed has its marks dropped.
 */
import { marksInBlock, type ArticleBlock, type MarkPlan, type NameMark } from './highlight';
import { sliceClock, UNSLICED, type Slicing } from './slicing';

/** Where marks are painted: paint.ts's HighlightPainter, or a test's record. */
export interface MarkPainter {
  add(marks: readonly NameMark[]): void;
  remove(marks: readonly NameMark[]): void;
  focus(mark: NameMark | null): void;
  clear(): void;
}

export class ArticleMarks {
  private readonly marks = new Map<ArticleBlock, NameMark[]>();
  private readonly blockOfNode = new Map<Text, ArticleBlock>();
  private ordered: NameMark[] | null = null;

  constructor(private readonly painter: MarkPainter) {}

  /** The paragraphs, in the order they were added. */
  get blocks(): ArticleBlock[] {
    return [...this.marks.keys()];
  }

  /** How many names are marked. */
  get count(): number {
    let count = 0;
    for (const list of this.marks.values()) count += list.length;
    return count;
  }

  /** The paragraph a text node belongs to, if it is the article's. */
  blockOf(node: Text): ArticleBlock | undefined {
    return this.blockOfNode.get(node);
  }

  /** The marks of the paragraph a text node belongs to: the candidates for a point over that node. */
  near(node: Text): readonly NameMark[] {
    const block = this.blockOfNode.get(node);
    return block ? (this.marks.get(block) ?? []) : [];
  }

  /** Adds paragraphs, not yet marked. */
  add(blocks: readonly ArticleBlock[]): void {
    for (const block of blocks) {
      if (!this.marks.has(block)) this.marks.set(block, []);
      for (const piece of block.pieces) this.blockOfNode.set(piece.node, block);
    }
  }

  /** Takes a paragraph away, with its marks. */
  drop(block: ArticleBlock): void {
    this.painter.remove(this.marks.get(block) ?? []);
    this.marks.delete(block);
    for (const piece of block.pieces) if (this.blockOfNode.get(piece.node) === block) this.blockOfNode.delete(piece.node);
    this.ordered = null;
  }

  /** Marks one paragraph afresh with the plan (or no names at all, for null). */
  mark(block: ArticleBlock, plan: MarkPlan | null): void {
    this.replace(block, plan ? marksInBlock(block, plan) : []);
  }

  /** Paints a paragraph's new marks in place of its old ones. */
  private replace(block: ArticleBlock, next: NameMark[]): void {
    this.painter.remove(this.marks.get(block) ?? []);
    this.painter.add(next);
    this.marks.set(block, next);
    this.ordered = null;
  }

  /**
   * Marks the given paragraphs (all of them by default) in slices that yield to the page, with the plan's
   * names or with the marks `find` gives for each paragraph, and paints
   * them at once when all are found: Chromium validates every highlight's ranges again in the frame
   * after any change to a highlight, so painting slice by slice would pay for the whole article once
   * per slice. Returns false where the work was cancelled before the end (nothing is changed then).
   */
  async markAll(
    find: MarkPlan | null | ((block: ArticleBlock) => NameMark[]),
    slicing: Slicing = UNSLICED,
    blocks: readonly ArticleBlock[] = this.blocks,
  ): Promise<boolean> {
    const clock = sliceClock(slicing);
    const marksOf = typeof find === 'function' ? find : (block: ArticleBlock) => (find ? marksInBlock(block, find) : []);
    const found = new Map<ArticleBlock, NameMark[]>();
    for (const block of blocks) {
      if (clock.due() && !(await clock.pause())) return false;
      if (this.marks.has(block)) found.set(block, marksOf(block));
    }
    // A paragraph the page took away while the others were read is not marked. Painted in one call each
    // way, so each kind's highlight is looked up once.
    const old: NameMark[] = [];
    const added: NameMark[] = [];
    for (const [block, next] of found) {
      const before = this.marks.get(block);
      if (!before) continue;
      old.push(...before);
      added.push(...next);
      this.marks.set(block, next);
    }
    this.painter.remove(old);
    this.painter.add(added);
    this.ordered = null;
    return true;
  }

  /** Every mark still over text, in document order: the order the keyboard moves through them. */
  inOrder(): NameMark[] {
    this.ordered ??= [...this.marks.values()]
      .flat()
      .filter((m) => !m.range.collapsed && m.range.startContainer.isConnected)
      .sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
    return this.ordered;
  }

  /** Takes every mark and paragraph away. */
  clear(): void {
    this.painter.clear();
    this.marks.clear();
    this.blockOfNode.clear();
    this.ordered = null;
  }
}
