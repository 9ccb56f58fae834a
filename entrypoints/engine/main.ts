/**
 * The engine page: Chrome's offscreen document, where the engine, Readability and the store do the
 * background's work while the service worker is stopped and started (lib/messaging/host.ts).
 */
import { analyzeDocument } from '@/lib/engine/document-analysis';
import { answerPassedOn } from '@/lib/messaging/host';
import { startBackground } from '@/lib/messaging/serve';

/**
 * Whether this is the offscreen document: there, `runtime` is the only extension API (Chrome's
 * offscreen reference). Opened in a tab by hand, the page would answer every message a second time.
 */
const offscreen = typeof chrome.tabs === 'undefined';

/**
 * Invented text the engine reads once as the page opens, so that the reader's first article does
 * not pay for compromise's first tagging and for the first run of every function of the engine.
 */
const WARM_UP =
  'VELKOGRAD (Reuters) - Foreign Minister Ana Vidal met Tom Alder, the chief executive of Kalomir Holdings, on Tuesday.\n' +
  '"We agreed on the next steps," Vidal told reporters, according to a statement from the Ministry of Trade.';
if (offscreen) {
  answerPassedOn(browser.runtime, startBackground({ runtime: browser.runtime }));
  setTimeout(() => analyzeDocument(WARM_UP), 0);
} else {
  document.body.textContent = 'This is the hidden page where Dramatis reads articles. It works unseen, so this tab can be closed.';
}
