/**
 * The hover card: opened on a marked name after a few hundred ms of hover, closed ~300 ms after the
 * pointer leaves, or with Esc, as Wikipedia's page previews do. Names are highlights, not elements,
 * so the pointer is hit-tested against them. The keyboard commands move from name to name: each is
 * scrolled into view, painted with the focus highlight, and its card opens with focus inside it.
 * The card's shadow host is in the page only while a card is open.
 */
import { render } from 'preact';
import { HoverCard, type CardState } from '@/components/HoverCard';
import type { ArticleMarks, MarkPainter } from '@/lib/page/article-marks';
import type { NameMark } from '@/lib/page/highlight';
import { markAtPoint, rangeContains } from '@/lib/page/name-at-point';
import { send, type PageEntity } from '@/lib/messaging/protocol';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Hover time before a card opens, in ms. */
const OPEN_DELAY = 350;
/** Time a card stays after the pointer leaves the name and the card, in ms. */
const CLOSE_DELAY = 300;
/** The card's width, in CSS pixels (its style sets the same). */
const CARD_WIDTH = 340;
/** The tallest a card grows, in CSS pixels; less where the window has less room. */
const CARD_HEIGHT = 420;

export interface CardsSource {
  byId: Map<string, PageEntity>;
  marks: ArticleMarks;
  painter: MarkPainter;
}

export interface Cards {
  /** Moves the keyboard focus to the next or previous name, and opens its card. */
  move: (direction: 'next' | 'previous') => void;
  /** Closes any open card and takes the focus highlight away. */
  close: () => void;
}

/** The rectangle of a mark to place the card by: the one under the point, or its first. */
function anchorRect(mark: NameMark, point?: { x: number; y: number }): DOMRect {
  const rects = [...mark.range.getClientRects()];
  return (
    (point && rects.find((r) => point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom)) ??
    rects[0] ??
    mark.range.getBoundingClientRect()
  );
}

/** Hover and keyboard cards, timed like Wikipedia's page previews. */
export async function setUpCards(ctx: ContentScriptContext, { byId, marks, painter }: CardsSource): Promise<Cards> {
  let container: HTMLElement | undefined;
  const profileBase = browser.runtime.getURL('/profile.html');
  const profileUrl = (id: string) => `${profileBase}#${encodeURIComponent(id)}`;
  // The card's shadow root, with its style sheet fetched from the extension, is made when the first
  // card opens: a page the reader only reads pays nothing for it.
  let made: ReturnType<typeof makeUi> | undefined;
  let shadowUi: Awaited<ReturnType<typeof createShadowRootUi>> | undefined;
  const makeUi = async () => {
    const ui = await createShadowRootUi(ctx, {
      name: 'dramatis-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(element) {
        container = element;
        // WXT resets the host with `all: initial !important`, so the card is placed from inside its shadow root.
        container.style.cssText = 'position:fixed;z-index:2147483647;margin:0;';
      },
      onRemove() {
        if (container) render(null, container);
      },
    });
    shadowUi = ui;
    // A page may not open the extension's pages: its profile links are opened by the background.
    ctx.addEventListener(ui.shadow, 'click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link?.href.startsWith(profileBase)) return;
      event.preventDefault();
      void send(browser.runtime, 'openProfile', { entityId: decodeURIComponent(new URL(link.href).hash.slice(1)) as PageEntity['id'] });
    });
    return ui;
  };
  const cardUi = () => (made ??= makeUi());
  /** The card's shadow host, once the first card made it. */
  const host = () => shadowUi?.shadowHost as HTMLElement | undefined;
  /** Whether an event happened inside the card. */
  const inCard = (event: Event) => {
    const card = host();
    return !!card && event.composedPath().includes(card);
  };

  let current: NameMark | null = null;
  let openedBy: 'pointer' | 'keyboard' = 'pointer';
  let focused: NameMark | null = null;
  let returnFocus: Element | null = null;
  let hovered: NameMark | null = null;
  let openTimer = 0;
  let closeTimer = 0;

  const close = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    const hadFocus = !!host()?.matches(':focus-within');
    current = null;
    if (host()?.isConnected) shadowUi!.remove();
    if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const show = async (mark: NameMark, how: { by: 'pointer' | 'keyboard'; point?: { x: number; y: number } }) => {
    const entity = byId.get(mark.target.id);
    if (!entity) return;
    current = mark;
    openedBy = how.by;
    const ui = await cardUi();
    if (current !== mark) return;
    if (!ui.shadowHost.isConnected) ui.mount();
    const frame = container!;
    const rect = anchorRect(mark, how.point);
    // The card opens on the side of the name with more room, and is never taller than that room.
    const room = { below: window.innerHeight - rect.bottom - 12, above: rect.top - 12 };
    const below = room.below >= CARD_HEIGHT || room.below >= room.above;
    frame.style.left = `${Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - CARD_WIDTH - 8))}px`;
    frame.style.top = below ? `${rect.bottom + 6}px` : '';
    frame.style.bottom = below ? '' : `${window.innerHeight - rect.top + 6}px`;
    frame.style.setProperty('--card-max-height', `${Math.max(160, Math.min(CARD_HEIGHT, below ? room.below : room.above))}px`);
    const said = mark.range.toString() || undefined;
    const paint = (state: CardState) => render(<HoverCard state={state} profileUrl={profileUrl} />, frame);
    // The card opens empty of news, then fills: a screen reader announces the change in its live region.
    paint({ status: 'loading', entity, said });
    if (how.by === 'keyboard') (frame.querySelector<HTMLElement>('.card') ?? frame).focus();
    // Past mentions are other documents': the page's own stored copies are left out.
    const card = entity.known ? await send(browser.runtime, 'card', { entityId: entity.id, exclude: entity.pageDocuments ?? [] }) : null;
    if (current !== mark) return;
    paint(card?.ok && card.value ? { status: 'known', entity, said, card: card.value } : { status: 'new', entity, said });
    if (how.by === 'keyboard') frame.querySelector<HTMLElement>('a.all')?.focus();
  };

  const scheduleClose = () => {
    window.clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(close, CLOSE_DELAY);
  };

  // Hover: the pointer is hit-tested against the marks once a frame at most.
  let frameRequested = false;
  let last: PointerEvent | null = null;
  const hitTest = () => {
    frameRequested = false;
    const event = last;
    if (!event) return;
    if (inCard(event)) return window.clearTimeout(closeTimer);
    const point = { x: event.clientX, y: event.clientY };
    const mark = hovered && rangeContains(hovered.range, point.x, point.y) ? hovered : markAtPoint(document, point.x, point.y, (node) => marks.near(node));
    if (mark === hovered) return;
    hovered = mark;
    window.clearTimeout(openTimer);
    if (mark) {
      window.clearTimeout(closeTimer);
      if (mark !== current) openTimer = ctx.setTimeout(() => void show(mark, { by: 'pointer', point }), OPEN_DELAY);
    } else if (current && openedBy === 'pointer') scheduleClose();
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      last = event as PointerEvent;
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(hitTest);
      }
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (current && !inCard(event)) close();
  });
  ctx.addEventListener(window, 'scroll', () => current && openedBy === 'pointer' && !host()?.matches(':hover') && close(), { passive: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || (!current && !focused)) return;
    close();
    focused = null;
    painter.focus(null);
  });

  const move = (direction: 'next' | 'previous') => {
    const names = marks.inOrder();
    if (!names.length) return;
    const at = focused ? names.indexOf(focused) : -1;
    const next = at < 0 ? (direction === 'next' ? 0 : names.length - 1) : (at + (direction === 'next' ? 1 : -1) + names.length) % names.length;
    focused = names[next]!;
    painter.focus(focused);
    if (!current) returnFocus = document.activeElement;
    focused.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = focused.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) window.scrollBy({ top: rect.top - window.innerHeight / 3 });
    void show(focused, { by: 'keyboard' });
  };

  return {
    move,
    close: () => {
      close();
      focused = null;
      hovered = null;
    },
  };
}
