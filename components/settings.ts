/**
 * The reader's settings in the extension's storage, through WXT's storage API: one item, read and
 * watched the same way by the page, the popup and the options page. The rules live in lib/settings.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '@/lib/settings';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await readSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}
