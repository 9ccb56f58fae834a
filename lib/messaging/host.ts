/**
 * Where the background's work runs. In Firefox it runs in the background page itself. In Chrome a
 * Manifest V3 service worker is stopped after 30 s without events and started again, cold, for the
 * next page; so the work (the engine, Readability and the store) runs in the engine page instead, a
 * hidden extension page (`chrome.offscreen`, reason `DOM_PARSER`: it reads pages' HTML) that stays
 * open while the worker comes and goes. The worker answers what only it can (opening a tab) and
 * passes every other message of the protocol on, unchanged, with its answer back.
 *
 * Sources: Chrome's offscreen API reference (developer.chrome.com/docs/extensions/reference/api/offscreen:
 * one offscreen document per extension, open until closed, except for audio, which closes after
 * 30 s of silence) and the service-worker lifecycle (developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle).
 */
import { BACKGROUND_MESSAGES, listen, type Handlers, type MessageOf, type RuntimeLike, type ToBackground } from './protocol';
import type { Result } from '../shared/types';

/** The message that carries one of the protocol's messages from the worker to the engine page. */
export const PASSED_ON = 'dramatisPassedOn';

/** What the worker sends the engine page: a message of the protocol, as the worker received it. */
export interface ToEnginePage {
  [PASSED_ON]: { request: { message: MessageOf<ToBackground> }; response: unknown };
}

/** The part of `chrome.offscreen` and `chrome.runtime.getContexts` the worker needs. */
export interface EnginePageApi {
  /** Whether the engine page is open. */
  isOpen(): Promise<boolean>;
  /** Opens it; resolves once its script has run. Rejects if one is open already. */
  open(): Promise<void>;
}

/**
 * Keeps the engine page open: the returned function resolves once it is, opening it if it is not.
 * Calls that overlap share one opening, since a second `createDocument` would fail. Once the page
 * is known open, later calls trust that without asking Chrome again (`runtime.getContexts`, a round
 * trip to the browser process on every page's way to the engine); `fresh` asks again, for a
 * message that found no page (`forwarder`).
 */
export function enginePageKeeper(api: EnginePageApi): (fresh?: boolean) => Promise<void> {
  let opening: Promise<void> | undefined;
  let open = false;
  return async (fresh = false) => {
    if (open && !fresh) return;
    open = false;
    if (!opening && (await api.isOpen())) {
      open = true;
      return;
    }
    opening ??= api
      .open()
      // Opened meanwhile by an earlier worker whose call had not finished: it is open, as wanted.
      .catch(async (error: unknown) => {
        if (!(await api.isOpen())) throw error;
      })
      .finally(() => (opening = undefined));
    await opening;
    open = true;
  };
}

/**
 * The worker's way to the engine page: sends a message of the protocol there, opened first if need
 * be, and resolves to the page's answer. A page that closed since it was last known open is
 * opened again and the message, which no page received, sent once more. Rejects with the page's
 * error where it answered `{ ok: false, error }`, and with "the engine page did not answer" where
 * the message sent again found no page either.
 */
export function forwarder(runtime: RuntimeLike, ensurePage: (fresh?: boolean) => Promise<void>): (message: MessageOf<ToBackground>) => Promise<unknown> {
  const toPage = async (message: MessageOf<ToBackground>, fresh = false) => {
    await ensurePage(fresh);
    return runtime.sendMessage({ type: PASSED_ON, payload: { message } });
  };
  return async (message) => {
    // A message no engine page took (none is open, or only the reader's extension pages heard it,
    // which answer nothing) is sent once more, the page found or opened afresh. One that reached it
    // and failed there is not: it may have been acted on.
    const answer = ((await toPage(message).catch((error: unknown) => {
      if (!/Receiving end does not exist|message port closed/.test(String(error))) throw error;
      return undefined;
    })) ?? (await toPage(message, true))) as Result<unknown> | undefined;
    if (!answer) throw new Error('the engine page did not answer');
    if (!answer.ok) throw new Error(answer.error);
    return answer.value;
  };
}

/**
 * The worker's side. Messages of the protocol with a handler in `local` are answered here; every
 * other one is passed on to the engine page by `forward` (`forwarder`), and answered with what the
 * page answered. `listen` checks the sender and turns errors into `{ ok: false, error }`.
 */
export function passOn(runtime: RuntimeLike, forward: (message: MessageOf<ToBackground>) => Promise<unknown>, local: Partial<Handlers<ToBackground>>): void {
  const handlers = Object.fromEntries(
    BACKGROUND_MESSAGES.map((type) => [type, local[type] ?? ((payload: unknown) => forward({ type, payload } as MessageOf<ToBackground>))]),
  );
  listen(runtime, handlers as Handlers<ToBackground>);
}

/** The engine page's side: answers what the worker passes on with the background's handlers. */
export function answerPassedOn(runtime: RuntimeLike, handlers: Handlers<ToBackground>): void {
  listen<ToEnginePage>(runtime, {
    [PASSED_ON]: async ({ message }, sender) => {
      if (!Object.hasOwn(handlers, message.type)) throw new Error(`unknown message ${String(message.type)}`);
      const handler = handlers[message.type] as (payload: unknown, from: typeof sender) => Promise<unknown>;
      return handler(message.payload, sender);
    },
  });
}
