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
await page.screenshot({ path: join(demo, 'article.png') });
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
await page.screenshot({ path: join(demo, 'hover-card.png') });
await page.mouse.move(5, 5);
await page.waitForSelector('dramatis-card', { state: 'detached', timeout: 10_000 });

// The keyboard: Alt+Shift+. three times, delivered as the system delivers keys (see tests/browser/highlights.ts).
await page.bringToFront();
const cdp = await browser.context.newCDPSession(page);
for (let i = 0; i < 3; i++)
  for (const type of ['rawKeyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers: 1 | 8, key: '>', code: 'Period', windowsVirtualKeyCode: 190, nativeVirtualKeyCode: 190 });
await page.waitForSelector('dramatis-card >> a.name:focus', { timeout: 10_000 });
await page.screenshot({ path: join(demo, 'keyboard-card.png') });
await page.keyboard.press('Escape');

const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 400, height: 640 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${encodeURIComponent(articleUrl)}`);
await popup.waitForSelector('.entities');
await popup.screenshot({ path: join(demo, 'popup.png') });
await popup.fill('input[type="search"]', 'kelly');
await popup.getByRole('button', { name: 'John F. Kelly' }).click();
await popup.waitForSelector('.mentions li');
await popup.screenshot({ path: join(demo, 'popup-profile.png') });

const options = await browser.context.newPage();
await options.setViewportSize({ width: 900, height: 1100 });
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await options.waitForSelector('.documents li');
await options.screenshot({ path: join(demo, 'options.png') });

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
for (const entity of entities) {
  const count = marks.filter((text) => entity.forms.includes(text.replace(/\s+/g, ' '))).length;
  const role = entity.role ? `${entity.role.title}${entity.role.country ? `, ${entity.role.country}` : ''}` : '';
  console.log(`  ${entity.name.padEnd(28)} ${entity.kind.padEnd(13)} ${role.padEnd(36)} ${count} marks`);
}
console.log(`\nScreenshots: demo/article.png, demo/hover-card.png, demo/keyboard-card.png, demo/popup.png, demo/popup-profile.png, demo/options.png`);
await browser.close();
await site.close();
