/**
 * Firefox's background: a page, where the work runs itself. Chosen for Firefox builds by
 * package.json's `imports` (`#background-context`; wxt.config.ts adds the `firefox` condition).
 */
import { keptSettings } from '@/components/settings';
import { listen, type ToBackground } from '@/lib/messaging/protocol';
import { gatedReadPage } from '@/lib/messaging/reader-gate';
import { startBackground } from '@/lib/messaging/serve';

/** Starts the background in this context; `openPage` opens one of the extension's pages in a tab. */
export function startBackgroundContext(openPage: (path: string) => Promise<void>): void {
  const handlers = startBackground({ runtime: browser.runtime, openPage });
  // A page of a site the reader turned off is not read (lib/messaging/reader-gate.ts).
  listen<ToBackground>(browser.runtime, { ...handlers, readPage: gatedReadPage(handlers.readPage, keptSettings()) });
}
