/**
 * The reader's switch where pages' text arrives. The content script sends a page as soon as it has
 * written it out, without waiting for its own read of the settings: at document_start, storage
 * answered the content script 12 to 21 ms after DOMContentLoaded in most loads of the page-cost
 * bench's 800-word article, a fifth of the 100 ms the page may take. So the background keeps the
 * settings in memory and holds the switch: a page of a site or an address the reader turned off is
 * answered `TURNED_OFF`, its HTML unread.
 */
import type { Handlers, PageReading, ToBackground } from './protocol';
import { isDisabled, type Settings } from '../shared/settings';

/** The answer for a page the reader turned off: it was not read. */
export const TURNED_OFF: PageReading = { article: false, reason: 'turned-off', signals: [] };

type ReadPage = Handlers<ToBackground>['readPage'];

/**
 * `read` behind the reader's switch: the page is read only where `settings()` (the reader's current
 * settings; see `keptSettings` in components/settings.ts) leaves its address on. Rejects as `read` does.
 */
export function gatedReadPage(read: ReadPage, settings: () => Promise<Settings>): ReadPage {
  return async (payload, sender) => (isDisabled(await settings(), payload.url) ? TURNED_OFF : read(payload, sender));
}
