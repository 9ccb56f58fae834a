import '@/components/extension-page.css';
import { render } from 'preact';
import { Popup, type PopupApi } from '@/components/Popup';
import { readSettings, updateSettings } from '@/components/settings';
import { documentUrl, iconUrl, profileUrl } from '@/components/links';
import { send, type ToContent } from '@/lib/messaging/protocol';

type PageEntities = ToContent['pageEntities']['response'];

const ask = async (tabId: number) => {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'pageEntities', payload: {} })) as PageEntities;
  } catch {
    return null; // no content script there: a browser page, or a site Dramatis does not run on
  }
};

/** The tab the popup is about. */
const findTab = async (): Promise<number | null> => {
  // Opened as a page (in tests and the demo), the popup names its article: ?tab=<url>. Tab URLs
  // need the "tabs" permission, so each tab's content script is asked for its own instead.
  const wanted = new URLSearchParams(location.search).get('tab');
  if (wanted) {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined && (await ask(tab.id))?.url === wanted) return tab.id;
    }
    return null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
};
let tabId: Promise<number | null> | undefined;

const api: PopupApi = {
  async pageEntities() {
    const id = await (tabId ??= findTab());
    return id === null ? null : ask(id);
  },
  async saveArticle() {
    const id = await (tabId ??= findTab());
    if (id === null) return { ok: false, error: 'Dramatis is not running on this page.' };
    try {
      return (await browser.tabs.sendMessage(id, { type: 'saveArticle', payload: {} })) as ToContent['saveArticle']['response'];
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  },
  settings: readSettings,
  updateSettings,
  openOptions: () => void browser.runtime.openOptionsPage(),
  async search(query) {
    const answer = await send(browser.runtime, 'search', { query, limit: 30 });
    return answer.ok ? answer.value : [];
  },
  async profile(entityId, offset, limit, month) {
    const answer = await send(browser.runtime, 'profile', { entityId, offset, limit, month });
    return answer.ok ? answer.value : null;
  },
  async timeline(entityId) {
    const answer = await send(browser.runtime, 'timeline', { entityId });
    return answer.ok ? answer.value : null;
  },
  documentUrl,
  profileUrl,
  iconUrl: iconUrl(),
  async storeError() {
    const answer = await send(browser.runtime, 'health', {});
    return answer.ok ? answer.value.storeError : answer.error;
  },
};

render(<Popup api={api} />, document.getElementById('app')!);
