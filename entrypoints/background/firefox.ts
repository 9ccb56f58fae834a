/**
 * Firefox's background: a page, where the work runs itself. Chosen for Firefox builds by
 * package.json's `imports` (`#background-context`; wxt.config.ts adds the `firefox` condition).
 */
import { listen, type ToBackground } from '@/lib/messaging/protocol';
import { startBackground } from '@/lib/messaging/serve';

/** Starts the background in this context; `openPage` opens one of the extension's pages in a tab. */
export function startBackgroundContext(openPage: (path: string) => Promise<void>): void {
  listen<ToBackground>(browser.runtime, startBackground({ runtime: browser.runtime, openPage }));
}
