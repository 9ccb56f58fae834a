/**
 * The hover card: one shadow-root UI per page, opened on a mark after a few hundred ms of hover (or at
 * once on keyboard focus), closed ~300 ms after the pointer leaves, or with Esc, as Wikipedia's page
 * previews do.
 */
import { render } from 'preact';
import { HoverCard, type CardState } from '@/components/HoverCard';
import { MARK_TAG } from '@/lib/page/highlight';
import { send, type PageEntity } from '@/lib/messaging/protocol';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;
/** The tallest a card grows, in CSS pixels; less where the window has less room. */
const CARD_HEIGHT = 420;

/** Hover and focus cards, timed like Wikipedia's page previews. */
export async function setUpCards(ctx: ContentScriptContext, byId: Map<string, PageEntity>) {
  // Listened for on the document, so marks in whatever article the page shows next have cards too.
  const root = document;
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'dramatis-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount(element) {
      container = element;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const host = ui.shadowHost as HTMLElement;
  // WXT resets the host with `all: initial !important`, so the card is placed from inside its shadow root.
  const frame = container!;
  frame.style.cssText = 'position:fixed;z-index:2147483647;display:none;margin:0;';

  let current: HTMLElement | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  const profileUrl = (id: string) => browser.runtime.getURL(`/profile.html#${encodeURIComponent(id)}`);

  const close = () => {
    window.clearTimeout(openTimer);
    frame.style.display = 'none';
    current = null;
  };
  const show = async (mark: HTMLElement) => {
    const entity = byId.get(mark.getAttribute('data-entity') ?? '');
    if (!entity || !container) return;
    current = mark;
    const rect = mark.getBoundingClientRect();
    // The card opens on the side of the name with more room, and is never taller than that room.
    const room = { below: window.innerHeight - rect.bottom - 12, above: rect.top - 12 };
    const below = room.below >= CARD_HEIGHT || room.below >= room.above;
    frame.style.left = `${Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - 348))}px`;
    frame.style.top = below ? `${rect.bottom + 6}px` : '';
    frame.style.bottom = below ? '' : `${window.innerHeight - rect.top + 6}px`;
    frame.style.setProperty('--card-max-height', `${Math.max(160, Math.min(CARD_HEIGHT, below ? room.below : room.above))}px`);
    frame.style.display = 'block';
    const said = mark.textContent ?? undefined;
    const paint = (state: CardState) => render(<HoverCard state={state} profileUrl={profileUrl} />, container!);
    if (!entity.known) return paint({ status: 'new', entity, said });
    paint({ status: 'loading', entity, said });
    // Past mentions are other documents': the page's own stored copies are left out.
    const card = await send(browser.runtime, 'card', { entityId: entity.id, exclude: entity.pageDocuments ?? [] });
    if (current !== mark) return;
    paint(card.ok && card.value ? { status: 'known', entity, said, card: card.value } : { status: 'new', entity, said });
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null);
  const scheduleClose = () => {
    window.clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(close, CLOSE_DELAY);
  };

  ctx.addEventListener(root, 'pointerover', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    window.clearTimeout(closeTimer);
    if (mark === current) return;
    window.clearTimeout(openTimer);
    openTimer = ctx.setTimeout(() => void show(mark), OPEN_DELAY);
  });
  ctx.addEventListener(root, 'pointerout', (event) => {
    if (!markOf(event.target)) return;
    window.clearTimeout(openTimer);
    scheduleClose();
  });
  ctx.addEventListener(host, 'pointerenter', () => window.clearTimeout(closeTimer));
  ctx.addEventListener(host, 'pointerleave', scheduleClose);
  ctx.addEventListener(root, 'focusin', (event) => {
    const mark = markOf(event.target);
    if (!mark) return;
    window.clearTimeout(closeTimer);
    void show(mark);
  });
  ctx.addEventListener(root, 'focusout', (event) => {
    if (markOf(event.target)) scheduleClose();
  });
  ctx.addEventListener(window, 'scroll', () => current && !host.matches(':hover') && close(), { passive: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || !current) return;
    close();
  });
}
