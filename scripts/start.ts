/// <reference types="chrome" />
/**
 * `npm start`: builds the extension, serves the built-in corpus as news pages on localhost and opens
 * Chromium with Dramatis loaded on one of them. With a display it runs until the browser is closed.
 * Without one it runs headless: it writes screenshots of the highlighted article, an open hover card,
 * a card opened from the keyboard and the popup to demo/, prints the entities it highlighted, and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { startSeedSite } from './seed-site';
import { wideStore } from './wide-store';
import { KIND_LABEL } from '../lib/shared/words';
import type { EntityKind } from '../lib/shared/types';
import { writeRecords } from '../bench/synth-store';

const root = join(import.meta.dirname, '..');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const build = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const site = await startSeedSite();
const first = site.pages[0]!;
const articleUrl = `${site.url}${first.path}`;
console.log(`Serving the built-in corpus at ${site.url}/`);
const browser = await launchBrowser({ headless });
const page = await browser.context.newPage();
await page.goto(articleUrl);
await page.waitForSelector('html[data-dramatis-state="annotated"]', { timeout: 60_000 });

if (!headless) {
  console.log(`Chromium is open on ${articleUrl} with Dramatis loaded. Close the browser to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await site.close();
  process.exit(0);
}

const demo = join(root, 'demo');
mkdirSync(demo, { recursive: true });
const shot = (name: string) => join(demo, name);
const extensionPage = async (path: string, width = 1280, height = 800) => {
  const opened = await browser.context.newPage();
  await opened.setViewportSize({ width, height });
  await opened.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return opened;
};

// The article and a hover card, in a 1280 × 800 window.
await page.setViewportSize({ width: 1280, height: 800 });
await page.screenshot({ path: shot('article.png') });
// Marks are highlights (CSS.highlights), not elements: the pointer goes to the second official's box.
const point = await page.evaluate(() => {
  const ranges = [...(CSS.highlights.get('dramatis-official') ?? [])] as Range[];
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const rect = ranges[1]!.getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
});
await page.mouse.move(point.x, point.y - 20);
await page.mouse.move(point.x, point.y, { steps: 4 });
await page.waitForSelector('dramatis-card >> .count', { timeout: 10_000 });
await page.screenshot({ path: shot('hover-card.png') });
await page.mouse.move(5, 5);
await page.waitForSelector('dramatis-card', { state: 'detached', timeout: 10_000 });

// The keyboard: Alt+Shift+. three times, delivered as the system delivers keys (see tests/browser/highlights.ts).
await page.bringToFront();
const cdp = await browser.context.newCDPSession(page);
for (let i = 0; i < 3; i++)
  for (const type of ['rawKeyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: 1 | 8, key: '>', code: 'Period', windowsVirtualKeyCode: 190, nativeVirtualKeyCode: 190 });
await page.waitForSelector('dramatis-card >> a.all:focus', { timeout: 10_000 });
await page.screenshot({ path: shot('keyboard-card.png') });
await page.keyboard.press('Escape');

// The popup at its 400 px width, whole: on the article, and on a profile.
const popup = await extensionPage(`popup.html?tab=${encodeURIComponent(articleUrl)}`, 400, 600);
await popup.waitForSelector('.entities');
await popup.screenshot({ path: shot('popup.png'), fullPage: true });
await popup.fill('input[type="search"]', 'kelly');
await popup.getByRole('button', { name: 'John F. Kelly' }).click();
await popup.waitForSelector('.mentions li');
await popup.waitForSelector('.timeline .bar');
await popup.mouse.move(0, 0);
await popup.screenshot({ path: shot('popup-profile.png'), fullPage: true });

// A profile page, whole, then its timeline with a bar chosen, and its network.
const profileUrl = (await popup.getByRole('link', { name: 'Open the full profile' }).getAttribute('href'))!;
const profile = await browser.context.newPage();
await profile.setViewportSize({ width: 1280, height: 800 });
await profile.goto(profileUrl);
await profile.waitForSelector('.network .node');
await profile.screenshot({ path: shot('profile.png'), fullPage: true });
const readerUrl = (await profile.locator('.mentions li a').nth(1).getAttribute('href'))!;
await profile.locator('.timeline .bar:not([data-total="0"])').first().click();
await profile.waitForSelector('.mentions-summary button');
await profile.mouse.move(0, 0);
await profile.locator('section', { has: profile.locator('.timeline') }).screenshot({ path: shot('timeline.png') });
// The profile's network is wider than the text column: the shot takes in the section and the whole
// figure, measured from the top of the page, as a full-page shot's clip is.
await profile.evaluate(() => window.scrollTo(0, 0));
const networkSection = (await profile.locator('section', { has: profile.locator('.network') }).boundingBox())!;
const networkFigure = (await profile.locator('.network').boundingBox())!;
const left = Math.min(networkSection.x, networkFigure.x);
const right = Math.max(networkSection.x + networkSection.width, networkFigure.x + networkFigure.width);
await profile.screenshot({
  path: shot('profile-network.png'),
  fullPage: true,
  clip: { x: left, y: networkSection.y, width: right - left, height: networkSection.height },
});

// The reader page, opened at the profile's latest mention.
const reader = await browser.context.newPage();
await reader.setViewportSize({ width: 1280, height: 800 });
await reader.goto(readerUrl);
await reader.waitForSelector('mark#mention');
await reader.screenshot({ path: shot('reader.png') });

// The options page, whole, and the network of the whole store.
const options = await extensionPage('options.html');
await options.waitForSelector('.documents li');
await options.waitForSelector('.network .node');
await options.screenshot({ path: shot('options.png'), fullPage: true });
await options.locator('section', { has: options.locator('.network') }).screenshot({ path: shot('network.png') });

// The network of a wide store: 2,400 made-up names written into this browser's store, on top of the seeds.
await writeRecords(options, wideStore());
await options.reload();
await options.waitForSelector('.network .node');
await options.locator('section', { has: options.locator('.network') }).screenshot({ path: shot('network-wide.png') });

const marks = await page.evaluate(() =>
  [...CSS.highlights.entries()].flatMap(([name, h]) => (name === 'dramatis-focus' ? [] : [...h].map((r) => (r as Range).toString()))),
);
const { entities } = (await popup.evaluate(async (url) => {
  for (const tab of await chrome.tabs.query({})) {
    const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'pageEntities', payload: {} }).catch(() => null);
    if (answer?.url === url) return answer;
  }
  return { entities: [] };
}, articleUrl)) as { entities: { id: string; name: string; kind: string; forms: string[]; role: { title: string; country: string | null } | null }[] };
console.log(`\nHighlighted on "${first.title}" (${marks.length} marks):`);
const roleOf = (entity: (typeof entities)[number]) => (entity.role ? `${entity.role.title}${entity.role.country ? `, ${entity.role.country}` : ''}` : '');
// Each column as wide as its longest entry, so every row's count lines up.
const nameWidth = Math.max(...entities.map((e) => e.name.length));
const roleWidth = Math.max(...entities.map((e) => roleOf(e).length));
for (const entity of entities) {
  const count = marks.filter((text) => entity.forms.includes(text.replace(/\s+/g, ' '))).length;
  console.log(
    `  ${entity.name.padEnd(nameWidth)}  ${KIND_LABEL[entity.kind as EntityKind].toLowerCase().padEnd(13)} ${roleOf(entity).padEnd(roleWidth)}  ${count === 1 ? '1 mark' : `${count} marks`}`,
  );
}
console.log(
  '\nScreenshots in demo/: article.png, hover-card.png, keyboard-card.png, popup.png, popup-profile.png, profile.png, timeline.png, profile-network.png, reader.png, network.png, network-wide.png, options.png',
);
await browser.close();
await site.close();
