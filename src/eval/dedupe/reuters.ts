// Report-only row: how many Reuters-21578 stories (in date order) are exact or near copies of an earlier one.
// There is no gold for it; it shows that the index finds the repeated wire items the corpus is known to hold.
import { loadHasher } from '../../link/dedupe/hasher.js';
import { readReuters, reutersFolder } from '../readers/reuters21578.js';
import type { Row } from '../scoreboard.js';
import { streamDuplicates } from './stream-duplicates.js';

const DATASET = 'stream/reuters21578';

export async function dedupeReutersRows(dataRoot: string): Promise<Row[]> {
  const stories = readReuters(dataRoot);
  if (stories.length === 0)
    return [
      {
        id: 'dedupe.reuters.duplicate_share',
        dataset: DATASET,
        value: null,
        note: `data missing: ${reutersFolder(dataRoot)}`,
      },
    ];
  const hasher = await loadHasher();
  const c = streamDuplicates(
    hasher,
    stories.map((s) => ({ id: s.id, text: s.text, at: s.date ? Date.parse(s.date) : NaN })),
  );
  return [
    {
      id: 'dedupe.reuters.duplicate_share',
      dataset: DATASET,
      value: (c.exact + c.near) / c.articles,
      note: `${c.articles} stories: ${c.exact} exact, ${c.near} near copies of an earlier story (report only, no gold); ${Math.round(c.articles / c.seconds)} articles/s`,
      details: { ...c },
    },
  ];
}
