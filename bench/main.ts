// `npm run bench [-- --json] [-- <id-prefix>...]`: speed, in the same scoreboard form as `npm run eval`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeBenchRows } from './analyze.js';
import { clusterBenchRows } from './cluster.js';
import { dedupeBenchRows } from './dedupe.js';
import { extractBenchRows } from './extract.js';
import { streamBenchRows } from './stream.js';
import { webBenchRows } from './web.js';
import { workersBenchRows } from './workers.js';
import { dataRoot } from '../src/eval/data-root.js';
import { readReuters } from '../src/eval/readers/reuters21578.js';
import { parseArgs, renderJsonLines, renderTable, selected, type Row } from '../src/eval/scoreboard.js';

interface BenchContext {
  root: string;
  /** Where bench.stream keeps the store it links from the Reuters stream, for bench.web to serve. */
  reutersStore: string;
}

/** The Reuters store for the web benchmark: STORYLINE_BENCH_WEB_DB, else the one bench.stream linked in this run,
 *  else linked now (when the data is there). */
async function reutersStoreFor(context: BenchContext): Promise<string | undefined> {
  const given = process.env['STORYLINE_BENCH_WEB_DB'];
  if (given) return given;
  if (existsSync(context.reutersStore)) return context.reutersStore;
  if (readReuters(context.root, 1).length === 0) return undefined;
  await streamBenchRows(context.root, { keepStoreAt: context.reutersStore });
  return context.reutersStore;
}

const BENCHES: { ids: string[]; run: (context: BenchContext) => Promise<Row[]> }[] = [
  {
    ids: ['bench.extract.ms_per_page', 'bench.extract.readability_ms_per_page'],
    run: ({ root }) => extractBenchRows(root),
  },
  { ids: ['bench.analyze.articles_per_s'], run: ({ root }) => analyzeBenchRows(root) },
  {
    ids: ['bench.stream.articles_per_s', 'bench.stream.peak_rss_mb'],
    run: ({ root, reutersStore }) => streamBenchRows(root, { keepStoreAt: reutersStore }),
  },
  { ids: ['bench.dedupe.articles_per_s'], run: ({ root }) => dedupeBenchRows(root) },
  {
    ids: [
      'bench.web.story_p99_ms',
      'bench.web.story_rps',
      'bench.web.api_story_rps',
      'bench.web.api_stories_list_rps',
    ],
    run: async (context) => webBenchRows({ reutersStore: await reutersStoreFor(context) }),
  },
  { ids: ['bench.cluster.articles_per_s'], run: ({ root }) => clusterBenchRows(root) },
  {
    ids: [
      'bench.workers.articles_per_s_1',
      'bench.workers.articles_per_s_2',
      'bench.workers.articles_per_s_4',
      'bench.workers.same_clusters',
    ],
    run: ({ root }) => workersBenchRows(root),
  },
];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const workdir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
  const context: BenchContext = { root: dataRoot(), reutersStore: join(workdir, 'reuters.db') };
  const rows: Row[] = [];
  try {
    for (const bench of BENCHES) {
      if (!bench.ids.some((id) => selected(id, args.prefixes))) continue;
      rows.push(...(await bench.run(context)).filter((r) => selected(r.id, args.prefixes)));
    }
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
  process.stdout.write(`${args.json ? renderJsonLines(rows) : renderTable(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
