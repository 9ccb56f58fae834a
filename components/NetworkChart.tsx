import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import { useMemo, useState } from 'preact/hooks';
import { count, KIND_GROUP, KIND_LABEL } from '@/lib/shared/words';
import type { CoMentionNetwork, NetworkEdge, NetworkNode } from '@/lib/store/profile-store';
import type { EntityId, EntityKind } from '@/lib/shared/types';

/** The kinds' colours, the same as the badges and the marks. */
const KIND_COLOUR: Record<EntityKind, string> = { official: '#c2410c', organization: '#1d4ed8', person: '#047857' };
/** The most names written on the picture; the others are named when pointed at. */
const MAX_LABELS = 40;
/** Ticks of the force layout: enough for 100 nodes to settle. */
const TICKS = 300;
const FONT_SIZE = 12;

type LaidNode = NetworkNode & SimulationNodeDatum & { r: number };
type LaidEdge = Omit<NetworkEdge, 'source' | 'target'> & SimulationLinkDatum<LaidNode> & { source: LaidNode; target: LaidNode };

/** Where a name is written: its anchor point and alignment, and the box it takes. */
interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: { x1: number; y1: number; x2: number; y2: number };
}

interface Layout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  labels: Map<EntityId, Label>;
  box: { x: number; y: number; width: number; height: number };
}

/** A name's candidate places around its circle: right, left, below, above, then the four corners. */
function labelPlaces(n: LaidNode): Label[] {
  const w = labelWidth(n.name);
  const h = FONT_SIZE;
  const [x, y, r] = [n.x!, n.y!, n.r];
  // A label beside the circle, its middle `dy` below the circle's.
  const beside = (side: 'start' | 'end', dy: number): Label => {
    const cy = y + dy;
    const x0 = side === 'start' ? x + r + 3 : x - r - 3;
    return { x: x0, y: cy, anchor: side, box: { x1: side === 'start' ? x0 : x0 - w, y1: cy - h / 2, x2: side === 'start' ? x0 + w : x0, y2: cy + h / 2 } };
  };
  const corner = r * 0.7 + h / 2;
  // Below and above, `gap` from the circle.
  const under = (gap: number): Label => ({
    x,
    y: y + r + gap + h / 2,
    anchor: 'middle',
    box: { x1: x - w / 2, y1: y + r + gap, x2: x + w / 2, y2: y + r + gap + h },
  });
  const over = (gap: number): Label => ({
    x,
    y: y - r - gap - h / 2,
    anchor: 'middle',
    box: { x1: x - w / 2, y1: y - r - gap - h, x2: x + w / 2, y2: y - r - gap },
  });
  return [
    beside('start', 0),
    beside('end', 0),
    under(2),
    over(2),
    beside('start', -corner),
    beside('start', corner),
    beside('end', -corner),
    beside('end', corner),
    // Where the ring around the circle is taken, a little farther out.
    under(2 + h),
    over(2 + h),
    beside('start', -corner - h),
    beside('start', corner + h),
    beside('end', -corner - h),
    beside('end', corner + h),
  ];
}

/** About how wide a label is at the picture's font size. */
const labelWidth = (name: string) => name.length * FONT_SIZE * 0.56;

/**
 * Lays the network out with d3-force (links pull named-together entities close, stronger ties
 * closer; every node pushes the others away; none overlap), run to rest before drawing, so the picture
 * is the same each time. Names are written for the strongest nodes first, skipping any that would
 * overlap a name already written.
 */
function layOut(network: CoMentionNetwork, width: number, height: number): Layout {
  const radius = scaleSqrt()
    .domain([1, Math.max(2, ...network.nodes.map((n) => n.mentions))])
    .range([5, 16])
    .clamp(true);
  const nodes: LaidNode[] = network.nodes.map((n) => ({ ...n, r: radius(Math.max(1, n.mentions)) }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LaidEdge[] = network.edges.map((e) => ({ ...e, source: byId.get(e.source)!, target: byId.get(e.target)! }));
  const centre = nodes.find((n) => n.id === network.centre);
  if (centre) {
    centre.fx = width / 2;
    centre.fy = height / 2;
  }
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<LaidNode, LaidEdge>(edges)
        .distance((e) => 50 + 90 / Math.sqrt(e.weight))
        .strength(0.4),
    )
    .force('charge', forceManyBody<LaidNode>().strength(-220))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX<LaidNode>(width / 2).strength(0.06))
    .force('y', forceY<LaidNode>(height / 2).strength(0.1))
    .force(
      'collide',
      forceCollide<LaidNode>((n) => n.r + 6),
    )
    .stop()
    .tick(TICKS);

  const labels = new Map<EntityId, Label>();
  const ranked = [...nodes].sort((a, b) => Number(b.id === network.centre) - Number(a.id === network.centre) || b.strength - a.strength);
  const overlaps = (a: Label['box'], b: Label['box']) => a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;
  const onNode = (box: Label['box'], self: LaidNode) =>
    nodes.some((o) => o !== self && overlaps(box, { x1: o.x! - o.r, y1: o.y! - o.r, x2: o.x! + o.r, y2: o.y! + o.r }));
  for (const n of ranked) {
    if (labels.size >= MAX_LABELS) break;
    const place = labelPlaces(n).find((p) => ![...labels.values()].some((l) => overlaps(p.box, l.box)) && !onNode(p.box, n));
    if (place) labels.set(n.id, place);
  }
  // The drawing's bounds, names included, so nothing is cut off at any size.
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const label = labels.get(n.id)?.box ?? labelPlaces(n)[0]!.box;
    x1 = Math.min(x1, n.x! - n.r, label.x1);
    y1 = Math.min(y1, n.y! - n.r, label.y1);
    x2 = Math.max(x2, n.x! + n.r, label.x2);
    y2 = Math.max(y2, n.y! + n.r, label.y2);
  }
  const pad = 8;
  return { nodes, edges, labels, box: { x: x1 - pad, y: y1 - pad, width: x2 - x1 + 2 * pad, height: y2 - y1 + 2 * pad } };
}

function NodeLabel({ node, label }: { node: LaidNode; label: Label }) {
  return (
    <text x={label.x} y={label.y} dy="0.35em" text-anchor={label.anchor} font-size={FONT_SIZE}>
      {node.name}
    </text>
  );
}

interface Props {
  network: CoMentionNetwork;
  /** Where a node leads: the entity's profile. */
  href: (id: EntityId) => string;
  /** Opens profiles in a new tab (from the options page) rather than in this one. */
  newTab?: boolean;
  /** The drawing area the layout aims for, in CSS pixels. */
  width?: number;
  height?: number;
}

/**
 * Who appears with whom: entities as circles coloured by kind and sized by mentions, ties as lines
 * as thick as they are strong. Each circle is a link to the entity's profile; pointing at one brings
 * out its ties.
 */
export function NetworkChart({ network, href, newTab, width = 880, height = 520 }: Props) {
  const layout = useMemo(() => layOut(network, width, height), [network, width, height]);
  const [focus, setFocus] = useState<EntityId | null>(null);
  const thickness = scaleSqrt()
    .domain([1, Math.max(2, ...network.edges.map((e) => e.weight))])
    .range([1, 7]);
  const ties = (id: EntityId) => layout.edges.filter((e) => e.source.id === id || e.target.id === id).length;
  if (!network.nodes.length) return <p class="muted">No two names share a paragraph yet.</p>;
  const { box } = layout;
  return (
    <figure class="network">
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        width={Math.min(box.width, width)}
        style={{ maxWidth: '100%', height: 'auto' }}
        role="group"
        aria-label={`Who appears with whom: ${count(network.nodes.length, 'name')} and ${count(network.edges.length, 'tie')}`}
      >
        <g class="edges">
          {layout.edges.map((e) => (
            <line
              key={`${e.source.id}|${e.target.id}`}
              data-source={e.source.id}
              data-target={e.target.id}
              data-weight={e.weight}
              data-sentences={e.sentences}
              data-paragraphs={e.paragraphs}
              class={focus && (e.source.id === focus || e.target.id === focus) ? 'lit' : focus ? 'dim' : ''}
              x1={e.source.x}
              y1={e.source.y}
              x2={e.target.x}
              y2={e.target.y}
              stroke-width={thickness(e.weight)}
            >
              <title>{`${e.source.name} and ${e.target.name}: ${count(e.paragraphs, 'paragraph')}, ${count(e.sentences, 'sentence')} together`}</title>
            </line>
          ))}
        </g>
        <g class="nodes">
          {layout.nodes.map((n) => (
            <a
              key={n.id}
              href={href(n.id)}
              target={newTab ? '_blank' : undefined}
              rel={newTab ? 'noopener' : undefined}
              data-entity={n.id}
              data-kind={n.kind}
              class={`node${n.id === network.centre ? ' centre' : ''}${focus && focus !== n.id ? ' dim' : ''}`}
              aria-label={`${n.name}, ${KIND_LABEL[n.kind].toLowerCase()}: ${count(n.mentions, 'mention')}, ${count(ties(n.id), 'tie')} shown. Open the profile.`}
              onMouseEnter={() => setFocus(n.id)}
              onMouseLeave={() => setFocus(null)}
              onFocus={() => setFocus(n.id)}
              onBlur={() => setFocus(null)}
            >
              <title>{`${n.name} (${KIND_LABEL[n.kind]}): ${count(n.mentions, 'mention')}`}</title>
              <circle cx={n.x} cy={n.y} r={n.r} fill={KIND_COLOUR[n.kind]} />
              {(layout.labels.has(n.id) || focus === n.id) && <NodeLabel node={n} label={layout.labels.get(n.id) ?? labelPlaces(n)[0]!} />}
            </a>
          ))}
        </g>
      </svg>
      <figcaption>
        <ul class="legend">
          {(Object.keys(KIND_COLOUR) as EntityKind[]).map((kind) => (
            <li key={kind}>
              <span class="swatch round" style={{ background: KIND_COLOUR[kind] }} />
              {KIND_GROUP[kind]}
            </li>
          ))}
          <li>
            <span class="swatch line" /> named in one paragraph; thicker when more often, a shared sentence counting twice
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
