/**
 * The background's work, started in the context that does it: Firefox's background page, or
 * Chrome's engine page (host.ts). It opens the store as it starts, filling it from the bundled
 * snapshot on first install, and tells the extension's pages after every write.
 */
import { backgroundHandlers, storeKeeper } from './background-service';
import { notifyingWrites, STORE_CHANGED, type Handlers, type ToBackground } from './protocol';
import { openProfileStore } from '../store/profile-store';
import type { CorpusProfile } from '../shared/types';

export interface ServeDeps {
  runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<unknown> };
  /** Opens one of the extension's pages ("/profile.html#id") in a tab, where this context may. */
  openPage?: (path: string) => Promise<void>;
}

/** The handlers of every message of the protocol, with the store opening already under way. */
export function startBackground({ runtime, openPage }: ServeDeps): Handlers<ToBackground> {
  const loadSnapshot = async () => (await (await fetch(runtime.getURL('/seed-snapshot.json'))).json()) as CorpusProfile;
  const getStore = storeKeeper({ openStore: () => openProfileStore(), loadSnapshot });
  // The options and profile pages follow the store: each write is announced to the extension's pages.
  const announce = () => void runtime.sendMessage({ type: STORE_CHANGED }).catch(() => undefined);
  // Nearly every message reads the store: open it now, so that it opens while the first message is
  // being read. On install this also fills it from the bundled snapshot. A failure is the first
  // caller's to report (`storeKeeper`).
  void getStore().catch(() => undefined);
  return notifyingWrites(backgroundHandlers(getStore, loadSnapshot, openPage), announce);
}
