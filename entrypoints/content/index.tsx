import './card.css';
import { render } from 'preact';
import { HoverCard, type CardState } from '@/components/HoverCard';
import { articleText, findArticleRoot } from '@/lib/article-root';
import { highlightArticle, MARK_TAG, removeHighlights } from '@/lib/highlight';
import { MARK_CSS } from '@/lib/mark-styles';
import { send, type PageEntity } from '@/lib/messages';
import { detectArticle } from '@/lib/news-detect';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const html = document.documentElement;
    const skip = (reason: string) => {
      html.setAttribute('data-dramatis-state', 'skipped');
      html.setAttribute('data-dramatis-reason', reason);
    };
    let entities: PageEntity[] = [];
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string })?.type !== 'pageEntities') return undefined;
      return Promise.resolve({
        url: location.href,
        state: html.getAttribute('data-dramatis-state') ?? 'pending',
        reason: html.getAttribute('data-dramatis-reason'),
        entities,
      });
    });

    const verdict = detectArticle(document);
    if (!verdict.article) return skip(verdict.reason);
    const root = findArticleRoot(document);
    if (!root) return skip('no-article-body');
    html.setAttribute('data-dramatis-state', 'annotating');

    const answer = await send(browser.runtime, 'annotate', { url: location.href, title: document.title, text: articleText(root) });
    if (!answer.ok) return skip('engine-unavailable');
    if (ctx.isInvalid) return;
    entities = answer.value.entities;

    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const count = highlightArticle(root, entities);
    html.setAttribute('data-dramatis-state', 'annotated');
    html.setAttribute('data-dramatis-count', String(count));
    ctx.onInvalidated(() => {
      removeHighlights(root);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    });
    await setUpCards(ctx, root, new Map(entities.map((e) => [e.id, e])));
  },
});

/** Hover and focus cards, timed like Wikipedia's page previews. */
async function setUpCards(ctx: ContentScriptContext, root: Element, byId: Map<string, PageEntity>) {
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
    const below = rect.bottom + 430 < window.innerHeight || rect.top < 430;
    frame.style.left = `${Math.max(4, Math.min(rect.left, document.documentElement.clientWidth - 348))}px`;
    frame.style.top = below ? `${rect.bottom + 6}px` : '';
    frame.style.bottom = below ? '' : `${window.innerHeight - rect.top + 6}px`;
    frame.style.display = 'block';
    const paint = (state: CardState) => render(<HoverCard state={state} profileUrl={profileUrl} />, container!);
    if (!entity.known) return paint({ status: 'new', entity });
    paint({ status: 'loading', entity });
    const card = await send(browser.runtime, 'card', { entityId: entity.id });
    if (current !== mark) return;
    paint(card.ok && card.value ? { status: 'known', entity, card: card.value } : { status: 'new', entity });
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
