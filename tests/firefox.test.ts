/**
 * Firefox: the build, Mozilla's add-on linter (web-ext lint) with no errors, and store-ready packages
 * for both browsers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const wxt = (...args: string[]) => spawnSync(join(root, 'node_modules', '.bin', 'wxt'), args, { cwd: root, encoding: 'utf8' });

describe('Firefox', () => {
  it('builds, and passes web-ext lint with no errors', async () => {
    const build = wxt('build', '-b', 'firefox');
    expect(build.status, build.stderr).toBe(0);
    const sourceDir = join(root, '.output', 'firefox-mv2');
    const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Marks are painted with the CSS Custom Highlight API, in Firefox since 140; the keyboard's commands.
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(Object.keys(manifest.commands)).toEqual(['next-name', 'previous-name']);

    const result = await webExt.cmd.lint({ sourceDir, output: 'none', selfHosted: false, boring: true }, { shouldExitProgram: false });
    expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  }, 180_000);

  it('makes store-ready zips for Chrome and Firefox', () => {
    for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
      const zip = wxt(...args);
      expect(zip.status, zip.stderr).toBe(0);
    }
    const zips = readdirSync(join(root, '.output')).filter((name) => name.endsWith('.zip'));
    expect(zips).toEqual(
      expect.arrayContaining([expect.stringMatching(/chrome\.zip$/), expect.stringMatching(/firefox\.zip$/), expect.stringMatching(/sources\.zip$/)]),
    );
    for (const name of zips) expect(statSync(join(root, '.output', name)).size).toBeGreaterThan(10_000);
    // The Chrome build the browser tests load is still there.
    expect(existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))).toBe(true);
  }, 180_000);
});
