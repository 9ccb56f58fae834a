/**
 * What every benchmark reports: its figures, each with the baseline measured in the same run, the
 * ratio, the target and whether it was met. Each script merges its section into bench/results.json
 * and prints it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What it is compared with, measured in the same run. */
  baseline?: { name: string; value: number; unit: string };
  ratio?: number;
  target: string;
  met: boolean | null;
  note?: string;
}

export const RESULTS_FILE = join(import.meta.dirname, 'results.json');

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}, ${process.platform}`;
}

const fmt = (n: number) => {
  const size = Math.abs(n);
  if (size >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(size >= 10 ? 1 : size >= 0.1 || n === 0 ? 2 : 3); // microseconds stay visible: 0.024 ms, not 0.00
};

/** Prints a section's figures and merges them into bench/results.json. */
export function report(section: string, figures: Figure[]): void {
  console.log(`\n${section}`);
  for (const f of figures) {
    const base = f.baseline ? ` | ${f.baseline.name} ${fmt(f.baseline.value)} ${f.baseline.unit}` : '';
    const ratio = f.ratio !== undefined ? ` | ratio ${fmt(f.ratio)}x` : '';
    const verdict = f.met === null ? 'reported' : f.met ? 'met' : 'NOT MET';
    console.log(`  ${f.name}: ${fmt(f.value)} ${f.unit}${base}${ratio} | target ${f.target}: ${verdict}${f.note ? ` (${f.note})` : ''}`);
  }
  const all = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { sections?: Record<string, unknown> }) : {};
  const sections = { ...(all.sections ?? {}), [section]: { measuredAt: new Date().toISOString(), figures } };
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ machine: machine(), sections }, null, 2)}\n`);
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
