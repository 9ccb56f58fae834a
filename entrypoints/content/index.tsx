import './card.css';
import { readSettings, watchSettings } from '@/components/settings';
import { setUpCards, type Cards } from './cards';
import { watchArticle, type ArticleWatch } from './article-watch';
import { ArticleMarks } from '@/lib/page/article-marks';
import { blockText, marksFound, marksInBlock, planMarks, type ArticleBlock, type FormMatch, type MarkPlan } from '@/lib/page/highlight';
import { siteNameOf } from '@/lib/page/site-name';
import { titleSuffixSource } from '@/lib/shared/source-name';
import { MARK_CSS } from '@/lib/page/mark-styles';
import { send, type PageEntity, type PageReading, type ToContent } from '@/lib/messaging/protocol';
import { firstLook } from '@/lib/page/news-detect';
import { paragraphPieces, writePageSource } from '@/lib/page/page-source';
import { canPaint, HighlightPainter } from '@/lib/page/paint';
import type { Slicing } from '@/lib/page/slicing';
import { DEFAULT_SETTINGS, isDisabled, shouldAutoSave } from '@/lib/shared/settings';
import type { EntityKind } from '@/lib/shared/types';

/** Main-thread time one slice of work may take before it yields to the page, in ms. */
const SLICE_BUDGET = 8;
/** How long the page must be quiet before new text is read, in ms. */
const SETTLE = 300;
/** A page that is not (yet) an article is looked at again this many times as its content arrives. */
const RECHECKS = 20;
/** Added text shorter than this is not worth a new look: a counter, a timestamp. */
const MIN_NEW_TEXT = 40;

type State = 'pending' | 'annotating' | 'annotated' | 'skipped' | 'disabled';
/** How the reader marks names, as the page asked the background to find them. */
interface Marking {
  kinds: EntityKind[];
  firstPerParagraph: boolean;
}

/** Whether this frame is where the reader reads: the top frame, or a frame filling most of the window. */
function mainFrame(): boolean {
  if (window.top === window) return true;
  return window.innerWidth * window.innerHeight >= 0.5 * window.outerWidth * window.outerHeight;
}

/**
 * Runs a synchronous step and records its main-thread time as a User Timing measure
 * ("dramatis:first-look"…), which the benchmarks read from the page's performance timeline.
 */
function timed<T>(name: string, step: () => T): T {
  const start = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`dramatis:${name}`, { start, end: performance.now() });
  }
}

/** Slicing whose every slice is recorded as a User Timing measure under the step's name; `finish` records the last. */
function timedSlicing(name: string, cancelled: () => boolean): { slicing: Slicing; finish: () => void } {
  let sliceStart = 0;
  const measure = () => sliceStart && performance.measure(`dramatis:${name}`, { start: sliceStart, end: performance.now() });
  return {
    slicing: {
      budget: SLICE_BUDGET,
      now: () => {
        const now = performance.now();
        sliceStart ||= now;
        return now;
      },
      yieldToPage: async () => {
        measure();
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = 0;
      },
      cancelled,
    },
    finish: measure,
  };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Loaded before the page is parsed, so that the script is ready, and the reader's settings asked for, when
  // the page's HTML is in: injected at document_end, the script itself arrived 5 to 95 ms after
  // DOMContentLoaded (measured in the page-cost bench's 800-word article). Its work waits for the
  // parsed page; content that scripts add later is read as it arrives.
  runAt: 'document_start',
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const reading = readSettings();
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    // Then a task of its own: resumed straight from DOMContentLoaded, the work below would run inside
    // the parser's last task, where Chromium lays the whole page out (34 ms for the bench's 800-word
    // article, Document::FinishedParsing in a trace), and together they made a long task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Frames are left alone (ads, embeds, comments), unless the article itself lives in one.
    if (!mainFrame()) return;
    const html = document.documentElement;
    const view = document.defaultView;
    // The settings arrive while the page is read: until then the defaults stand in, and the
    // background, which keeps the reader's switch too, answers "turned-off" for a page turned off
    // (lib/messaging/reader-gate.ts). A change the reader makes meanwhile wins over the first read.
    let settings = DEFAULT_SETTINGS;
    let changedMeanwhile = false;
    const settingsRead = reading
      .then((read) => {
        if (!changedMeanwhile) settings = read;
      })
      // Storage unreadable: the defaults stand, and the background's switch still holds.
      .catch(() => undefined);
    let state: State = 'pending';
    let reason: string | null = null;
    let title = document.title;
    let entities: PageEntity[] = [];
    const byId = new Map<string, PageEntity>();
    let cards: Promise<Cards> | undefined;
    let watch: ArticleWatch | undefined;
    let autoSaved = false;
    let run = 0;

    const setState = (next: State, why: string | null = null) => {
      state = next;
      reason = why;
      html.setAttribute('data-dramatis-state', next);
      if (why) html.setAttribute('data-dramatis-reason', why);
      else html.removeAttribute('data-dramatis-reason');
    };
    if (!canPaint(view)) return setState('skipped', 'no-highlight-api');
    const painter = new HighlightPainter(view);
    const marks = new ArticleMarks(painter);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(MARK_CSS);

    const kindsOn = () => new Set((Object.keys(settings.kinds) as EntityKind[]).filter((k) => settings.kinds[k]));
    const plan = () => planMarks(entities, { kinds: kindsOn(), firstPerParagraph: settings.firstPerParagraph });
    const showCount = () => html.setAttribute('data-dramatis-count', String(marks.count));
    const useEntities = (next: PageEntity[]) => {
      entities = next;
      byId.clear();
      for (const e of entities) byId.set(e.id, e);
    };
    /** New names from text the page added, merged into the page's entities. */
    const learn = (found: PageEntity[]) => {
      for (const entity of found) {
        const known = byId.get(entity.id) ?? entities.find((e) => entity.forms.every((f) => e.forms.includes(f)));
        if (known) known.forms = [...new Set([...known.forms, ...entity.forms])].sort((a, b) => b.length - a.length);
        else {
          entities.push(entity);
          byId.set(entity.id, entity);
        }
      }
    };

    /** Marks every paragraph again (new names, new settings), in slices. */
    const markAll = async (find: Parameters<ArticleMarks['markAll']>[0] = plan()) => {
      const { slicing, finish } = timedSlicing('mark', () => ctx.isInvalid || state === 'disabled');
      await marks.markAll(find, slicing);
      finish();
      showCount();
    };
    /**
     * The first marks of a page read: the names the background found in each paragraph, made into
     * ranges. A paragraph the page changed since it was written is searched again here; and every
     * paragraph is where the reader changed how names are marked since the page was sent (the
     * settings arrive while the page is read: the defaults stand in until then).
     */
    const markFound = (reading: Extract<PageReading, { article: true }>, mapped: readonly ArticleBlock[], asked: Marking) => {
      const now = kindsOn();
      if (now.size !== asked.kinds.length || asked.kinds.some((kind) => !now.has(kind)) || asked.firstPerParagraph !== settings.firstPerParagraph)
        return markAll();
      const found = new Map<ArticleBlock, { matches: FormMatch[]; length: number }>();
      mapped.forEach((block, index) => found.set(block, { matches: [], length: reading.blockLengths[index] ?? -1 }));
      for (const [index, start, end, entity] of reading.names) {
        const target = entities[entity];
        if (target) found.get(mapped[index]!)?.matches.push({ start, end, target });
      }
      let fallback: { plan: MarkPlan | null } | undefined;
      return markAll((block) => {
        const { matches, length } = found.get(block) ?? { matches: [], length: -1 };
        const marked = marksFound(block, matches, length);
        if (marked) return marked;
        fallback ??= { plan: plan() };
        return fallback.plan ? marksInBlock(block, fallback.plan) : [];
      });
    };
    const unmark = () => {
      run++;
      watch?.stop();
      watch = undefined;
      void cards?.then((c) => c.close());
      timed('unmark', () => marks.clear());
      html.removeAttribute('data-dramatis-count');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };

    /** Paragraphs the page added or changed: new names are read, then the paragraphs marked. */
    const readChanges = async (blocks: ArticleBlock[]) => {
      const added = blocks.map(blockText).join('\n\n');
      if (added.trim().length >= MIN_NEW_TEXT) {
        const answer = await send(browser.runtime, 'annotate', { url: location.href, title, text: added });
        if (ctx.isInvalid || state !== 'annotated') return;
        if (answer.ok) learn(answer.value.entities);
      }
      const p = plan();
      timed('mark', () => blocks.forEach((block) => marks.mark(block, p)));
      showCount();
    };

    // A page that is not an article yet may become one: client-rendered articles, paywall reveals.
    // It is watched from the moment it is read, as content may arrive while the background reads it.
    let rechecks = 0;
    let recheckTimer = 0;
    const scheduleRecheck = () => {
      window.clearTimeout(recheckTimer);
      recheckTimer = ctx.setTimeout(() => {
        if (state === 'annotating') return scheduleRecheck();
        if (state !== 'skipped' || ++rechecks > RECHECKS) return pageObserver.disconnect();
        void annotate();
      }, SETTLE);
    };
    const pageObserver = new MutationObserver((records) => {
      const text = records.reduce((n, r) => n + [...r.addedNodes].reduce((m, node) => m + (node.textContent?.length ?? 0), 0), 0);
      if (text >= MIN_NEW_TEXT) scheduleRecheck();
    });
    const watchForArticle = () => {
      if (rechecks < RECHECKS && document.body) pageObserver.observe(document.body, { childList: true, subtree: true });
    };
    const skip = (why: string) => setState('skipped', why);

    const annotate = async () => {
      const current = ++run;
      const stale = () => current !== run || ctx.isInvalid || state === 'disabled';
      if (isDisabled(settings, location.href)) return setState('disabled', 'turned-off');
      watchForArticle();
      const look = timed('first-look', () => firstLook(document));
      if (!look.read) return skip(look.reason);
      setState('annotating');
      const writing = timedSlicing('write-page', stale);
      // Written at once where the page fits in one slice: no await, so nothing else runs inside the measure.
      const written = writePageSource(document, writing.slicing);
      const source = written instanceof Promise ? await written : written;
      writing.finish();
      if (!source || stale()) return;
      const url = location.href;
      const marking: Marking = { kinds: [...kindsOn()], firstPerParagraph: settings.firstPerParagraph };
      const answer = await send(browser.runtime, 'readPage', { url, html: source.html, ...marking });
      await settingsRead;
      if (stale() || url !== location.href) return;
      if (!answer.ok) return skip('engine-unavailable');
      // Turned off, before the page was sent or while the background read: leave the page alone.
      if (isDisabled(settings, location.href) || (!answer.value.article && answer.value.reason === 'turned-off')) return setState('disabled', 'turned-off');
      if (!answer.value.article) return skip(answer.value.reason);
      pageObserver.disconnect();
      const reading = answer.value;
      title = reading.title;
      useEntities(reading.entities);
      const mapped: ArticleBlock[] = timed('map', () => reading.blocks.map((ranges) => ({ pieces: paragraphPieces(source, ranges) })));
      const blocks = mapped.filter((b) => b.pieces.length);
      marks.clear();
      marks.add(blocks);
      if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      await markFound(reading, mapped, marking);
      if (stale()) return;
      watch?.stop();
      watch = watchArticle(ctx, marks, blocks, SETTLE, (changed) => void (state === 'annotated' && readChanges(changed)));
      setState('annotated');
      cards ??= setUpCards(ctx, { byId, marks, painter });
      if (!autoSaved && shouldAutoSave(settings, location.href)) {
        autoSaved = true;
        void saveArticle();
      }
    };

    const saveArticle = async (): Promise<ToContent['saveArticle']['response']> => {
      if (state !== 'annotated') return { ok: false, error: 'This page has no article to save.' };
      // The page's canonical address where it names one on its own site: the same story from two links is one document.
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      const url = canonical && URL.canParse(canonical) && new URL(canonical).origin === location.origin ? canonical : location.href;
      const text = marks.blocks.map(blockText).filter(Boolean).join('\n\n');
      const saved = await send(browser.runtime, 'save', { url, title, text, siteName: siteNameOf(document) ?? titleSuffixSource(document.title) });
      // Marked again with the entities the save answers with, so names new to the store now link to
      // their profiles, without reading the article a second time.
      if (saved.ok && state === 'annotated') {
        useEntities(saved.value.pageEntities);
        await markAll();
      }
      return saved;
    };

    // The page goes to the background first; what listens for later changes is set up while the
    // background reads it. (Nothing is missed meanwhile: the events it waits for come in later tasks.)
    // Set up first, the listeners delayed the page's way to the background by some 4 ms of script,
    // WXT's navigation watcher most of it (`navigation`, made on first use).
    const firstRead = annotate();

    browser.runtime.onMessage.addListener((message: unknown) => {
      const { type, payload } = (message ?? {}) as { type?: string; payload?: unknown };
      if (type === 'pageEntities') return Promise.resolve({ url: location.href, state, reason, entities: state === 'annotated' ? entities : [] });
      if (type === 'saveArticle') return saveArticle();
      if (type === 'moveToName' && state === 'annotated' && cards) {
        const { direction } = payload as ToContent['moveToName']['request'];
        return cards.then((c) => (c.move(direction), null));
      }
      return undefined;
    });

    const unwatch = watchSettings((next) => {
      const before = settings;
      settings = next;
      changedMeanwhile = true;
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
        void markAll();
      }
    });

    // Single-page navigation: the old article's marks go, and the new page is read afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      unmark();
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
    await firstRead;
  },
});
