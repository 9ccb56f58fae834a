import '@/components/extension-page.css';
import { render } from 'preact';
import { Popup, type PopupApi } from '@/components/Popup';
import { documentHref } from '@/lib/document-links';
import { send, type ToContent } from '@/lib/messages';

type PageEntities = ToContent['pageEntities']['response'];

const api: PopupApi = {
  async pageEntities() {
    // Opened as a page (in tests and the demo), the popup names its tab in the query: ?tab=<url>.
    const wanted = new URLSearchParams(location.search).get('tab');
    const tabs = wanted ? (await browser.tabs.query({})).filter((t) => t.url === wanted) : await browser.tabs.query({ active: true, currentWindow: true });
    const tab = tabs[0];
    if (tab?.id === undefined) return null;
    try {
      return (await browser.tabs.sendMessage(tab.id, { type: 'pageEntities', payload: {} })) as PageEntities;
    } catch {
      return null;
    }
  },
  async search(query) {
    const answer = await send(browser.runtime, 'search', { query, limit: 30 });
    return answer.ok ? answer.value : [];
  },
  async profile(entityId, offset, limit) {
    const answer = await send(browser.runtime, 'profile', { entityId, offset, limit });
    return answer.ok ? answer.value : null;
  },
  documentUrl: (documentId, path) => documentHref(documentId, path, (id) => browser.runtime.getURL(`/reader.html#${encodeURIComponent(id)}`)),
  async storeError() {
    const answer = await send(browser.runtime, 'status', {});
    return answer.ok ? answer.value.storeError : answer.error;
  },
};

render(<Popup api={api} />, document.getElementById('app')!);
