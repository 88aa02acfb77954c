// Clusters article records in arrival order with a fresh, in-memory store, through exactly the ingestion path
// (ingest → analyze → link). `storyline cluster --jsonl` and the clustering evaluation both use it.
import type { IngestOutcome } from '../model.js';
import { createFetcher } from '../ingest/http/fetcher.js';
import { Linker } from '../link/linker.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { ingestInputs } from './ingest.js';

export interface ClusterRecord {
  id: string;
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
}

export type ClusterResult = { id: string; story: string; article: string } | { id: string; error: string };

/**
 * Runs the records (already parsed, or as raw JSON Lines text) through ingestion into a throw-away store and
 * returns, per record and in input order, the story it landed in.
 */
export async function clusterRecords(
  input: readonly ClusterRecord[] | string,
  options: { analyzer?: Analyzer; now?: () => Date } = {},
): Promise<ClusterResult[]> {
  const text = typeof input === 'string' ? input : input.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const ids = idsByLine(text);
  const store = openSqliteStore(':memory:');
  const analyzer = options.analyzer ?? createAnalyzer();
  try {
    const linker = await Linker.open(store, { snapshotEvery: Number.MAX_SAFE_INTEGER, now: options.now });
    const outcomes = await store.writeBatch(() =>
      ingestInputs(
        ['-'],
        store,
        {
          fetcher: createFetcher(),
          readStdin: () => Promise.resolve(Buffer.from(text, 'utf8')),
          now: options.now,
        },
        {},
        { analyzer, linker },
      ),
    );
    const results: ClusterResult[] = [];
    for (const outcome of outcomes) {
      const line = lineOf(outcome);
      const id = (line !== null ? ids.get(line) : undefined) ?? outcome.origin;
      if (outcome.status === 'ingested' || outcome.status === 'known') {
        const link = await store.getLink(outcome.id);
        const story = link ? await store.getStory(link.storyId) : null;
        results.push(
          story
            ? { id, story: story.id, article: outcome.id }
            : { id, error: 'stored but not linked (see the analysis failure)' },
        );
      } else results.push({ id, error: outcome.reason });
    }
    return results;
  } finally {
    if (!options.analyzer) await analyzer.close();
    await store.close();
  }
}

/** The `id` of each line's record (line numbers from 1), falling back to "line N". */
function idsByLine(text: string): Map<number, string> {
  const ids = new Map<number, string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let id = `line ${i + 1}`;
    try {
      const v = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof v === 'string' || typeof v === 'number') id = String(v);
    } catch {
      // reported by the record reader
    }
    ids.set(i + 1, id);
  });
  return ids;
}

function lineOf(outcome: IngestOutcome): number | null {
  const m = /#line (\d+)$/.exec(outcome.origin);
  if (m) return Number(m[1]);
  return /#record$/.test(outcome.origin) ? 1 : null;
}
