/**
 * `npx tsx scripts/icons.ts`: draws scripts/icon.svg into the PNGs the manifest ships (public/icon/16,
 * 32, 48 and 128 px; WXT lists them as the extension's icons), with Debian's Chromium. Run it after
 * changing the drawing; the PNGs are committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './browser';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(import.meta.dirname, 'icon.svg'), 'utf8');
const out = join(root, 'public', 'icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`Icons written to ${out}: 16, 32, 48 and 128 px.`);
