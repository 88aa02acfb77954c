// Streams ClusterDocs through a fresh StoryClusterer and returns each article's final story (after merges).
import type { ClusterDoc } from '../../link/cluster/cluster-doc.js';
import { StoryClusterer, type StoryClustererOptions } from '../../link/cluster/story-clusterer.js';

export interface StreamResult {
  /** Final story of each doc, in input order. */
  stories: string[];
  merges: number;
  seconds: number;
}

export function runStream(
  docs: readonly ClusterDoc[],
  options: Partial<StoryClustererOptions> = {},
): StreamResult {
  const clusterer = new StoryClusterer(options);
  const assigned: string[] = [];
  const mergedInto = new Map<string, string>();
  const started = performance.now();
  for (const doc of docs) {
    const decision = clusterer.add(doc);
    assigned.push(decision.storyId);
    for (const m of decision.merges) mergedInto.set(m.from, m.into);
  }
  const seconds = (performance.now() - started) / 1000;
  const final = (id: string): string => {
    let s = id;
    for (let guard = 0; mergedInto.has(s) && guard < 1000; guard++) s = mergedInto.get(s)!;
    return s;
  };
  return { stories: assigned.map(final), merges: mergedInto.size, seconds };
}
