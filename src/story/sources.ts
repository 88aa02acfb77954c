// Who reported a story and whom they rely on: outlets, independent sources, cited secondary sources, wire origins,
// and the outlet → cited-source graph.
import type { StoryDoc, StorySources } from '../model.js';
import { outletOf } from './outlet-name.js';

const outletNode = (name: string) => `outlet:${name.toLowerCase()}`;

export function buildSources(docs: readonly StoryDoc[]): StorySources {
  const outlets = new Map<string, { name: string; articleIds: string[]; sourceKeys: Set<string> }>();
  const cited = new Map<
    string,
    {
      key: string;
      name: string;
      kind: StorySources['cited'][number]['kind'];
      citedBy: Set<string>;
      articleIds: Set<string>;
    }
  >();
  const wires = new Map<string, { key: string; name: string; articleIds: string[] }>();
  const edges = new Map<string, { from: string; to: string; count: number }>();
  const nodes = new Map<string, StorySources['graph']['nodes'][number]>();
  const sourceKeys = new Set<string>();

  // Articles in seq order, so "article 3" is the third article of the story's list.
  const ordered = [...docs].sort((a, b) => a.link.seq - b.link.seq);
  for (const [i, doc] of ordered.entries()) {
    // An article that names no outlet is a source of its own, not one "unknown outlet" for all of them.
    const name = outletOf(doc) ?? `no outlet (#${i + 1})`;
    sourceKeys.add(doc.link.sourceKey);
    const o = outlets.get(name) ?? { name, articleIds: [], sourceKeys: new Set<string>() };
    o.articleIds.push(doc.article.id);
    o.sourceKeys.add(doc.link.sourceKey);
    outlets.set(name, o);
    const from = outletNode(name);
    if (!nodes.has(from)) nodes.set(from, { id: from, label: name, kind: 'outlet' });

    const w = doc.link.wireOrigin;
    if (w) {
      const entry = wires.get(w.key) ?? { key: w.key, name: w.name, articleIds: [] };
      entry.articleIds.push(doc.article.id);
      wires.set(w.key, entry);
      const to = `wire:${w.key}`;
      if (!nodes.has(to)) nodes.set(to, { id: to, label: w.name, kind: 'wire' });
      addEdge(edges, from, to);
    }

    const seen = new Set<string>();
    for (const c of doc.analysis.citedSources) {
      // An outlet citing itself ("Reuters reported" in a Reuters story) is not a secondary source.
      if (c.name.toLowerCase() === name.toLowerCase()) continue;
      const entry = cited.get(c.key) ?? {
        key: c.key,
        name: c.name,
        kind: c.kind,
        citedBy: new Set<string>(),
        articleIds: new Set<string>(),
      };
      entry.citedBy.add(name);
      entry.articleIds.add(doc.article.id);
      cited.set(c.key, entry);
      const to = `cited:${c.key}`;
      if (!nodes.has(to)) nodes.set(to, { id: to, label: c.name, kind: 'cited' });
      if (!seen.has(c.key)) addEdge(edges, from, to);
      seen.add(c.key);
    }
  }

  const byCount = <T extends { articleIds: { length: number } | Set<string> }>(a: T, b: T) =>
    size(b.articleIds) - size(a.articleIds);
  return {
    outlets: [...outlets.values()]
      .map((o) => ({ name: o.name, articleIds: o.articleIds, sourceKeys: [...o.sourceKeys].sort() }))
      .sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name)),
    independentSources: sourceKeys.size,
    cited: [...cited.values()]
      .map((c) => ({
        key: c.key,
        name: c.name,
        kind: c.kind,
        citedBy: [...c.citedBy].sort(),
        articleIds: [...c.articleIds],
      }))
      .sort((a, b) => b.citedBy.length - a.citedBy.length || byCount(a, b) || a.name.localeCompare(b.name)),
    wireOrigins: [...wires.values()].sort((a, b) => byCount(a, b) || a.name.localeCompare(b.name)),
    graph: { nodes: [...nodes.values()], edges: [...edges.values()] },
  };
}

function size(x: { length: number } | Set<string>): number {
  return x instanceof Set ? x.size : x.length;
}

function addEdge(
  edges: Map<string, { from: string; to: string; count: number }>,
  from: string,
  to: string,
): void {
  const k = `${from}→${to}`;
  const e = edges.get(k) ?? { from, to, count: 0 };
  e.count++;
  edges.set(k, e);
}
