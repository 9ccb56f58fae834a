/**
 * What the browser tests read of the marks: the page's highlight registry, as its own developer tools
 * list it (`CSS.highlights.get('dramatis-official')`), and the pointer on a name, as a reader moves it.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { PageEntity } from '../../lib/messaging/protocol';
import type { EntityKind } from '../../lib/shared/types';

export interface Highlighted {
  kind: EntityKind;
  /** The text the highlight covers, as the page shows it. */
  text: string;
  /** The index of the `<p>` it stands in among the page's paragraphs, or -1. */
  paragraph: number;
  /** The tag names of the elements it stands in, innermost first, up to <body>. */
  inside: string[];
}

/** Every highlighted name on the page, in reading order. */
export function highlighted(page: Page | Frame): Promise<Highlighted[]> {
  return page.evaluate(() => {
    const kinds = { 'dramatis-official': 'official', 'dramatis-organization': 'organization', 'dramatis-person': 'person' } as const;
    const found: { kind: EntityKind; range: Range }[] = [];
    for (const [name, kind] of Object.entries(kinds)) for (const range of CSS.highlights.get(name) ?? []) found.push({ kind, range: range as Range });
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const paragraphs = [...document.querySelectorAll('p')];
    return found.map(({ kind, range }) => {
      const inside: string[] = [];
      for (let e = range.startContainer.parentElement; e && e !== document.body; e = e.parentElement) inside.push(e.tagName);
      const p = range.startContainer.parentElement?.closest('p');
      return { kind, text: range.toString(), paragraph: p ? paragraphs.indexOf(p) : -1, inside };
    });
  });
}

/** The highlighted texts on the page, in reading order. */
export const highlightedTexts = async (page: Page | Frame) => (await highlighted(page)).map((h) => h.text);

/** How many nodes the document holds, and its body's text: what must not change when it is marked. */
export function domSnapshot(page: Page | Frame): Promise<{ nodes: number; text: string }> {
  return page.evaluate(() => {
    let nodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes++;
    return { nodes, text: document.body.textContent ?? '' };
  });
}

/**
 * Moves the pointer onto the nth highlighted occurrence of a name (scrolled into view first), as a
 * reader would. Throws where no such highlight exists.
 */
export async function hoverName(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(
    ({ text, nth }) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights)
        if (name !== 'dramatis-focus') for (const r of highlight) if ((r as Range).toString() === text) ranges.push(r as Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[nth];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { text, nth },
  );
  if (!point) throw new Error(`no highlight of "${text}"`);
  await page.mouse.move(point.x - 40, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The entities a tab's content script found, asked from one of the extension's pages, as the popup asks. */
export async function pageEntities(context: BrowserContext, extensionId: string, page: Page): Promise<PageEntity[]> {
  const asker = await context.newPage();
  await asker.goto(`chrome-extension://${extensionId}/options.html`);
  const entities = await asker.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = (await chrome.tabs.sendMessage(tab.id!, { type: 'pageEntities', payload: {} }).catch(() => null)) as {
        url: string;
        entities: PageEntity[];
      } | null;
      if (answer?.url === url) return answer.entities;
    }
    return [];
  }, page.url());
  await asker.close();
  return entities;
}

/** Windows virtual key codes (which Chromium uses on every platform) of the commands' keys. */
const KEY_CODES = { Period: { key: '>', code: 190 }, Comma: { key: '<', code: 188 } } as const;

/**
 * Presses Alt+Shift+. or Alt+Shift+, as the operating system delivers a key: a raw key-down with its
 * native key code, which Chromium matches against the extensions' commands. (Playwright's
 * keyboard.press sends a key-down with text, which goes to the page and never to the commands.)
 */
export async function pressCommandKey(page: Page, key: keyof typeof KEY_CODES): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const event = {
    modifiers: 1 /* Alt */ | 8 /* Shift */,
    key: KEY_CODES[key].key,
    code: key,
    windowsVirtualKeyCode: KEY_CODES[key].code,
    nativeVirtualKeyCode: KEY_CODES[key].code,
  };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  await cdp.detach();
}

/**
 * The colour painted behind the nth highlighted occurrence of a name: the commonest pixel of a
 * screenshot of its first line box (the background outnumbers the glyphs), as [r, g, b].
 */
export async function paintedBehind(page: Page, text: string, nth = 0): Promise<[number, number, number]> {
  const box = await page.evaluate(
    ({ text, nth }) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights)
        if (name !== 'dramatis-focus') for (const r of highlight) if ((r as Range).toString() === text) ranges.push(r as Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      ranges[nth]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = ranges[nth]?.getClientRects()[0];
      return rect && { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    },
    { text, nth },
  );
  if (!box) throw new Error(`no highlight of "${text}"`);
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [commonest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return commonest.split(',').map(Number) as [number, number, number];
}
