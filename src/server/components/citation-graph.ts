// The citation graph as a server-drawn SVG: outlets on the left, the sources and wires they rely on on the right.
import type { StorySources } from '../../model.js';
import { html, type SafeHtml } from '../html.js';

const ROW = 30;
const WIDTH = 320;

function clip(label: string, max = 22): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function citationGraph(graph: StorySources['graph']): SafeHtml {
  const targets = new Set(graph.edges.map((e) => e.to));
  const left = graph.nodes.filter(
    (n) => n.kind === 'outlet' && !(targets.has(n.id) && !graph.edges.some((e) => e.from === n.id)),
  );
  const leftIds = new Set(left.map((n) => n.id));
  const right = graph.nodes.filter((n) => !leftIds.has(n.id));
  if (left.length === 0 || graph.edges.length === 0)
    return html`<p class="meta">No outlet cites another source in this story.</p>`;
  const rows = Math.max(left.length, right.length);
  const height = rows * ROW + 10;
  const y = (i: number, count: number) => 5 + ((rows - count) * ROW) / 2 + i * ROW + ROW / 2;
  const pos = new Map<string, { x: number; y: number }>();
  left.forEach((n, i) => pos.set(n.id, { x: 118, y: y(i, left.length) }));
  right.forEach((n, i) => pos.set(n.id, { x: WIDTH - 118, y: y(i, right.length) }));
  const maxCount = Math.max(1, ...graph.edges.map((e) => e.count));
  const described = graph.edges
    .map(
      (e) =>
        `${graph.nodes.find((n) => n.id === e.from)?.label ?? e.from} cites ${graph.nodes.find((n) => n.id === e.to)?.label ?? e.to}`,
    )
    .join('; ');
  return html`<svg
    class="graph"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-label="Citation graph: ${described}"
  >
    ${graph.edges.map((e) => {
      const a = pos.get(e.from);
      const b = pos.get(e.to);
      if (!a || !b) return '';
      const mid = (a.x + b.x) / 2;
      return html`<path
        d="M${a.x + 4} ${a.y} C${mid} ${a.y}, ${mid} ${b.y}, ${b.x - 4} ${b.y}"
        class="edge"
        stroke-width="${(1 + (2 * e.count) / maxCount).toFixed(1)}"
      ></path>`;
    })}
    ${[...left, ...right].map((n) => {
      const p = pos.get(n.id)!;
      const isLeft = leftIds.has(n.id);
      return html`<g class="node ${n.kind}">
        <title>
          ${n.label} (${n.kind === 'outlet' ? 'outlet' : n.kind === 'wire' ? 'wire agency' : 'cited source'})
        </title>
        <circle cx="${p.x}" cy="${p.y}" r="5"></circle>
        <text x="${isLeft ? p.x - 10 : p.x + 10}" y="${p.y + 4}" text-anchor="${isLeft ? 'end' : 'start'}"
          >${clip(n.label)}</text
        >
      </g>`;
    })}
  </svg>`;
}
