// Streams evaluation texts through the product's own path — ingestion into a fresh in-memory store, analysis,
// and the linker (duplicates, entity identities, story clusterer) — via clusterRecords, the code behind
// `storyline cluster --jsonl`. A text ingestion refuses (too short to be an article) is its own story.
import { clusterRecords } from '../../pipeline/cluster-records.js';
import type { StreamText } from './stream-documents.js';

export interface IngestStreamResult {
  /** Story of each text, in input order. */
  stories: string[];
  /** Texts ingestion refused, each counted as a story of its own. */
  refused: number;
  seconds: number;
}

export async function runThroughIngest(texts: readonly StreamText[]): Promise<IngestStreamResult> {
  const started = performance.now();
  const results = await clusterRecords(
    texts.map((t, i) => ({
      id: `${i}`,
      text: t.text,
      title: t.title ?? null,
      publishedAt: t.publishedAt ?? null,
      outlet: t.outlet ?? null,
    })),
  );
  const byIndex = new Map(results.map((r) => [r.id, r]));
  let refused = 0;
  const stories = texts.map((_, i) => {
    const r = byIndex.get(`${i}`);
    if (r && 'story' in r) return r.story;
    refused++;
    return `refused:${i}`;
  });
  return { stories, refused, seconds: (performance.now() - started) / 1000 };
}
