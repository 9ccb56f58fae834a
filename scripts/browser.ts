/**
 * Debian's Chromium with the built extension loaded, through playwright-core: for `npm start`, the
 * browser tests and the benchmarks. Branded Chrome no longer accepts --load-extension.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';

/** The built extension; DRAMATIS_EXTENSION_DIR points a long benchmark at a copy, so a rebuild meanwhile does not change it. */
export const EXTENSION_DIR = process.env.DRAMATIS_EXTENSION_DIR ?? join(import.meta.dirname, '..', '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROMIUM`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The Chromium profile directory the browser runs in (a fresh temporary one unless given). */
  profileDir: string;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the extension (or without it, for baselines) in a fresh profile, or in
 * `profileDir` when given (a profile kept from an earlier run, so a benchmark can reuse a store it
 * took long to fill; the directory is used as it is and changed by the run).
 */
export async function launchBrowser(options: { headless: boolean; extension?: boolean; args?: string[]; profileDir?: string }): Promise<ExtensionBrowser> {
  const withExtension = options.extension ?? true;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'dramatis-profile-'));
  if (options.profileDir && withExtension) forgetWorker(options.profileDir);
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    ...(options.args ?? []),
  ];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    args,
    viewport: { width: 1200, height: 900 },
  });
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, profileDir, close: () => context.close() };
}

/**
 * Makes a kept profile run the extension as built now. Chromium keeps an extension's service worker
 * in the profile (its script cache, and a note in the profile's Preferences that the worker is
 * registered), and on the next launch it starts that copy again, whatever was built since, even when
 * the manifest's version changed. Dropping both makes it register the worker from the built files.
 * The extension's storage (IndexedDB, the reader's settings) is left as it is.
 */
function forgetWorker(profileDir: string): void {
  const preferences = join(profileDir, 'Default', 'Preferences');
  if (existsSync(preferences)) {
    const kept = JSON.parse(readFileSync(preferences, 'utf8')) as {
      extensions?: { settings?: Record<string, { service_worker_registration_info?: unknown }> };
    };
    for (const extension of Object.values(kept.extensions?.settings ?? {})) delete extension.service_worker_registration_info;
    writeFileSync(preferences, JSON.stringify(kept));
  }
  rmSync(join(profileDir, 'Default', 'Service Worker'), { recursive: true, force: true });
}

/** A DevTools connection to the extension's engine page. */
export interface EnginePageSession {
  /** Every request the engine page made since the connection, by URL. */
  requests: string[];
  /** Sends a DevTools command to the engine page open now and resolves with its result. */
  send(method: string, params?: object): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * A DevTools connection to the extension's engine page (Chrome's offscreen document, which
 * Playwright does not list among a context's pages). From a blank page of its own, it attaches to
 * each engine page there is or will be, in CDP's non-flattened mode (messages wrapped in
 * `Target.sendMessageToTarget`), and records each request's URL as the page sends it. (A second
 * DevTools connection to the browser would do as well, but Playwright's `connectOverCDP` takes the
 * browser's downloads over.)
 */
export async function attachEnginePage(context: BrowserContext): Promise<EnginePageSession> {
  const watcher = await context.newPage();
  const session = await context.newCDPSession(watcher);
  const requests: string[] = [];
  const attached = new Map<string, Promise<string>>();
  let current: Promise<string> | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const command = async (sessionId: string, method: string, params: object = {}) => {
    const id = nextId++;
    const answer = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return answer;
  };
  const attach = (target: { targetId: string; type: string; url: string }) => {
    if (target.type !== 'background_page' || !target.url.endsWith('/engine.html') || attached.has(target.targetId)) return;
    const sessionId = (async () => {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
      await command(sessionId, 'Network.enable');
      return sessionId;
    })();
    attached.set(target.targetId, sessionId);
    current = sessionId;
  };
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const event = JSON.parse(message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: { request?: { url: string } };
    };
    if (event.id !== undefined) {
      const waiting = pending.get(event.id);
      pending.delete(event.id);
      if (event.error) waiting?.reject(new Error(event.error.message));
      else waiting?.resolve(event.result);
    } else if (event.method === 'Network.requestWillBeSent' && event.params?.request) requests.push(event.params.request.url);
  });
  session.on('Target.targetCreated', ({ targetInfo }) => attach(targetInfo));
  session.on('Target.targetInfoChanged', ({ targetInfo }) => attach(targetInfo));
  await session.send('Target.setDiscoverTargets', { discover: true });
  for (const target of (await session.send('Target.getTargets')).targetInfos) attach(target);
  return {
    requests,
    send: async (method, params) => {
      if (!current) throw new Error('no engine page is open');
      return command(await current, method, params);
    },
    stop: () => watcher.close().catch(() => undefined),
  };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events, and resolves once
 * DevTools reports it stopped (Playwright keeps listing a stopped worker). `cdp` is a session on
 * any page of the browser.
 */
export async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) => {
    const seen = (event: { versions: { runningStatus: string }[] }) => {
      if (!event.versions.some((v) => v.runningStatus === 'stopped')) return;
      cdp.off('ServiceWorker.workerVersionUpdated', seen);
      resolve();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', seen);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
