import { backgroundHandlers, storeKeeper } from '@/lib/background-service';
import { listen, type ToBackground } from '@/lib/messages';
import { openProfileStore } from '@/lib/profile-store';
import type { CorpusProfile } from '@/lib/types';

export default defineBackground(() => {
  const loadSnapshot = async () => (await (await fetch(browser.runtime.getURL('/seed-snapshot.json'))).json()) as CorpusProfile;
  const getStore = storeKeeper({ openStore: () => openProfileStore(), loadSnapshot });
  listen<ToBackground>(browser.runtime, backgroundHandlers(getStore, loadSnapshot));
  // Fill the store from the bundled snapshot as soon as the extension is installed.
  browser.runtime.onInstalled.addListener(() => void getStore());
});
