import { scaleBand, scaleLinear, scaleOrdinal } from 'd3-scale';
import { useEffect, useRef, useState } from 'preact/hooks';
import { monthLabel } from '@/lib/shared/date-label';
import { count } from '@/lib/shared/words';
import type { Timeline } from '@/lib/store/profile-store';

/**
 * Tableau 10, the categorical palette d3-scale-chromatic ships as `schemeTableau10`: ten colours told
 * apart by most readers, including most with colour-blindness. Sources past the ninth share grey.
 */
const PALETTE = ['#4e79a7', '#f28e2c', '#59a14f', '#e15759', '#76b7b2', '#edc949', '#af7aa1', '#ff9da7', '#9c755f'];
const OTHER = '#bab0ab';
const HEIGHT = 150;
const MARGIN = { top: 14, right: 8, bottom: 34, left: 28 };
/** More months than this are drawn as years. */
const MAX_MONTH_BARS = 48;

/** One bar: a month ("2017-07"), a year ("2017") or the mentions that can't be dated ("undated"). */
interface Bar {
  key: string;
  label: string;
  total: number;
  bySource: { source: string; count: number }[];
  inferred: boolean;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

/** Every month from the first to the last with a mention (empty ones too), or years when that is too many. */
function barsOf(timeline: Timeline): Bar[] {
  if (!timeline.months.length) return [];
  const byMonth = new Map(timeline.months.map((m) => [m.month, m]));
  const first = timeline.months[0]!.month;
  const last = timeline.months.at(-1)!.month;
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  if (months.length <= MAX_MONTH_BARS) {
    return months.map((m) => {
      const found = byMonth.get(m);
      return { key: m, label: monthLabel(m), total: found?.total ?? 0, bySource: found?.bySource ?? [], inferred: found?.inferred ?? false };
    });
  }
  const years = new Map<string, Bar>();
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++)
    years.set(String(y), { key: String(y), label: String(y), total: 0, bySource: [], inferred: false });
  for (const m of timeline.months) {
    const bar = years.get(m.month.slice(0, 4))!;
    bar.total += m.total;
    bar.inferred ||= m.inferred;
    for (const s of m.bySource) {
      const same = bar.bySource.find((b) => b.source === s.source);
      if (same) same.count += s.count;
      else bar.bySource.push({ ...s });
    }
  }
  return [...years.values()];
}

/** The width of an element, followed as it changes. */
function useWidth<T extends Element>(fallback: number): [preact.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

interface Props {
  timeline: Timeline;
  /** The bar chosen ("2017-07", "2017" or "undated"), or null. */
  selected: string | null;
  /** A bar was clicked (or chosen with Enter or Space): filter the mentions to it; null shows all again. */
  onPick: (key: string | null) => void;
}

/**
 * A profile's timeline: mentions per month (per year over long spans) across the reader's documents,
 * each bar split by source. A click on a bar keeps only its mentions in the list below; a second click
 * shows them all again. Scales from d3-scale; drawn as SVG by Preact.
 */
export function TimelineChart({ timeline, selected, onPick }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const bars = barsOf(timeline);
  if (timeline.undated) bars.push({ key: 'undated', label: 'undated', total: timeline.undated, bySource: [], inferred: false });
  if (!bars.length) return null;
  const named = timeline.sources.slice(0, PALETTE.length);
  const colour = scaleOrdinal<string, string>().domain(named).range(PALETTE).unknown(OTHER);
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([MARGIN.left, Math.max(MARGIN.left + 40, width - MARGIN.right)])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const most = Math.max(...bars.map((b) => b.total));
  const y = scaleLinear()
    .domain([0, most])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const ticks = y.ticks(Math.min(3, most)).filter((t) => Number.isInteger(t));
  // Under the bars: each month's name where it fits ("Feb"), and each year once, under its first bar.
  const monthRow = x.bandwidth() >= 22;
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const firstRow = (bar: Bar) =>
    bar.key === 'undated' ? 'undated' : bar.key.length === 4 ? (x.bandwidth() >= 30 ? bar.key : '') : monthRow ? MONTHS[Number(bar.key.slice(5)) - 1]! : '';
  const pick = (key: string) => onPick(selected === key ? null : key);
  // A year's label needs about 32 px; one that would touch the one before is left out.
  let lastLabel = -Infinity;
  const years = new Set<string>();
  for (const [i, bar] of bars.entries()) {
    if (bar.key === 'undated' || (bar.key.length === 4 && x.bandwidth() >= 30)) continue;
    const first = i === 0 || bar.key.slice(0, 4) !== bars[i - 1]!.key.slice(0, 4);
    if (first && x(bar.key)! - lastLabel >= 32) {
      years.add(bar.key);
      lastLabel = x(bar.key)!;
    }
  }
  return (
    <figure class="timeline" ref={ref}>
      <svg width={width} height={HEIGHT} role="group" aria-label="Mentions per month; choose a bar to list only its mentions">
        {ticks.map((t) => (
          <g key={t} class="tick">
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(t)} y2={y(t)} />
            <text x={MARGIN.left - 4} y={y(t)} dy="0.32em" text-anchor="end">
              {t}
            </text>
          </g>
        ))}
        {bars.map((bar) => {
          let top = y(0);
          const left = x(bar.key)!;
          const segments = bar.key === 'undated' ? [{ source: 'undated', count: bar.total }] : bar.bySource;
          const description = `${bar.label}${bar.inferred ? ' (a year inferred)' : ''}: ${count(bar.total, 'mention')}${
            bar.bySource.length ? ` (${bar.bySource.map((s) => `${s.source} ${s.count}`).join(', ')})` : ''
          }`;
          return (
            <g
              key={bar.key}
              class={`bar${selected === bar.key ? ' selected' : ''}${selected && selected !== bar.key ? ' faded' : ''}`}
              data-key={bar.key}
              data-total={bar.total}
              role="button"
              tabIndex={bar.total ? 0 : -1}
              aria-pressed={selected === bar.key}
              aria-label={description}
              onClick={() => bar.total && pick(bar.key)}
              onKeyDown={(e) => {
                if (bar.total && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  pick(bar.key);
                }
              }}
            >
              <title>{description}</title>
              <rect class="hit" x={left} y={MARGIN.top} width={x.bandwidth()} height={y(0) - MARGIN.top} />
              {segments.map((s) => {
                const h = y(0) - y(s.count);
                top -= h;
                return <rect key={s.source} x={left} y={top} width={x.bandwidth()} height={h} fill={bar.key === 'undated' ? OTHER : colour(s.source)} />;
              })}
              {firstRow(bar) && (
                <text class="axis" x={left + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 13} text-anchor="middle">
                  {firstRow(bar)}
                </text>
              )}
              {years.has(bar.key) && (
                <text class="axis year" x={left} y={HEIGHT - MARGIN.bottom + 27} text-anchor="start">
                  {bar.key.slice(0, 4)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {timeline.sources.map((source, i) => (
            <li key={source}>
              <span class="swatch" style={{ background: i < PALETTE.length ? colour(source) : OTHER }} />
              {source}
            </li>
          ))}
        </ul>
        {timeline.counted < timeline.total && (
          <p class="muted">
            The {timeline.counted.toLocaleString('en-GB')} most recent of {count(timeline.total, 'mention')}.
          </p>
        )}
      </figcaption>
    </figure>
  );
}
