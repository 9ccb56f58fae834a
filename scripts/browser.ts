/**
 * Debian's Chromium with the built extension loaded, through playwright-core: for `npm start`, the
 * browser tests and the benchmarks. Branded Chrome no longer accepts --load-extension.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
  /** The DevTools port, when launched with `devtools`: for what Playwright does not show, such as the engine page. */
  devtoolsPort?: number;
  close: () => Promise<void>;
}

/**
 * Launches Chromium with the extension (or without it, for baselines) in a fresh profile, or in
 * `profileDir` when given (a profile kept from an earlier run, so a benchmark can reuse a store it
 * took long to fill; the directory is used as it is and changed by the run).
 */
export async function launchBrowser(options: {
  headless: boolean;
  extension?: boolean;
  args?: string[];
  profileDir?: string;
  /** Opens a DevTools port (one the system picks, so that browsers launched together never share one). */
  devtools?: boolean;
}): Promise<ExtensionBrowser> {
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
    ...(options.devtools ? ['--remote-debugging-port=0'] : []),
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
  // Chromium writes the port it took on the first line of DevToolsActivePort, in the profile.
  const devtoolsPort = options.devtools ? Number(readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]) : undefined;
  return { context, extensionId, devtoolsPort, close: () => context.close() };
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

/**
 * Every request the extension's engine page makes (Chrome's offscreen document, which Playwright
 * does not list among a context's pages), from a browser launched with `devtools`. It attaches
 * over a second DevTools connection to each engine page there is or will be, in CDP's
 * non-flattened mode (messages wrapped in `Target.sendMessageToTarget`), and records each
 * request's URL as the page sends it.
 */
export async function watchEnginePage(devtoolsPort: number): Promise<{ requests: string[]; stop: () => Promise<void> }> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${devtoolsPort}`);
  const session = await browser.newBrowserCDPSession();
  const requests: string[] = [];
  const attached = new Set<string>();
  const attach = async (target: { targetId: string; type: string; url: string }) => {
    if (target.type !== 'background_page' || !target.url.endsWith('/engine.html') || attached.has(target.targetId)) return;
    attached.add(target.targetId);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  };
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const event = JSON.parse(message) as { method?: string; params?: { request?: { url: string } } };
    if (event.method === 'Network.requestWillBeSent' && event.params?.request) requests.push(event.params.request.url);
  });
  session.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo).catch(() => undefined));
  session.on('Target.targetInfoChanged', ({ targetInfo }) => void attach(targetInfo).catch(() => undefined));
  await session.send('Target.setDiscoverTargets', { discover: true });
  for (const target of (await session.send('Target.getTargets')).targetInfos) await attach(target);
  return { requests, stop: () => browser.close().catch(() => undefined) };
}
