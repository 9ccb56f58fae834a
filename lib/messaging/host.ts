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
 * Calls that overlap share one opening, since a second `createDocument` would fail.
 */
export function enginePageKeeper(api: EnginePageApi): () => Promise<void> {
  let opening: Promise<void> | undefined;
  return async () => {
    if (!opening && (await api.isOpen())) return;
    opening ??= api
      .open()
      // Opened meanwhile by an earlier worker whose call had not finished: it is open, as wanted.
      .catch(async (error: unknown) => {
        if (!(await api.isOpen())) throw error;
      })
      .finally(() => (opening = undefined));
    return opening;
  };
}

/**
 * The worker's way to the engine page: sends a message of the protocol there, opened first if need
 * be, and resolves to the page's answer. A page that closed between the check and the message is
 * opened again and the message, which no page received, sent once more. Rejects with the page's
 * error where it answered `{ ok: false, error }`.
 */
export function forwarder(runtime: RuntimeLike, ensurePage: () => Promise<void>): (message: MessageOf<ToBackground>) => Promise<unknown> {
  const toPage = async (message: MessageOf<ToBackground>) => {
    await ensurePage();
    return runtime.sendMessage({ type: PASSED_ON, payload: { message } });
  };
  return async (message) => {
    const answer = (await toPage(message).catch((error: unknown) => {
      // Only a message no page received is sent again: one that reached it may have been acted on.
      if (!String(error).includes('Receiving end does not exist')) throw error;
      return toPage(message);
    })) as Result<unknown> | undefined;
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
