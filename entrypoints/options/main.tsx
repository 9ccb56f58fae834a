import '@/components/extension-page.css';
import { render } from 'preact';
import { Options, type OptionsApi } from '@/components/Options';
import { readSettings, updateSettings } from '@/components/settings';
import { documentUrl, profileUrl } from '@/components/links';
import { send, STORE_CHANGED } from '@/lib/messaging/protocol';
import { clearStore, exportFile, restoreFile } from '@/lib/store/export-file';
import { storeCounts, unfinishedRestore } from '@/lib/store/transactions';
import { openStoreDb, type StoreDb } from '@/lib/store/schema';
import type { Result } from '@/lib/shared/types';

async function withStore<T>(use: (db: StoreDb) => Promise<T>): Promise<Result<T>> {
  let db: StoreDb | undefined;
  try {
    db = await openStoreDb();
    return { ok: true, value: await use(db) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

const api: OptionsApi = {
  settings: readSettings,
  updateSettings,
  status: () => send(browser.runtime, 'status', {}),
  documents: (query, offset, limit) => send(browser.runtime, 'documents', { query, offset, limit }),
  removeDocument: (documentId) => send(browser.runtime, 'removeDocument', { documentId }),
  stageImport: (importId, name, title, text, siteName) => send(browser.runtime, 'stageImport', { importId, name, title, text, siteName }),
  commitImport: (importId) => send(browser.runtime, 'commitImport', { importId }),
  dropImport: (importId) => send(browser.runtime, 'dropImport', { importId }),
  // Export, restore and clear read and write the store from this page, in the extension's own origin,
  // a batch at a time: a store of years of reading is larger than a message, or a string, can carry.
  restore: (name, file, onProgress) =>
    withStore(async (db) => {
      const restored = await restoreFile(db, name, file, onProgress);
      if (!restored.ok) throw new Error(restored.error);
      return { ...restored.value, storeError: null };
    }),
  exportStore: (onProgress) => withStore((db) => exportFile(db, onProgress)),
  clear: (onProgress) =>
    withStore(async (db) => {
      await clearStore(db, onProgress);
      return { ...(await storeCounts(db)), storeError: null, unfinishedRestore: await unfinishedRestore(db) };
    }),
  reset: (builtIn) => send(browser.runtime, 'reset', { builtIn }),
  onStoreChanged(listener) {
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === STORE_CHANGED) listener();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  download(name, file) {
    const url = URL.createObjectURL(file);
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    // The browser reads the Blob as it saves it: a large export takes a while.
    setTimeout(() => URL.revokeObjectURL(url), 600_000);
  },
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  documentUrl: (documentId, path) => documentUrl(documentId, path),
  network: (maxNodes) => send(browser.runtime, 'network', { maxNodes }),
  profileUrl,
};

render(<Options api={api} />, document.getElementById('app')!);
