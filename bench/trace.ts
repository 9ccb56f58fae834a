/**
 * Where the time goes, from Chromium's own tracing: a second connection to the bench's browser (on
 * a DevTools port) records a trace with the V8 CPU profiler and IndexedDB's events, and sums the
 * extension's JavaScript by function (self time) and IndexedDB's work by event. Launch the browser
 * with `TRACE_ARGS`; build with `DRAMATIS_UNMINIFIED=1` so the functions keep their names.
 */
import { chromium, type CDPSession } from 'playwright-core';

/** The DevTools port; BENCH_TRACE_PORT moves it when another browser on the machine holds 9339. */
export const TRACE_PORT = Number(process.env.BENCH_TRACE_PORT ?? 9339);
export const TRACE_ARGS = [`--remote-debugging-port=${TRACE_PORT}`];

const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'v8.execute', 'IndexedDB', 'devtools.timeline'].join(',');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  dur?: number;
  cat: string;
  args?: { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** What a trace says: the top functions by self time (ms) and IndexedDB's events by total time (ms). */
export interface TraceSummary {
  functions: [string, number][];
  indexedDb: [string, number][];
}

/** Starts tracing the whole browser; the returned function stops it and sums the trace. */
export async function startTrace(): Promise<() => Promise<TraceSummary>> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${TRACE_PORT}`);
  const session: CDPSession = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    await browser.close().catch(() => undefined);
    return summarise(events);
  };
}

function summarise(events: TraceEvent[]): TraceSummary {
  const nodes = new Map<string, ProfileNode>();
  const self = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.args?.data?.cpuProfile) continue;
    const key = `${e.pid}:${e.id}`;
    const { nodes: added = [], samples = [] } = e.args.data.cpuProfile;
    for (const n of added) nodes.set(`${key}:${n.id}`, n);
    const deltas = e.args.data.timeDeltas ?? [];
    samples.forEach((sample, i) => {
      const frame = nodes.get(`${key}:${sample}`)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const where = frame.url ? frame.url.replace(/^.*\//, '') : '';
      if (where && !/background|engine|options|popup/.test(where)) return;
      const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
  }
  const idb = new Map<string, number>();
  const count = new Map<string, number>();
  for (const e of events) {
    if (!e.cat.includes('IndexedDB') || e.ph !== 'X' || !e.dur) continue;
    idb.set(e.name, (idb.get(e.name) ?? 0) + e.dur / 1000);
    count.set(e.name, (count.get(e.name) ?? 0) + 1);
  }
  for (const [name, n] of count) {
    idb.set(`${name} ×${n}`, idb.get(name)!);
    idb.delete(name);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TRACE_TOP ?? 25));
  return { functions: top(self), indexedDb: top(idb) };
}
