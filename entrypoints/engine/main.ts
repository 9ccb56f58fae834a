/**
 * The engine page: Chrome's offscreen document, where the engine, Readability and the store do the
 * background's work while the service worker is stopped and started (lib/messaging/host.ts).
 */
import { analyzeDocument } from '@/lib/engine/document-analysis';
import { answerPassedOn } from '@/lib/messaging/host';
import { startBackground } from '@/lib/messaging/serve';

answerPassedOn(browser.runtime, startBackground({ runtime: browser.runtime }));

/**
 * Invented text the engine reads once as the page opens, so that the reader's first article does
 * not pay for compromise's first tagging and for the first run of every function of the engine.
 */
const WARM_UP =
  'VELKOGRAD (Reuters) - Foreign Minister Ana Vidal met Tom Alder, the chief executive of Kalomir Holdings, on Tuesday.\n' +
  '"We agreed on the next steps," Vidal told reporters, according to a statement from the Ministry of Trade.';
setTimeout(() => analyzeDocument(WARM_UP), 0);
