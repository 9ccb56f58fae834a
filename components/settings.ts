/**
 * The reader's settings in the extension's storage (`storage.local`, key "settings"): one item, read
 * and watched the same way by the page, the popup and the options page. The rules live in
 * lib/settings. It goes through the browser's storage API directly: the content script runs on every
 * page, and a storage library would weigh more than the rest of its code.
 */
import { normalizeSettings, type Settings } from '@/lib/shared/settings';

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY)) as Record<string, Partial<Settings> | undefined>;
  return normalizeSettings(stored[KEY]);
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await readSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normalizeSettings(changes[KEY]!.newValue as Partial<Settings> | undefined));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * The reader's settings, read once and then kept current by storage's change events: for the
 * background, which checks them for every page it is sent (lib/messaging/reader-gate.ts).
 * Returns a function that resolves to the current settings.
 */
export function keptSettings(): () => Promise<Settings> {
  let current = readSettings();
  watchSettings((next) => (current = Promise.resolve(next)));
  return () => current;
}
