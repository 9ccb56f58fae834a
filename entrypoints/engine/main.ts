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
 * Invented text the engine reads as the page opens, so that the reader's first articles do not pay
 * for compromise's first tagging and for the first runs of the engine's functions.
 */
const WARM_UP =
  'Velkograd talks end without a deal\n\n' +
  'VELKOGRAD (Reuters) - Foreign Minister Ana Vidal met Tom Alder, the chief executive of Kalomir Holdings, on Tuesday.\n' +
  '"We agreed on the next steps," Vidal told reporters, according to a statement from the Ministry of Trade.\n' +
  "Ruritania's Prime Minister Ivo Brant, who leads the Progress Party, said the Senate would vote in March. " +
  'Mr Brant spoke after a meeting of the Council of Ministers, and the central bank governor, Lena Marsh, said rates would stay at 4%.';
/**
 * How many times it is read, one task each: V8 compiles a function's optimised code only once it
 * has run hot, and in the page-cost bench the engine took 75–89 ms in the engine page on the first
 * articles after it opened against 47–57 ms on later ones.
 */
const WARM_UPS = 6;
if (offscreen) {
  answerPassedOn(browser.runtime, startBackground({ runtime: browser.runtime }));
  let left = WARM_UPS;
  const warm = () => {
    analyzeDocument(WARM_UP);
    if (--left > 0) setTimeout(warm, 0);
  };
  setTimeout(warm, 0);
} else {
  document.body.textContent = 'This is the hidden page where Dramatis reads articles. It works unseen, so this tab can be closed.';
}
