/**
 * Painting marks with the CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/):
 * one `Highlight` per kind, registered in the page's `CSS.highlights` under a stable name, styled by
 * `::highlight(dramatis-official)` and its siblings (mark-styles.ts). The page's DOM is never touched,
 * and anyone may list what is marked: `CSS.highlights.get('dramatis-official')`.
 * Chrome 105+, Firefox 140+, Safari 17.2+.
 */
import type { EntityKind } from '../shared/types';
import type { NameMark } from './highlight';

/** The registry name of each kind's highlight. */
export const HIGHLIGHT_NAMES: Record<EntityKind, string> = {
  official: 'dramatis-official',
  organization: 'dramatis-organization',
  person: 'dramatis-person',
};
/** The highlight of the name the keyboard moved to: painted over the others. */
export const FOCUS_HIGHLIGHT = 'dramatis-focus';

type HighlightWindow = Window & { Highlight: typeof Highlight; CSS: { highlights: HighlightRegistry } };

/** Whether a window can paint highlights: `CSS.highlights` and the `Highlight` constructor. */
export function canPaint(view: Window | null): view is HighlightWindow {
  return !!view && typeof (view as Partial<HighlightWindow>).Highlight === 'function' && !!(view as Partial<HighlightWindow>).CSS?.highlights;
}

/** Paints marks into one window's highlight registry, and takes them away again. */
export class HighlightPainter {
  private readonly highlights = new Map<string, Highlight>();

  constructor(private readonly view: HighlightWindow) {}

  /** The kind's highlight, registered again if the page took it out of the registry. */
  private highlight(name: string, priority = 0): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new this.view.Highlight();
      highlight.priority = priority;
      this.highlights.set(name, highlight);
    }
    if (this.view.CSS.highlights.get(name) !== highlight) this.view.CSS.highlights.set(name, highlight);
    return highlight;
  }

  add(marks: readonly NameMark[]): void {
    // Each kind's highlight looked up (and its registration checked) once per call, not once per mark.
    const byKind = new Map<EntityKind, Highlight>();
    for (const mark of marks) {
      const kind = mark.target.kind;
      let highlight = byKind.get(kind);
      if (!highlight) byKind.set(kind, (highlight = this.highlight(HIGHLIGHT_NAMES[kind])));
      highlight.add(mark.range);
    }
  }

  remove(marks: readonly NameMark[]): void {
    for (const mark of marks) this.highlights.get(HIGHLIGHT_NAMES[mark.target.kind])?.delete(mark.range);
  }

  /** Paints the focus highlight over one mark, or takes it away (null). */
  focus(mark: NameMark | null): void {
    const focus = this.highlight(FOCUS_HIGHLIGHT, 1);
    focus.clear();
    if (mark) focus.add(mark.range);
  }

  /** Takes every highlight out of the registry at once. */
  clear(): void {
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (this.view.CSS.highlights.get(name) === highlight) this.view.CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
