// `npm run bench [-- --json] [-- <id-prefix>...]`: speed, in the same scoreboard form as `npm run eval`.
import { analyzeBenchRows } from './analyze.js';
import { clusterBenchRows } from './cluster.js';
import { dedupeBenchRows } from './dedupe.js';
import { extractBenchRows } from './extract.js';
import { streamBenchRows } from './stream.js';
import { webBenchRows } from './web.js';
import { workersBenchRows } from './workers.js';
import { dataRoot } from '../src/eval/data-root.js';
import { parseArgs, renderJsonLines, renderTable, selected, type Row } from '../src/eval/scoreboard.js';

const BENCHES: { ids: string[]; run: (root: string) => Promise<Row[]> }[] = [
  { ids: ['bench.extract.ms_per_page', 'bench.extract.readability_ms_per_page'], run: extractBenchRows },
  { ids: ['bench.analyze.articles_per_s'], run: analyzeBenchRows },
  { ids: ['bench.stream.articles_per_s', 'bench.stream.peak_rss_mb'], run: (root) => streamBenchRows(root) },
  { ids: ['bench.dedupe.articles_per_s'], run: dedupeBenchRows },
  {
    ids: [
      'bench.web.story_p99_ms',
      'bench.web.story_rps',
      'bench.web.api_story_rps',
      'bench.web.api_stories_list_rps',
    ],
    run: () => webBenchRows(),
  },
  { ids: ['bench.cluster.articles_per_s'], run: clusterBenchRows },
  {
    ids: [
      'bench.workers.articles_per_s_1',
      'bench.workers.articles_per_s_2',
      'bench.workers.articles_per_s_4',
      'bench.workers.same_clusters',
    ],
    run: workersBenchRows,
  },
];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const root = dataRoot();
  const rows: Row[] = [];
  for (const bench of BENCHES) {
    if (!bench.ids.some((id) => selected(id, args.prefixes))) continue;
    rows.push(...(await bench.run(root)).filter((r) => selected(r.id, args.prefixes)));
  }
  process.stdout.write(`${args.json ? renderJsonLines(rows) : renderTable(rows)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
