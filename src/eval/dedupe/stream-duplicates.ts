// Streams texts in order through a NearDuplicateIndex (find, then add) and counts what it found.
import type { Hasher } from '../../link/dedupe/hasher.js';
import { NearDuplicateIndex } from '../../link/dedupe/near-duplicate-index.js';

export interface StreamedText {
  id: string;
  text: string;
  /** ms since epoch, for the index's window. */
  at: number;
}

export interface DuplicateCounts {
  articles: number;
  exact: number;
  near: number;
  /** Up to `sampleSize` near-duplicate pairs (id, original, similarity) for inspection. */
  samples: { id: string; of: string; similarity: number }[];
  seconds: number;
  retained: number;
}

export function streamDuplicates(
  hasher: Hasher,
  texts: readonly StreamedText[],
  sampleSize = 10,
): DuplicateCounts {
  const index = new NearDuplicateIndex(hasher);
  const counts: DuplicateCounts = { articles: 0, exact: 0, near: 0, samples: [], seconds: 0, retained: 0 };
  const started = performance.now();
  for (const t of texts) {
    const match = index.find(t.text);
    if (match?.similarity === 1) counts.exact++;
    else if (match) {
      counts.near++;
      if (counts.samples.length < sampleSize)
        counts.samples.push({ id: t.id, of: match.articleId, similarity: match.similarity });
    }
    index.add(t.id, t.text, t.at);
    counts.articles++;
  }
  counts.seconds = (performance.now() - started) / 1000;
  counts.retained = index.size;
  return counts;
}
