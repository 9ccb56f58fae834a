import './card.css';
import { readSettings, watchSettings } from '@/components/settings';
import { setUpCards } from './cards';
import { articleText, findArticleRoot } from '@/lib/page/article-root';
import { siteNameOf } from '@/lib/page/site-name';
import { highlightArticleSliced, MARK_TAG, removeHighlights } from '@/lib/page/highlight';
import { MARK_CSS } from '@/lib/page/mark-styles';
import { send, type PageEntity, type ToContent } from '@/lib/messaging/protocol';
import { detectArticle } from '@/lib/page/news-detect';
import { isDisabled, shouldAutoSave } from '@/lib/shared/settings';
import type { EntityKind } from '@/lib/shared/types';

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

/** How long the page must be quiet before new text is read, in ms. */
const SETTLE = 300;
/** A page that is not (yet) an article is looked at again this many times as its content arrives. */
const RECHECKS = 20;
/** Added text shorter than this is not worth a new look: a counter, a timestamp. */
const MIN_NEW_TEXT = 40;

/** Whether this frame is where the reader reads: the top frame, or a frame filling most of the window. */
function mainFrame(): boolean {
  if (window.top === window) return true;
  return window.innerWidth * window.innerHeight >= 0.5 * window.outerWidth * window.outerHeight;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Frames are left alone (ads, embeds, comments), unless the article itself lives in one.
    if (!mainFrame()) return;
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

    // Changes the page makes to the article are read again, a batch at a time. Our own marks are
    // dropped from the record as they are made, so they never come back as changes.
    let pending: Node[] = [];
    let settleTimer = 0;
    const articleObserver = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (!(node instanceof Element && node.tagName === MARK_TAG.toUpperCase())) pending.push(node);
        if (record.type === 'characterData') pending.push(record.target);
      }
      if (!pending.length) return;
      window.clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(() => void readChanges(), SETTLE);
    });
    const dropOwnRecords = () => void articleObserver.takeRecords();

    let marking = 0;
    const kindsOn = () => new Set((Object.keys(settings.kinds) as EntityKind[]).filter((k) => settings.kinds[k]));
    /** Marks the article, or only the given nodes of it, in slices that yield to the page. */
    const mark = async (within?: Node[]) => {
      if (!root) return;
      const run = ++marking;
      const target = root;
      if (!within) {
        timed('unmark', () => removeHighlights(target));
        dropOwnRecords();
      }
      let sliceStart = 0;
      const count = await highlightArticleSliced(
        target,
        entities,
        { kinds: kindsOn(), firstPerParagraph: settings.firstPerParagraph, within },
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
          afterSlice: dropOwnRecords,
          cancelled: () => (!within && run !== marking) || ctx.isInvalid || state === 'disabled',
        },
      );
      if (sliceStart) performance.measure('dramatis:mark', { start: sliceStart, end: performance.now() });
      if (run === marking || within) html.setAttribute('data-dramatis-count', String(target.getElementsByTagName(MARK_TAG).length));
      return count;
    };
    const unmark = () => {
      marking++;
      articleObserver.disconnect();
      pending = [];
      const target = root;
      if (target) timed('unmark', () => removeHighlights(target));
      html.removeAttribute('data-dramatis-count');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };

    /** New names from text the page added, merged into the page's entities. */
    const learn = (found: PageEntity[]) => {
      for (const entity of found) {
        const known = byId.get(entity.id) ?? entities.find((e) => entity.forms.every((f) => e.forms.includes(f)));
        if (known) {
          known.forms = [...new Set([...known.forms, ...entity.forms])].sort((a, b) => b.length - a.length);
          continue;
        }
        entities.push(entity);
        byId.set(entity.id, entity);
      }
    };

    const readChanges = async () => {
      const nodes = pending.filter((n) => n.isConnected && root?.contains(n));
      pending = [];
      if (!root || state !== 'annotated' || !nodes.length) return;
      const added = timed('read-changes', () => nodes.map((n) => (n.nodeType === 1 ? articleText(n as Element) : (n.textContent ?? ''))).join('\n\n'));
      if (added.trim().length < MIN_NEW_TEXT && !entities.length) return;
      const answer = await send(browser.runtime, 'annotate', { url: location.href, title: document.title, text: added });
      if (ctx.isInvalid || state !== 'annotated') return;
      if (answer.ok) learn(answer.value.entities);
      await mark(nodes);
    };

    // A page that is not an article yet may become one: client-rendered articles, paywall reveals.
    let rechecks = 0;
    let recheckTimer = 0;
    const pageObserver = new MutationObserver((records) => {
      const text = records.reduce((n, r) => n + [...r.addedNodes].reduce((m, node) => m + (node.textContent?.length ?? 0), 0), 0);
      if (text < MIN_NEW_TEXT) return;
      window.clearTimeout(recheckTimer);
      recheckTimer = ctx.setTimeout(() => {
        if (state !== 'skipped' || ++rechecks > RECHECKS) return pageObserver.disconnect();
        void annotate();
      }, SETTLE);
    });
    const watchForArticle = () => {
      if (rechecks < RECHECKS && document.body) pageObserver.observe(document.body, { childList: true, subtree: true });
    };

    const annotate = async () => {
      if (isDisabled(settings, location.href)) return setState('disabled', 'turned-off');
      const verdict = timed('detect', () => detectArticle(document));
      if (!verdict.article) {
        setState('skipped', verdict.reason);
        return watchForArticle();
      }
      const found = timed('find-article', () => findArticleRoot(document));
      if (!found) {
        setState('skipped', 'no-article-body');
        return watchForArticle();
      }
      pageObserver.disconnect();
      root = found;
      setState('annotating');
      const body = found;
      const text = timed('read-text', () => articleText(body));
      const url = location.href;
      const answer = await send(browser.runtime, 'annotate', { url, title: document.title, text });
      if (ctx.isInvalid || url !== location.href) return;
      if (!answer.ok) return setState('skipped', 'engine-unavailable');
      // Turned off while the engine worked: leave the page alone.
      if (isDisabled(settings, location.href)) return setState('disabled', 'turned-off');
      useEntities(answer.value.entities);
      if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      articleObserver.disconnect();
      articleObserver.observe(found, { childList: true, subtree: true, characterData: true });
      await mark();
      if (state === 'disabled' || ctx.isInvalid) return;
      setState('annotated');
      cards ??= setUpCards(ctx, byId);
      if (!autoSaved && shouldAutoSave(settings, location.href)) {
        autoSaved = true;
        void saveArticle();
      }
    };

    const useEntities = (next: PageEntity[]) => {
      entities = next;
      byId.clear();
      for (const e of entities) byId.set(e.id, e);
    };

    const saveArticle = async (): Promise<ToContent['saveArticle']['response']> => {
      if (!root || state === 'skipped') return { ok: false, error: 'This page has no article to save.' };
      // The page's canonical address where it names one on its own site: the same story from two links is one document.
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      const url = canonical && URL.canParse(canonical) && new URL(canonical).origin === location.origin ? canonical : location.href;
      const saved = await send(browser.runtime, 'save', { url, title: document.title, text: articleText(root), siteName: siteNameOf(document) });
      // Marked again with the entities the save answers with, so names new to the store now link to
      // their profiles, without reading the article a second time.
      if (saved.ok && state === 'annotated') {
        useEntities(saved.value.pageEntities);
        await mark();
      }
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
      } else if (
        state === 'annotated' &&
        (JSON.stringify(before.kinds) !== JSON.stringify(next.kinds) || before.firstPerParagraph !== next.firstPerParagraph)
      ) {
        void mark();
      }
    });

    // Single-page navigation: the old article's marks go, and the new page is read afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      unmark();
      root = null;
      entities = [];
      byId.clear();
      autoSaved = false;
      rechecks = 0;
      setState('pending');
      ctx.setTimeout(() => void annotate(), SETTLE);
    });

    ctx.onInvalidated(() => {
      unwatch();
      pageObserver.disconnect();
      unmark();
    });
    await annotate();
  },
});
