// The whole single-machine pipeline on the Reuters-21578 stream in date order: ingest → analyze (both cores) →
// link, into the embedded store. Articles per second end to end, peak memory, and the time per article as the
// store grows (it must stay flat).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFetcher } from '../src/ingest/http/fetcher.js';
import { ingestAndLink } from '../src/pipeline/ingest-and-link.js';
import { readReuters, reutersFolder } from '../src/eval/readers/reuters21578.js';
import type { Row } from '../src/eval/scoreboard.js';
import type { StorySummary } from '../src/model.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const DATASET = 'stream/reuters21578';
const CHECKPOINTS = [1000, 5000, 10000];
const WINDOW = 500;
const LONG_DAYS = 30;

/** The shape of the clustering (no gold for Reuters events): the largest story, and the share of articles in
 *  stories that span more than LONG_DAYS — a news event rarely does; routine reports lumped together do. */
function storyShape(stories: readonly StorySummary[]): { largest: number; longShare: number } {
  let total = 0;
  let long = 0;
  let largest = 0;
  for (const s of stories) {
    total += s.articleCount;
    largest = Math.max(largest, s.articleCount);
    if (Date.parse(s.lastSeen) - Date.parse(s.firstSeen) > LONG_DAYS * 86_400_000) long += s.articleCount;
  }
  return { largest, longShare: total ? long / total : 0 };
}

export interface StreamBenchOptions {
  limit?: number;
  /** Keep the linked store at this path (the web benchmark serves it) instead of deleting it. */
  keepStoreAt?: string;
}

export async function streamBenchRows(root: string, options: StreamBenchOptions = {}): Promise<Row[]> {
  const limit = options.limit ?? Infinity;
  const stories = readReuters(root, limit)
    .filter((s) => s.text.trim().length > 0)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  if (stories.length === 0)
    return [
      {
        id: 'bench.stream.articles_per_s',
        dataset: DATASET,
        value: null,
        note: `data missing: ${reutersFolder(root)}`,
      },
    ];
  const dir = mkdtempSync(join(tmpdir(), 'storyline-stream-'));
  const file = join(dir, 'stream.jsonl');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    file,
    stories
      .map((s) =>
        JSON.stringify({
          id: s.id,
          title: s.title,
          text: s.dateline ? `${s.dateline} - ${s.text}` : s.text,
          publishedAt: s.date,
          outlet: 'Reuters',
        }),
      )
      .join('\n') + '\n',
  );
  const store = openSqliteStore(options.keepStoreAt ?? join(dir, 'stream.db'));
  const stamps: number[] = [];
  let peakRss = 0;
  const started = performance.now();
  try {
    const result = await ingestAndLink(
      [file],
      store,
      { fetcher: createFetcher(), maxBytes: 1 << 30 },
      {},
      {
        skipViews: true,
        onLinked: () => {
          stamps.push(performance.now());
          if (stamps.length % 250 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
        },
      },
    );
    const wall = (performance.now() - started) / 1000;
    peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
    const n = result.linked;
    const msPerArticleAt = (k: number): number | null => {
      if (k > stamps.length) return null;
      const from = Math.max(0, k - WINDOW);
      return ((stamps[k - 1] ?? 0) - (stamps[from] ?? 0)) / Math.max(1, k - 1 - from);
    };
    const points = [...CHECKPOINTS.filter((k) => k <= n), n].map((k) => ({ at: k, ms: msPerArticleAt(k) }));
    const storiesCount = await store.countStories();
    const shape = storyShape(await store.listStories({ limit: 1_000_000 }));
    const rssMb = peakRss / 1024 / 1024;
    return [
      {
        id: 'bench.stream.articles_per_s',
        dataset: DATASET,
        value: n / wall,
        target: '>= 300',
        unit: 'articles/s',
        note: `${n} articles linked into ${storiesCount} stories in ${wall.toFixed(1)} s; ms/article (last ${WINDOW}) at ${points.map((p) => `${p.at}: ${p.ms?.toFixed(2) ?? '—'}`).join(', ')}; largest story ${shape.largest} articles, ${(shape.longShare * 100).toFixed(1)}% of articles in stories spanning over ${LONG_DAYS} days`,
        details: { articles: n, stories: storiesCount, wallSeconds: wall, msPerArticle: points, ...shape },
      },
      {
        id: 'bench.stream.peak_rss_mb',
        dataset: DATASET,
        value: rssMb,
        target: '<= 1536',
        unit: 'MB',
        note: 'main process incl. analysis worker threads',
      },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
