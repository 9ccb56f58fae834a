/**
 * Chrome's background: a service worker that passes the protocol's messages on to the engine page,
 * where the work runs (lib/messaging/host.ts). Chosen for Chrome builds by package.json's `imports`
 * (`#background-context`), so that the worker's script holds neither the engine nor the store.
 */
import { keptSettings } from '@/components/settings';
import { enginePageKeeper, forwarder, passOn } from '@/lib/messaging/host';
import { gatedReadPage } from '@/lib/messaging/reader-gate';
import type { PageReading } from '@/lib/messaging/protocol';

/** The engine page (entrypoints/engine). */
const ENGINE_PAGE = '/engine.html';

/** Starts the background in this context; `openPage` opens one of the extension's pages in a tab. */
export function startBackgroundContext(openPage: (path: string) => Promise<void>): void {
  const ensurePage = enginePageKeeper({
    isOpen: async () => (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] })).length > 0,
    open: () =>
      chrome.offscreen.createDocument({
        url: ENGINE_PAGE,
        reasons: [chrome.offscreen.Reason.DOM_PARSER],
        justification: "Reads the story out of a page's HTML with Readability and finds its names, with the engine kept loaded between pages.",
      }),
  });
  const forward = forwarder(browser.runtime, ensurePage);
  passOn(browser.runtime, forward, {
    // A page of a site the reader turned off is not passed on (lib/messaging/reader-gate.ts).
    readPage: gatedReadPage((payload) => forward({ type: 'readPage', payload }) as Promise<PageReading>, keptSettings()),
    async openProfile({ entityId }) {
      await openPage(`/profile.html#${encodeURIComponent(entityId)}`);
      return null;
    },
  });
  // Opened as the worker starts (on install, for a page's first message), so that the engine is
  // loaded while the first message is on its way. A listener for the browser's start makes Chrome
  // start the worker then, and so open the page before the reader's first article.
  void ensurePage().catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void ensurePage().catch(() => undefined));
}
