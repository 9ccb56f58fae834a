import { startBackgroundContext } from '#background-context';
import type { ToContent } from '@/lib/messaging/protocol';

/** The keyboard commands of wxt.config.ts, and the direction each moves through a page's names. */
const MOVES: Record<string, ToContent['moveToName']['request']['direction']> = { 'next-name': 'next', 'previous-name': 'previous' };

export default defineBackground(() => {
  // Firefox does the work here; Chrome's worker passes it on to the engine page (lib/messaging/host.ts).
  startBackgroundContext(async (path) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/profile.html') })));
  // A command goes to the page it was given on: its content script moves through the names.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = MOVES[command];
    if (direction && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'moveToName', payload: { direction } }).catch(() => undefined);
  });
});
