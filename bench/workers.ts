// The distributed pipeline's throughput: the Reuters-21578 stream through 1, 2 and 4 `storyline worker` processes
// on a throw-away local PostgreSQL, against the single-process embedded (SQLite) pipeline, in one run.
// `npm run bench -- bench.workers --limit=N` runs on the first N stories (2000: about 4 minutes).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analyze/analyze.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { sha256 } from '../src/ingest/article-id.js';
import type { SourceDocument } from '../src/ingest/source-document.js';
import { readReuters, reutersFolder, type ReutersStory } from '../src/eval/readers/reuters21578.js';
import type { Row } from '../src/eval/scoreboard.js';
import { storylineCliForChildren } from '../src/queue/bundle-for-child.js';
import { queueUtils } from '../src/queue/enqueue-inputs.js';
import { jobSpec } from '../src/queue/jobs.js';
import { pipelineStages } from '../src/queue/pipeline-stages.js';
import { ensureLivenessTable } from '../src/queue/worker-liveness.js';
import { openPostgresStore, type PostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import { Linker } from '../src/link/linker.js';
import type { Store } from '../src/store/store.js';
import { skipPostgres, startTestPostgres } from '../src/store/test-postgres.js';

const DATASET = 'stream/reuters21578';
const WORKER_COUNTS = [1, 2, 4] as const;

/** The whole stream by default (about 30 min on 2 cores): a worker spends its first thousand or so articles
 *  warming up (JIT compilation on the other core), which a short run mostly measures. */
function limitArg(): number {
  const arg = process.argv.find((a) => a.startsWith('--limit='));
  return arg ? Number(arg.slice('--limit='.length)) || Infinity : Infinity;
}

function docOf(s: ReutersStory, i: number): SourceDocument {
  const body = `${s.id}\n${s.title ?? ''}\n${s.text}`;
  const origin = `reuters21578#${s.id || i}`;
  return {
    origin,
    kind: 'text',
    raw: {
      id: sha256(body),
      origin,
      kind: 'text',
      mediaType: 'text/plain',
      body,
      fetchedAt: '1987-01-01T00:00:00Z',
    },
    body: { format: 'text', text: s.text, title: s.title },
    hints: s.date ? [{ publishedAt: { value: s.date, source: 'record' } }] : [],
  };
}

/**
 * Fingerprint of what the per-article stages produced: each stored text and its analysis. Keyed by the text, not
 * the article id: of two exact copies (342 in the stream) that workers store at the same moment, either may be the
 * one kept (the other is "known"), as in one process the first to arrive is.
 */
async function fingerprint(store: Store, ids: string[]): Promise<string> {
  const lines: string[] = [];
  for (const id of ids) {
    const text = (await store.getArticle(id))?.text ?? '';
    const sentences = JSON.stringify((await store.getAnalysis(id))?.sentences ?? null);
    lines.push(`${createHash('sha256').update(text).digest('hex')}:${sentences}`);
  }
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

async function storedIds(store: PostgresStore): Promise<string[]> {
  return (await store.pool.query<{ id: string }>('SELECT id FROM articles ORDER BY seq')).rows.map(
    (r) => r.id,
  );
}

/** Story partition of the articles, as sorted groups of article ids (story ids themselves may differ). */
async function partition(store: Store, ids: string[]): Promise<string> {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const link = await store.getLink(id);
    const story = link ? ((await store.getStory(link.storyId))?.id ?? link.storyId) : `unlinked:${id}`;
    groups.set(story, [...(groups.get(story) ?? []), id]);
  }
  return JSON.stringify([...groups.values()].map((g) => g.sort().join(',')).sort());
}

/** Links the PostgreSQL run's articles in one process on SQLite, in the same arrival order, and compares. */
async function sameClusters(pgStore: PostgresStore, ids: string[]): Promise<boolean> {
  const sqlite = openSqliteStore(':memory:');
  try {
    for (const id of ids) {
      const article = await pgStore.getArticle(id);
      const raw = article ? await pgStore.getRaw(article.rawId) : null;
      const analysis = await pgStore.getAnalysis(id);
      if (!article || !raw || !analysis) continue;
      await sqlite.saveArticle(article, raw);
      await sqlite.putAnalysis(analysis);
    }
    await (await Linker.open(sqlite)).linkPending();
    return (await partition(sqlite, ids)) === (await partition(pgStore, ids));
  } finally {
    await sqlite.close();
  }
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30 * 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function runWorkers(
  url: string,
  cli: string,
  n: number,
  docs: SourceDocument[],
  articles: number,
): Promise<{ seconds: number; analysedSeconds: number; rssMb: (number | null)[]; store: PostgresStore }> {
  const store = await openPostgresStore(url, { max: 3 });
  const utils = await queueUtils(store);
  await ensureLivenessTable(store.pool);
  const children: ChildProcess[] = [];
  for (let i = 0; i < n; i++)
    children.push(
      spawn(process.execPath, [cli, 'worker', '--db', url], { stdio: ['ignore', 'ignore', 'inherit'] }),
    );
  try {
    // Time the work, not the start-up: wait until every worker has registered, then queue the stream.
    await waitFor(
      async () =>
        ((await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM storyline_workers')).rows[0]
          ?.n ?? 0) >= n,
      'workers to start',
      60_000,
    );
    const started = performance.now();
    for (let i = 0; i < docs.length; i += 500)
      await utils.addJobs(
        docs
          .slice(i, i + 500)
          .map((doc) => ({ identifier: 'extract', payload: { doc }, ...jobSpec('extract', { doc }) })),
      );
    // The per-article stages are done when every article has its analysis; the serial link stage and the
    // per-story synthesis may still be catching up, until the queue drains.
    let analysedSeconds = Infinity;
    await waitFor(async () => {
      if (analysedSeconds === Infinity) {
        const analysed =
          (await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM analyses')).rows[0]?.n ?? 0;
        if (analysed >= articles) analysedSeconds = (performance.now() - started) / 1000;
      }
      return (
        ((await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM graphile_worker.jobs'))
          .rows[0]?.n ?? 1) === 0
      );
    }, 'the queue to drain');
    const seconds = (performance.now() - started) / 1000;
    const rssMb = children.map((c) => peakRssMb(c.pid));
    return { seconds, analysedSeconds: Math.min(analysedSeconds, seconds), rssMb, store };
  } finally {
    await utils.release();
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
    );
  }
}

export async function workersBenchRows(root: string): Promise<Row[]> {
  const ids = [
    ...WORKER_COUNTS.map((n) => `bench.workers.articles_per_s_${n}`),
    'bench.workers.per_article_speedup_2',
    'bench.workers.same_clusters',
  ];
  const missing = (note: string): Row[] => ids.map((id) => ({ id, dataset: DATASET, value: null, note }));
  const stories = readReuters(root, limitArg());
  if (stories.length === 0) return missing(`data missing: ${reutersFolder(root)}`);
  if (skipPostgres()) return missing('STORYLINE_SKIP_PG=1');
  const docs = stories.map(docOf);

  // The single-process embedded pipeline, same per-article stages, in one process.
  const sqlite = openSqliteStore(':memory:');
  const t0 = performance.now();
  const now = new Date();
  const sqliteIds: string[] = [];
  for (const doc of docs) {
    let article;
    try {
      article = buildArticle(doc, now);
    } catch {
      continue;
    }
    const saved = await sqlite.saveArticle(article, doc.raw);
    if (saved.status !== 'inserted') continue;
    await sqlite.putAnalysis(analyze(article));
    sqliteIds.push(saved.id);
  }
  const sqliteRate = sqliteIds.length / ((performance.now() - t0) / 1000);
  const sqlitePrint = await fingerprint(sqlite, sqliteIds);
  await sqlite.close();

  const server = await startTestPostgres();
  const rows: Row[] = [];
  try {
    const cli = await storylineCliForChildren({ preferDist: true });
    const rates: number[] = [];
    const stageRates: number[] = [];
    let allSame = true;
    let clustersSame: boolean | null = null;
    const clusterMismatches: number[] = [];
    for (const n of WORKER_COUNTS) {
      const { seconds, analysedSeconds, rssMb, store } = await runWorkers(
        await server.createDatabase(),
        cli,
        n,
        docs,
        sqliteIds.length,
      );
      const pgIds = await storedIds(store);
      const same = pgIds.length === sqliteIds.length && (await fingerprint(store, pgIds)) === sqlitePrint;
      allSame &&= same;
      if (pipelineStages().link) {
        const sameHere = await sameClusters(store, pgIds);
        clustersSame = (clustersSame ?? true) && sameHere;
        if (!sameHere) clusterMismatches.push(n);
      }
      await store.close();
      const rate = pgIds.length / seconds;
      rates.push(rate);
      const stageRate = pgIds.length / analysedSeconds;
      stageRates.push(stageRate);
      const rss = rssMb.map((r) => (r === null ? '?' : r.toFixed(0))).join(' / ');
      rows.push({
        id: `bench.workers.articles_per_s_${n}`,
        dataset: DATASET,
        value: rate,
        unit: 'articles/s',
        note:
          `${pgIds.length} articles extracted+stored+analysed, linked and synthesised by ${n} worker process(es) on PostgreSQL in ` +
          `${seconds.toFixed(1)} s end to end (${(rate / (rates[0] ?? rate)).toFixed(2)} x one worker); per-article stages (extract, store, analyse) done in ` +
          `${analysedSeconds.toFixed(1)} s = ${stageRate.toFixed(1)} articles/s (${(stageRate / (stageRates[0] ?? stageRate)).toFixed(2)} x one worker); peak RSS per worker ${rss} MB; ` +
          `single-process SQLite: ${sqliteRate.toFixed(1)} articles/s; same articles and analyses: ${same ? 'yes' : 'NO'}`,
        details: {
          workers: n,
          seconds,
          analysedSeconds,
          perArticleStagesPerS: stageRate,
          articles: pgIds.length,
          peakRssMb: rssMb,
          sqliteArticlesPerS: sqliteRate,
          same,
        },
      });
    }
    const speedup = (stageRates[1] ?? 0) / (stageRates[0] ?? 1);
    rows.push({
      id: 'bench.workers.per_article_speedup_2',
      dataset: DATASET,
      value: speedup,
      unit: 'x',
      target: '>= 1.7',
      note:
        `per-article stages (extract, store, analyse; the serial link stage and synthesis run alongside on the same cores): ` +
        `${(stageRates[0] ?? 0).toFixed(1)} articles/s with 1 worker, ${(stageRates[1] ?? 0).toFixed(1)} with 2, ${(stageRates[2] ?? 0).toFixed(1)} with 4; ` +
        `end to end (queue drained): ${((rates[1] ?? 0) / (rates[0] ?? 1)).toFixed(2)} x with 2 workers`,
    });
    rows.push({
      id: 'bench.workers.same_clusters',
      dataset: DATASET,
      value: clustersSame === null ? null : clustersSame ? 1 : 0,
      target: '= 1',
      note:
        (clustersSame === null
          ? 'no link stage wired into the worker (src/queue/pipeline-stages.ts), so story assignment is not compared'
          : 'story partition of every run (1, 2, 4 workers) against the single-process linker on SQLite fed the same arrival order') +
        (clusterMismatches.length ? `; DIFFERENT with ${clusterMismatches.join(', ')} worker(s)` : '') +
        `; per-article stages match the single-process run: ${allSame ? 'yes' : 'NO'}`,
      details: { samePerArticleStages: allSame, sameClusters: clustersSame },
    });
  } finally {
    await server.stop();
  }
  return rows;
}
