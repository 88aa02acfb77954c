// Near-duplicate index throughput (find + add per article) on the Reuters-21578 stream, one thread.
import { streamDuplicates } from '../src/eval/dedupe/stream-duplicates.js';
import { readReuters, reutersFolder } from '../src/eval/readers/reuters21578.js';
import type { Row } from '../src/eval/scoreboard.js';
import { loadHasher } from '../src/link/dedupe/hasher.js';

const DATASET = 'stream/reuters21578';

export async function dedupeBenchRows(root: string): Promise<Row[]> {
  const stories = readReuters(root);
  if (stories.length === 0)
    return [
      {
        id: 'bench.dedupe.articles_per_s',
        dataset: DATASET,
        value: null,
        note: `data missing: ${reutersFolder(root)}`,
      },
    ];
  const hasher = await loadHasher();
  const texts = stories.map((s) => ({ id: s.id, text: s.text, at: s.date ? Date.parse(s.date) : NaN }));
  const c = streamDuplicates(hasher, texts);
  return [
    {
      id: 'bench.dedupe.articles_per_s',
      dataset: DATASET,
      value: c.articles / c.seconds,
      target: '>= 1000',
      unit: 'articles/s',
      note: `${c.articles} articles, find + add each, one thread; ${c.retained} kept in the window`,
    },
  ];
}
