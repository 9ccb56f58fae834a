/**
 * Which marked name is under the pointer. Marks are ranges, not elements, so no event says so: the
 * point is turned into a text position (CSSOM View's `caretPositionFromPoint`, or Chrome's older
 * `caretRangeFromPoint`), and the marks of that paragraph are tested against the point with their
 * client rectangles, which also settles a position at a name's very edge.
 */
import type { NameMark } from './highlight';

/** The text node and offset at a point of the viewport (CSS pixels), or null off any text. */
export function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether a point lies in any of a range's client rectangles. */
export function rangeContains(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

/**
 * The mark under a point of the viewport, or null.
 *
 * @param marksNear the marks of the paragraph a text node belongs to (empty for text that is not
 *   the article's)
 */
export function markAtPoint(document: Document, x: number, y: number, marksNear: (node: Text) => readonly NameMark[]): NameMark | null {
  const caret = caretAt(document, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const mark of marksNear(caret.node as Text)) if (rangeContains(mark.range, x, y)) return mark;
  return null;
}
