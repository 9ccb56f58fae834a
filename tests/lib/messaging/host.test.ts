/**
 * Chrome's split background (lib/messaging/host.ts): a service worker that comes and goes, passing
 * the protocol's messages on to the engine page, which does the work. The contexts here are joined by
 * a small message bus with the rules of `runtime.sendMessage`: a message reaches every other context
 * of the extension, the first answer wins, and with no listener the send fails with Chrome's error.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers, storeKeeper } from '../../../lib/messaging/background-service';
import { answerPassedOn, enginePageKeeper, forwarder, passOn } from '../../../lib/messaging/host';
import { gatedReadPage, TURNED_OFF } from '../../../lib/messaging/reader-gate';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/shared/settings';
import { notifyingWrites, send, STORE_CHANGED, type MessageSender, type PageReading } from '../../../lib/messaging/protocol';
import { profileCorpus } from '../../../lib/engine/profile-corpus';
import { openProfileStore } from '../../../lib/store/profile-store';
import { seedTexts } from '../../seeds';

const snapshot = profileCorpus(seedTexts());
const EXTENSION = 'dramatis-test';

type Listener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** The extension's contexts and `runtime.sendMessage` between them. */
class Bus {
  private readonly contexts = new Set<Context>();
  /** Every message sent, by type, in order. */
  readonly sent: string[] = [];

  context(id = EXTENSION): Context {
    const listeners: Listener[] = [];
    const context: Context = {
      listeners,
      runtime: {
        id,
        sendMessage: (message) => this.deliver(context, message),
        onMessage: { addListener: (listener) => void listeners.push(listener) },
      },
      close: () => void this.contexts.delete(context),
    };
    this.contexts.add(context);
    return context;
  }

  private async deliver(from: Context, message: unknown): Promise<unknown> {
    this.sent.push((message as { type: string }).type);
    const heard = [...this.contexts].filter((c) => c !== from).flatMap((c) => c.listeners.map((listen) => listen(message, { id: from.runtime.id })));
    // As the polyfill does in Chrome (mozilla/webextension-polyfill#140): an error where no context
    // listens, nothing where those that listen answer nothing.
    if (heard.length === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
    const answers = heard.filter((answer) => answer !== undefined);
    return answers.length ? Promise.race(answers) : undefined;
  }
}

interface Context {
  listeners: Listener[];
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown>; onMessage: { addListener(listener: Listener): void } };
  close(): void;
}

/** The extension: a worker, the engine page it opens on demand, and one store behind the page. */
function extension() {
  const bus = new Bus();
  const storeName = `host-${Math.random()}`;
  let page: Context | undefined;
  let opened = 0;
  let checks = 0;
  const openPage = async () => {
    await new Promise((r) => setTimeout(r, 5));
    if (page) throw new Error('Only a single offscreen document may be created.');
    page = bus.context();
    opened++;
    const getStore = storeKeeper({ openStore: () => openProfileStore(storeName), loadSnapshot: async () => snapshot });
    const announce = () => void page!.runtime.sendMessage({ type: STORE_CHANGED }).catch(() => undefined);
    answerPassedOn(
      page.runtime,
      notifyingWrites(
        backgroundHandlers(getStore, async () => snapshot),
        announce,
      ),
    );
  };
  const tabs: string[] = [];
  /** Starts the worker as entrypoints/background/chrome.ts does, the reader's settings being `settings`. */
  const startWorker = (settings: Settings = DEFAULT_SETTINGS) => {
    const worker = bus.context();
    const isOpen = async () => (checks++, !!page);
    const forward = forwarder(worker.runtime, enginePageKeeper({ isOpen, open: openPage }));
    passOn(worker.runtime, forward, {
      readPage: gatedReadPage(
        (payload) => forward({ type: 'readPage', payload }) as Promise<PageReading>,
        async () => settings,
      ),
      async openProfile({ entityId }) {
        tabs.push(`/profile.html#${entityId}`);
        return null;
      },
    });
    return worker;
  };
  return {
    bus,
    tabs,
    startWorker,
    /** An extension page or a content script: where the reader's messages come from. */
    reader: bus.context(),
    openedPages: () => opened,
    /** How many times a worker asked whether the engine page is open. */
    checks: () => checks,
    closePage: () => {
      page?.close();
      page = undefined;
    },
  };
}

const article = {
  url: 'https://news.example/talks',
  title: 'Talks',
  text: 'Mexican Foreign Minister Luis Videgaray met Brazilian Foreign Minister Mauro Vieira. Videgaray said talks went well.',
};

describe('the worker passes messages on to the engine page', () => {
  it('annotates a page through the worker: the engine page is opened and its answer comes back whole', async () => {
    const ext = extension();
    ext.startWorker();
    const answer = await send(ext.reader.runtime, 'annotate', article);
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.value.entities.find((e) => e.name === 'Luis Videgaray')).toMatchObject({ kind: 'official', known: true });
    expect(answer.value.entities.find((e) => e.name === 'Mauro Vieira')).toMatchObject({
      known: false,
      role: { title: 'Foreign Minister', country: 'Brazil' },
    });
    expect(ext.openedPages()).toBe(1);
  });

  it('reads no page of a site the reader turned off: the worker answers "turned-off" and nothing reaches the engine page', async () => {
    const ext = extension();
    ext.startWorker({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
    const html = `<html lang="en"><body><article><h1>Talks</h1><p>${article.text}</p></article></body></html>`;
    expect(await send(ext.reader.runtime, 'readPage', { url: article.url, html })).toEqual({ ok: true, value: TURNED_OFF });
    expect(ext.openedPages()).toBe(0);
    const other = await send(ext.reader.runtime, 'readPage', { url: 'https://other.example/talks', html });
    expect(other.ok && other.value).not.toEqual(TURNED_OFF);
    expect(ext.openedPages()).toBe(1);
  });

  it('a stopped and restarted worker finds the engine page open, and an import staged before the stop is written after it', async () => {
    const ext = extension();
    const first = ext.startWorker();
    expect(await send(ext.reader.runtime, 'stageImport', { importId: 'i', name: 'a.txt', title: null, text: article.text })).toEqual({
      ok: true,
      value: { staged: 1 },
    });
    first.close();
    ext.startWorker();
    const committed = await send(ext.reader.runtime, 'commitImport', { importId: 'i' });
    expect(committed.ok && committed.value).toHaveLength(1);
    const status = await send(ext.reader.runtime, 'status', {});
    expect(status.ok && status.value.documents).toBe(snapshot.documents.length + 1);
    expect(ext.openedPages()).toBe(1);
  });

  it('answers opening a profile in the worker itself, which alone may open a tab', async () => {
    const ext = extension();
    ext.startWorker();
    expect(await send(ext.reader.runtime, 'openProfile', { entityId: 'e1' as never })).toEqual({ ok: true, value: null });
    expect(ext.tabs).toEqual(['/profile.html#e1']);
    expect(ext.openedPages()).toBe(0);
  });

  it('opens the engine page once for messages that arrive together, and again after it was closed', async () => {
    const ext = extension();
    const worker = ext.startWorker();
    const answers = await Promise.all([
      send(ext.reader.runtime, 'health', {}),
      send(ext.reader.runtime, 'search', { query: 'Kelly' }),
      send(ext.reader.runtime, 'health', {}),
    ]);
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(ext.openedPages()).toBe(1);
    // Known open, the page is not asked after again for the next messages.
    const checked = ext.checks();
    for (let i = 0; i < 3; i++) expect((await send(ext.reader.runtime, 'health', {})).ok).toBe(true);
    expect(ext.checks()).toBe(checked);
    ext.closePage();
    const found = await send(ext.reader.runtime, 'search', { query: 'Kelly' });
    expect(found.ok && found.value.map((e) => e.name)).toContain('John F. Kelly');
    expect(ext.openedPages()).toBe(2);
    // Closed again while an extension page that answers nothing of the protocol listens (the options
    // page, for the store's changes): the message that reached only that page is sent again.
    ext.bus.context().runtime.onMessage.addListener(() => undefined);
    ext.closePage();
    const again = await send(ext.reader.runtime, 'search', { query: 'Kelly' });
    expect(again.ok && again.value.map((e) => e.name)).toContain('John F. Kelly');
    expect(ext.openedPages()).toBe(3);
    // A worker started afresh (Chrome stopped the last) asks once.
    worker.close();
    ext.startWorker();
    const before = ext.checks();
    expect((await send(ext.reader.runtime, 'health', {})).ok).toBe(true);
    expect(ext.checks()).toBeGreaterThan(before);
  });

  it('announces a write to the extension pages from the engine page', async () => {
    const ext = extension();
    ext.startWorker();
    await send(ext.reader.runtime, 'reset', { builtIn: true });
    expect(ext.bus.sent).toContain(STORE_CHANGED);
  });

  it("refuses another extension's messages, and ignores messages not of the protocol", async () => {
    const ext = extension();
    ext.startWorker();
    const stranger = ext.bus.context('someone-else');
    expect(await stranger.runtime.sendMessage({ type: 'search', payload: { query: 'Kelly' } })).toEqual({ ok: false, error: 'unknown sender' });
    // Heard by the worker, which answers nothing: as with the polyfill in Chrome, the promise gives nothing.
    expect(await ext.reader.runtime.sendMessage({ type: 'notOurs' })).toBeUndefined();
    expect(ext.openedPages()).toBe(0);
  });
});
