/** Vitest global setup: builds the extension once for every browser test file. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const build = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`wxt build failed:\n${build.stdout}\n${build.stderr}`);
}
