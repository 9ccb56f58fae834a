import { backgroundHandlers, storeKeeper } from '@/lib/messaging/background-service';
import { listen, notifyingWrites, STORE_CHANGED, type ToBackground } from '@/lib/messaging/protocol';
import { openProfileStore } from '@/lib/store/profile-store';
import type { CorpusProfile } from '@/lib/shared/types';

export default defineBackground(() => {
  const loadSnapshot = async () => (await (await fetch(browser.runtime.getURL('/seed-snapshot.json'))).json()) as CorpusProfile;
  const getStore = storeKeeper({ openStore: () => openProfileStore(), loadSnapshot });
  // The options and profile pages follow the store: each write is announced to the extension's pages.
  const announce = () => void browser.runtime.sendMessage({ type: STORE_CHANGED }).catch(() => undefined);
  listen<ToBackground>(browser.runtime, notifyingWrites(backgroundHandlers(getStore, loadSnapshot), announce));
  // Fill the store from the bundled snapshot as soon as the extension is installed.
  browser.runtime.onInstalled.addListener(() => void getStore());
});
