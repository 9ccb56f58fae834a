/**
 * Waiting for the bench's browser to go quiet after a bulk write. IndexedDB's backing store
 * compacts what was just written in the browser's own processes for minutes after a large fill (a
 * 100,000-document store is 600 MB on disk), and that work competes with the first lookups and saves
 * for the CPU. A store a reader has built over years has long settled, so the bench times it settled.
 * Linux only (it reads /proc); elsewhere it waits `fallbackMs`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { EXTENSION_DIR } from '../scripts/browser';

const TICKS_PER_SECOND = 100;

function stat(pid: string): { ppid: string; ticks: number } | null {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return { ppid: fields[1]!, ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** The CPU time (in ticks) of the bench's browser process and every process under it; null off Linux. */
function browserTicks(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const root = pids.find((pid) => {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return command.includes(`--load-extension=${EXTENSION_DIR}`) && !command.includes('--type=');
    } catch {
      return false;
    }
  });
  if (!root) return null;
  const stats = new Map(pids.map((pid) => [pid, stat(pid)] as const));
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, s] of stats) if (s && !tree.has(pid) && tree.has(s.ppid)) grew = tree.add(pid).size > 0;
  }
  return [...tree].reduce((sum, pid) => sum + (stats.get(pid)?.ticks ?? 0), 0);
}

/**
 * Waits until the browser's processes together use less than `idleShare` of one core over a
 * 5-second window, or `maxMs` has passed.
 *
 * @param maxMs the longest wait, in ms
 * @param idleShare the share of one core (0 to 1) below which the browser counts as quiet
 * @param fallbackMs the wait where the browser's processes can't be read, in ms
 * @returns how long it waited, in ms, and whether it went quiet
 */
export async function settle(maxMs = 900_000, idleShare = 0.1, fallbackMs = 5_000): Promise<{ waitedMs: number; quiet: boolean }> {
  const started = performance.now();
  const window = 5_000;
  let before = browserTicks();
  if (before === null) {
    await new Promise((resolve) => setTimeout(resolve, fallbackMs));
    return { waitedMs: performance.now() - started, quiet: false };
  }
  while (performance.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, window));
    const after = browserTicks();
    if (after === null) break;
    const share = (after - before) / TICKS_PER_SECOND / (window / 1000);
    before = after;
    if (share < idleShare) return { waitedMs: performance.now() - started, quiet: true };
  }
  return { waitedMs: performance.now() - started, quiet: false };
}
