import { backgroundHandlers, storeKeeper } from '@/lib/messaging/background-service';
import { listen, notifyingWrites, STORE_CHANGED, type ToBackground, type ToContent } from '@/lib/messaging/protocol';
import { openProfileStore } from '@/lib/store/profile-store';
import type { CorpusProfile } from '@/lib/shared/types';

/** The keyboard commands of wxt.config.ts, and the direction each moves through a page's names. */
const MOVES: Record<string, ToContent['moveToName']['request']['direction']> = { 'next-name': 'next', 'previous-name': 'previous' };

export default defineBackground(() => {
  const loadSnapshot = async () => (await (await fetch(browser.runtime.getURL('/seed-snapshot.json'))).json()) as CorpusProfile;
  const getStore = storeKeeper({ openStore: () => openProfileStore(), loadSnapshot });
  // The options and profile pages follow the store: each write is announced to the extension's pages.
  const announce = () => void browser.runtime.sendMessage({ type: STORE_CHANGED }).catch(() => undefined);
  const openPage = async (path: string) => void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/profile.html') }));
  listen<ToBackground>(browser.runtime, notifyingWrites(backgroundHandlers(getStore, loadSnapshot, openPage), announce));
  // The worker starts for a message or a command, and nearly every one reads the store: open it now,
  // so that it opens while the rest of the first message is being handled. On install this also
  // fills it from the bundled snapshot. A failure is the first caller's to report (`storeKeeper`).
  void getStore().catch(() => undefined);
  // A command goes to the page it was given on: its content script moves through the names.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = MOVES[command];
    if (direction && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'moveToName', payload: { direction } }).catch(() => undefined);
  });
});
