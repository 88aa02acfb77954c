// The citation graph as a server-drawn SVG: outlets on the left, the sources and wires they rely on on the right
// (an outlet that others cite appears on both sides).
import type { StorySources } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

const ROW = 30;
const WIDTH = 340;
const LEFT_X = 112;
const RIGHT_X = WIDTH - 128;

/** Characters that fit beside a node on each side. */
const LEFT_CHARS = 15;
const RIGHT_CHARS = 19;

function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function citationGraph(graph: StorySources['graph']): SafeHtml {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  const left = [...new Set(edges.map((e) => e.from))].map((id) => byId.get(id)!);
  const right = [...new Set(edges.map((e) => e.to))].map((id) => byId.get(id)!);
  if (edges.length === 0) return html`<p class="meta">No outlet cites another source in this story.</p>`;
  const rows = Math.max(left.length, right.length);
  const height = rows * ROW + 10;
  const y = (i: number, count: number) => 5 + ((rows - count) * ROW) / 2 + i * ROW + ROW / 2;
  const pos = new Map<string, { x: number; y: number }>();
  left.forEach((n, i) => pos.set(`L${n.id}`, { x: LEFT_X, y: y(i, left.length) }));
  right.forEach((n, i) => pos.set(`R${n.id}`, { x: RIGHT_X, y: y(i, right.length) }));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const described = edges.map((e) => `${byId.get(e.from)!.label} cites ${byId.get(e.to)!.label}`).join('; ');
  const kindLabel = (k: string) =>
    k === 'outlet' ? 'outlet' : k === 'wire' ? 'wire agency' : 'cited source';
  const node = (n: StorySources['graph']['nodes'][number], side: 'L' | 'R') => {
    const p = pos.get(`${side}${n.id}`)!;
    return html`<g class="node ${n.kind}">
      <title>${n.label} (${kindLabel(n.kind)})</title>
      <circle cx="${p.x}" cy="${p.y}" r="5"></circle>
      <text
        x="${side === 'L' ? p.x - 10 : p.x + 10}"
        y="${p.y + 4}"
        text-anchor="${side === 'L' ? 'end' : 'start'}"
      >
        ${clip(n.label, side === 'L' ? LEFT_CHARS : RIGHT_CHARS)}
      </text>
    </g>`;
  };
  return html`<svg
    class="graph"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-label="Citation graph: ${described}"
  >
    ${edges.map((e) => {
      const a = pos.get(`L${e.from}`)!;
      const b = pos.get(`R${e.to}`)!;
      const mid = (a.x + b.x) / 2;
      return html`<path
        d="M${a.x + 4} ${a.y} C${mid} ${a.y}, ${mid} ${b.y}, ${b.x - 4} ${b.y}"
        class="edge"
        stroke-width="${(1 + (2 * e.count) / maxCount).toFixed(1)}"
      ></path>`;
    })}
    ${left.map((n) => node(n, 'L'))} ${right.map((n) => node(n, 'R'))}
  </svg>`;
}
