/**
 * `npm run bench`: builds the extension, runs every benchmark (one script per figure), and prints
 * the figures with their targets. Results: bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_FILE, type Figure } from './results';

const root = join(import.meta.dirname, '..');
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${[command, ...args].join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
};

rmSync(RESULTS_FILE, { force: true });
run(join(root, 'node_modules', '.bin', 'wxt'), ['build']);
for (const script of ['page-cost.ts', 'engine.ts', 'store-scale.ts', 'cold-start.ts', 'size.ts']) {
  run(join(root, 'node_modules', '.bin', 'tsx'), [join('bench', script)]);
}

const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { machine: string; sections: Record<string, { figures: Figure[] }> };
console.log(`\nSummary (${results.machine}); written to bench/results.json`);
let unmet = 0;
for (const [section, { figures }] of Object.entries(results.sections).sort()) {
  for (const f of figures) {
    if (f.met === false) unmet++;
    console.log(`  ${f.met === null ? '  ' : f.met ? 'ok' : '!!'} ${section.split('.')[0]}. ${f.name}`);
  }
}
console.log(unmet ? `\n${unmet} figures miss their target; see above.` : '\nEvery target met.');
