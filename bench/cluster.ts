// Story clusterer throughput (the clusterer alone, one thread) on the Reuters-21578 stream in date order: the
// first stories are analysed once (ingest-style article + analyze + clusterDocFrom), then timed through add().
import { clusterDocsOf } from '../src/eval/cluster/stream-documents.js';
import { readReuters, reutersFolder } from '../src/eval/readers/reuters21578.js';
import type { Row } from '../src/eval/scoreboard.js';
import { StoryClusterer } from '../src/link/cluster/story-clusterer.js';

const DATASET = 'stream/reuters21578';
/** Stories analysed for the benchmark (analysis, not clustering, is the slow part of preparing them). */
const STORIES = 3000;

export async function clusterBenchRows(root: string): Promise<Row[]> {
  const stories = readReuters(root)
    .map((s, i) => ({ s, i, t: s.date ? Date.parse(s.date) : Infinity }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .slice(0, STORIES)
    .map(({ s }) => s);
  if (stories.length === 0)
    return [
      {
        id: 'bench.cluster.articles_per_s',
        dataset: DATASET,
        value: null,
        note: `data missing: ${reutersFolder(root)}`,
      },
    ];
  const docs = clusterDocsOf(
    stories.map((s) => ({ id: s.id, text: s.text, title: s.title, publishedAt: s.date })),
  );
  const clusterer = new StoryClusterer();
  const started = performance.now();
  for (const doc of docs) clusterer.add(doc);
  const seconds = (performance.now() - started) / 1000;
  const snapshotKb = Buffer.byteLength(JSON.stringify(clusterer.toJSON())) / 1024;
  return [
    {
      id: 'bench.cluster.articles_per_s',
      dataset: DATASET,
      value: docs.length / seconds,
      unit: 'articles/s',
      note: `first ${docs.length} stories in date order, clusterer alone, one thread; ${clusterer.activeStories} recent stories kept, snapshot ${Math.round(snapshotKb)} KB`,
    },
  ];
}
