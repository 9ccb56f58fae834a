import './card.css';
import { render } from 'preact';
import { HoverCard, type CardState } from '@/components/HoverCard';
import { readSettings, watchSettings } from '@/components/settings';
import { articleText, findArticleRoot } from '@/lib/article-root';
import { highlightArticleSliced, MARK_TAG, removeHighlights } from '@/lib/highlight';
import { MARK_CSS } from '@/lib/mark-styles';
import { send, type PageEntity, type ToContent } from '@/lib/messages';
import { detectArticle } from '@/lib/news-detect';
import { isDisabled, shouldAutoSave } from '@/lib/settings';
import type { EntityKind } from '@/lib/types';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;
/** Main-thread time one slice of marking may take before it yields to the page, in ms. */
const SLICE_BUDGET = 8;

/**
 * Runs a synchronous step and records its main-thread time as a User Timing measure
 * ("dramatis:detect"…), which the benchmarks read from the page's performance timeline.
 */
function timed<T>(name: string, step: () => T): T {
  const start = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`dramatis:${name}`, { start, end: performance.now() });
  }
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type State = 'pending' | 'annotating' | 'annotated' | 'skipped' | 'disabled';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const html = document.documentElement;
    let settings = await readSettings();
    let state: State = 'pending';
    let reason: string | null = null;
    let root: Element | null = null;
    let entities: PageEntity[] = [];
    const byId = new Map<string, PageEntity>();
    let cards: Promise<void> | undefined;
    let autoSaved = false;

    const setState = (next: State, why: string | null = null) => {
      state = next;
      reason = why;
      html.setAttribute('data-dramatis-state', next);
      if (why) html.setAttribute('data-dramatis-reason', why);
      else html.removeAttribute('data-dramatis-reason');
    };
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);

    let marking = 0;
    const mark = async () => {
      if (!root) return;
      const run = ++marking;
      const target = root;
      timed('unmark', () => removeHighlights(target));
      const kinds = new Set((Object.keys(settings.kinds) as EntityKind[]).filter((k) => settings.kinds[k]));
      let sliceStart = 0;
      const count = await highlightArticleSliced(
        target,
        entities,
        { kinds, firstPerParagraph: settings.firstPerParagraph },
        {
          budget: SLICE_BUDGET,
          now: () => {
            const now = performance.now();
            sliceStart ||= now;
            return now;
          },
          yieldToPage: async () => {
            performance.measure('dramatis:mark', { start: sliceStart, end: performance.now() });
            await yieldToPage();
            sliceStart = 0;
          },
          cancelled: () => run !== marking || ctx.isInvalid || state === 'disabled',
        },
      );
      if (sliceStart) performance.measure('dramatis:mark', { start: sliceStart, end: performance.now() });
      if (run === marking) html.setAttribute('data-dramatis-count', String(count));
    };
    const unmark = () => {
      marking++;
      const target = root;
      if (target) timed('unmark', () => removeHighlights(target));
      html.removeAttribute('data-dramatis-count');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };

    const annotate = async () => {
      if (isDisabled(settings, location.href)) return setState('disabled', 'turned-off');
      const verdict = timed('detect', () => detectArticle(document));
      if (!verdict.article) return setState('skipped', verdict.reason);
      root = timed('find-article', () => findArticleRoot(document));
      if (!root) return setState('skipped', 'no-article-body');
      setState('annotating');
      const body = root;
      const text = timed('read-text', () => articleText(body));
      const answer = await send(browser.runtime, 'annotate', { url: location.href, title: document.title, text });
      if (ctx.isInvalid) return;
      if (!answer.ok) return setState('skipped', 'engine-unavailable');
      // Turned off while the engine worked: leave the page alone.
      if (isDisabled(settings, location.href)) return setState('disabled', 'turned-off');
      entities = answer.value.entities;
      byId.clear();
      for (const e of entities) byId.set(e.id, e);
      if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      await mark();
      if (state === 'disabled') return;
      setState('annotated');
      cards ??= setUpCards(ctx, root, byId);
      if (!autoSaved && shouldAutoSave(settings, location.href)) {
        autoSaved = true;
        void saveArticle();
      }
    };

    const saveArticle = async (): Promise<ToContent['saveArticle']['response']> => {
      if (!root || state === 'skipped') return { ok: false, error: 'This page has no article to save.' };
      const saved = await send(browser.runtime, 'save', { url: location.href, title: document.title, text: articleText(root) });
      // Marked again, so names new to the store now link to their profiles.
      if (saved.ok && state === 'annotated') await annotate();
      return saved;
    };

    browser.runtime.onMessage.addListener((message: unknown) => {
      const type = (message as { type?: string })?.type;
      if (type === 'pageEntities') return Promise.resolve({ url: location.href, state, reason, entities: state === 'annotated' ? entities : [] });
      if (type === 'saveArticle') return saveArticle();
      return undefined;
    });

    const unwatch = watchSettings((next) => {
      const before = settings;
      settings = next;
      const off = isDisabled(next, location.href);
      if (off && state !== 'disabled') {
        unmark();
        setState('disabled', 'turned-off');
      } else if (!off && state === 'disabled') {
        void annotate();
      } else if (state === 'annotated' && (JSON.stringify(before.kinds) !== JSON.stringify(next.kinds) || before.firstPerParagraph !== next.firstPerParagraph)) {
        void mark();
      }
    });
    ctx.onInvalidated(() => {
      unwatch();
      unmark();
    });
    await annotate();
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
