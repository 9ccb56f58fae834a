import '@/components/extension-page.css';
import { render } from 'preact';
import { Popup, type PopupApi } from '@/components/Popup';
import { documentHref } from '@/lib/document-links';
import { send, type ToContent } from '@/lib/messages';

type PageEntities = ToContent['pageEntities']['response'];

const api: PopupApi = {
  async pageEntities() {
    const ask = async (tabId: number) => {
      try {
        return (await browser.tabs.sendMessage(tabId, { type: 'pageEntities', payload: {} })) as PageEntities;
      } catch {
        return null; // no content script there: a browser page, or a site Dramatis does not run on
      }
    };
    // Opened as a page (in tests and the demo), the popup names its article: ?tab=<url>. Tab URLs
    // need the "tabs" permission, so each tab's content script is asked for its own instead.
    const wanted = new URLSearchParams(location.search).get('tab');
    if (wanted) {
      for (const tab of await browser.tabs.query({})) {
        const answer = tab.id === undefined ? null : await ask(tab.id);
        if (answer?.url === wanted) return answer;
      }
      return null;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : ask(tab.id);
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
