import '@/components/extension-page.css';
import { render } from 'preact';
import { Options, type OptionsApi } from '@/components/Options';
import { readSettings, updateSettings } from '@/components/settings';
import { documentHref } from '@/lib/document-links';
import { send, STORE_CHANGED } from '@/lib/messages';

const api: OptionsApi = {
  settings: readSettings,
  updateSettings,
  status: () => send(browser.runtime, 'status', {}),
  documents: (query, offset, limit) => send(browser.runtime, 'documents', { query, offset, limit }),
  removeDocument: (documentId) => send(browser.runtime, 'removeDocument', { documentId }),
  stageImport: (importId, name, title, text) => send(browser.runtime, 'stageImport', { importId, name, title, text }),
  commitImport: (importId) => send(browser.runtime, 'commitImport', { importId }),
  dropImport: (importId) => send(browser.runtime, 'dropImport', { importId }),
  restore: (data) => send(browser.runtime, 'restore', { data }),
  exportStore: () => send(browser.runtime, 'exportStore', {}),
  reset: (builtIn) => send(browser.runtime, 'reset', { builtIn }),
  onStoreChanged(listener) {
    const onMessage = (message: unknown) => {
      if ((message as { type?: string })?.type === STORE_CHANGED) listener();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
  documentUrl: (documentId, path) => documentHref(documentId, path, (id) => browser.runtime.getURL(`/reader.html#${encodeURIComponent(id)}`)),
};

render(<Options api={api} />, document.getElementById('app')!);
