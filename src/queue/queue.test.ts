import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../ingest/source-document.js';
import { sha256 } from '../ingest/article-id.js';
import type { Fetcher } from '../ingest/http/fetcher.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres-store.js';
import { skipPostgres, startTestPostgres, type TestPostgres } from '../store/test-postgres.js';
import { storylineCliForChildren } from './bundle-for-child.js';
import { addPipelineJob, enqueueInputs, queueUtils } from './enqueue-inputs.js';
import { linkReadyIds } from './link-ready.js';
import { linkJobWaiting } from './link-wake.js';
import { startWorker, type RunningWorker } from './run-worker.js';
import { LINK_QUEUE } from './jobs.js';
import { ensureLivenessTable, unlockDeadWorkers } from './worker-liveness.js';

const suite = skipPostgres() ? describe.skip : describe;
const noFetch: Fetcher = {
  fetch: () => Promise.reject(new Error('no network in tests')),
};

/** A plain-text document, as `ingest --queue` would enqueue it. */
function doc(i: number): SourceDocument {
  const text =
    `Report ${i}: the harbour authority in town ${i} said on Monday that ${i + 3} ships were delayed ` +
    `by the storm, and that crews would work through the night to clear berth ${i * 7}.`;
  const body = `doc ${i}\n${text}`;
  return {
    origin: `test-${i}.txt`,
    kind: 'text',
    raw: {
      id: sha256(body),
      origin: `test-${i}.txt`,
      kind: 'text',
      mediaType: 'text/plain',
      body,
      fetchedAt: '2024-01-01T00:00:00.000Z',
    },
    body: { format: 'text', text, title: `Harbour report ${i}` },
    hints: [{ publishedAt: { value: '2024-01-01', source: 'record' } }],
  };
}

async function count(store: PostgresStore, sql: string): Promise<number> {
  return (await store.pool.query<{ n: number }>(sql)).rows[0]?.n ?? 0;
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pending = (s: PostgresStore): Promise<number> =>
  count(s, 'SELECT count(*)::int AS n FROM graphile_worker.jobs');

suite('postgres job queue', () => {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  async function seeded(n: number): Promise<{ url: string; store: PostgresStore }> {
    if (!server) throw new Error('the test PostgreSQL server did not start');
    const url = await server.createDatabase();
    const store = await openPostgresStore(url, { max: 3 });
    const utils = await queueUtils(store);
    for (let i = 0; i < n; i++) await addPipelineJob(utils, 'extract', { doc: doc(i) });
    await utils.release();
    return { url, store };
  }

  it('extracts, stores and analyses every queued document once', async () => {
    const { url, store } = await seeded(6);
    const worker = await startWorker({
      url,
      concurrency: 2,
      documents: { fetcher: noFetch },
      stages: {},
      log: () => {},
    });
    try {
      await until(async () => (await pending(store)) === 0, 30_000);
      expect(await store.countArticles()).toBe(6);
      expect(await count(store, 'SELECT count(*)::int AS n FROM analyses')).toBe(6);
      expect(await store.listFailures()).toEqual([]);
    } finally {
      await worker.stop();
      await store.close();
    }
  });

  it('queues URLs as fetch jobs and local files as extract jobs, recording what cannot be read', async () => {
    const { store } = await seeded(0);
    const dir = mkdtempSync(join(tmpdir(), 'storyline-queue-'));
    try {
      const body = doc(1).body;
      writeFileSync(join(dir, 'a.txt'), body.format === 'text' ? body.text : '');
      const counts = await enqueueInputs(
        [join(dir, 'a.txt'), 'https://news.example/story', join(dir, 'missing.txt')],
        store,
        { fetcher: noFetch },
      );
      expect(counts).toEqual({ fetch: 1, extract: 1, failed: 1, unchanged: 0 });
      const jobs = await store.pool.query<{ task_identifier: string }>(
        'SELECT task_identifier FROM graphile_worker.jobs ORDER BY task_identifier',
      );
      expect(jobs.rows.map((r) => r.task_identifier)).toEqual(['extract', 'fetch']);
      expect((await store.listFailures()).map((f) => f.stage)).toEqual(['read']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await store.close();
    }
  });

  it('adds a link job only when none is waiting for a worker', async () => {
    const { store } = await seeded(0);
    const utils = await queueUtils(store);
    try {
      expect(await linkJobWaiting(store.pool)).toBe(false);
      await addPipelineJob(utils, 'link', {});
      expect(await linkJobWaiting(store.pool)).toBe(true);
      // Taken by a worker, it may already have read the pending articles: the next article must add a new one.
      await store.pool.query(
        `UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'w1' WHERE key = 'link'`,
      );
      expect(await linkJobWaiting(store.pool)).toBe(false);
      await addPipelineJob(utils, 'link', {});
      expect(await linkJobWaiting(store.pool)).toBe(true);
      const jobs = await store.pool.query<{ priority: number }>(
        `SELECT priority FROM graphile_worker.jobs WHERE task_identifier = 'link'`,
      );
      expect(jobs.rows.map((r) => r.priority)).toEqual([1, 1]);
    } finally {
      await utils.release();
      await store.close();
    }
  });

  it('lets the link stage see only the analysed prefix, in ingestion order', async () => {
    const { store } = await seeded(0);
    const { buildArticle } = await import('../ingest/build-article.js');
    const now = new Date('2024-01-01T00:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const article = buildArticle(doc(i), now);
      await store.saveArticle(article, doc(i).raw);
      ids.push(article.id);
    }
    const { analyze } = await import('../analyze/analyze.js');
    for (const i of [0, 1, 3]) await store.putAnalysis(analyze((await store.getArticle(ids[i]!))!));
    // Article 2 is still being analysed: 3 must wait behind it.
    expect(await linkReadyIds(store, 100, { now, waitMs: 60_000 })).toEqual([ids[0], ids[1]]);
    // Long after, article 2 counts as failed and no longer holds the others back.
    const later = new Date(now.getTime() + 120_000);
    expect(await linkReadyIds(store, 100, { now: later, waitMs: 60_000 })).toEqual([ids[0], ids[1], ids[3]]);
    await store.close();
  });

  it('loses and duplicates nothing when a worker is killed with SIGKILL mid-job', async () => {
    const { url, store } = await seeded(30);
    const cli = await storylineCliForChildren();
    const child = spawn(process.execPath, [cli, 'worker', '--db', url, '--concurrency', '2'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    let lockedAtKill = 0;
    try {
      await until(async () => (await count(store, 'SELECT count(*)::int AS n FROM analyses')) >= 3, 60_000);
      await until(async () => {
        lockedAtKill = await count(
          store,
          'SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by IS NOT NULL',
        );
        return lockedAtKill > 0;
      }, 10_000);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    } catch (e) {
      child.kill('SIGKILL');
      throw new Error(`${(e as Error).message}; worker said: ${stderr}`, { cause: e });
    }
    expect(lockedAtKill).toBeGreaterThan(0);
    // The killed worker's jobs stay locked until a live worker sees it is dead and frees them.
    const worker = await startWorker({
      url,
      concurrency: 2,
      documents: { fetcher: noFetch },
      stages: {},
      deadAfterMs: 1000,
      log: () => {},
    });
    try {
      // Jobs the killed worker had failed wait out graphile-worker's retry backoff (e^attempts s), so allow for it.
      try {
        await until(async () => (await pending(store)) === 0, 150_000);
      } catch (e) {
        const { rows } = await store.pool.query(
          'SELECT task_identifier, locked_by, attempts, run_at, last_error FROM graphile_worker.jobs',
        );
        throw new Error(`${(e as Error).message}; jobs left: ${JSON.stringify(rows).slice(0, 2000)}`, {
          cause: e,
        });
      }
      expect(await store.countArticles()).toBe(30);
      expect(await count(store, 'SELECT count(DISTINCT text_hash)::int AS n FROM articles')).toBe(30);
      expect(await count(store, 'SELECT count(*)::int AS n FROM raw_inputs')).toBe(30);
      expect(await count(store, 'SELECT count(*)::int AS n FROM analyses')).toBe(30);
      expect(await store.listFailures()).toEqual([]);
    } finally {
      await worker.stop();
      await store.close();
    }
  }, 240_000);

  it('does not free the job of a live worker that runs longer than a dead worker would stay silent', async () => {
    const { url, store } = await seeded(1);
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const slowLink = {
      async linkPending() {
        runs++;
        overlapped ||= ++running > 1;
        await new Promise((r) => setTimeout(r, 4000));
        running--;
        return { linked: 0, storyIds: [] };
      },
    };
    const worker = await startWorker({
      url,
      concurrency: 2,
      documents: { fetcher: noFetch },
      stages: { link: slowLink },
      deadAfterMs: 1000,
      pollIntervalMs: 200,
      log: () => {},
    });
    try {
      await until(async () => running > 0, 30_000);
      // Its heartbeat (every 250 ms here) keeps the lock alive though the job has run past deadAfterMs.
      await new Promise((r) => setTimeout(r, 2000));
      expect(await unlockDeadWorkers(store.pool, 1000)).toEqual([]);
      await until(async () => (await pending(store)) === 0, 30_000);
      expect(runs).toBe(1);
      expect(overlapped).toBe(false);
    } finally {
      await worker.stop();
      await store.close();
    }
  }, 60_000);

  it('removes a coalesced job that a dead worker held after a newer one superseded it', async () => {
    const { store } = await seeded(0);
    try {
      await ensureLivenessTable(store.pool);
      const add = () =>
        store.pool.query(
          "SELECT graphile_worker.add_job('link', '{}'::json, queue_name => $1, job_key => 'link', max_attempts => 25)",
          [LINK_QUEUE],
        );
      await add();
      // A worker takes it and dies (no heartbeat); while it ran, new articles asked for another link job.
      await store.pool.query(
        "UPDATE graphile_worker._private_jobs SET locked_by = 'dead-worker', locked_at = now() - interval '1 minute', attempts = 1",
      );
      await add();
      expect(await pending(store)).toBe(2);
      expect(await unlockDeadWorkers(store.pool, 1000)).toEqual(['dead-worker']);
      const { rows } = await store.pool.query<{ key: string | null; locked_by: string | null }>(
        'SELECT key, locked_by FROM graphile_worker.jobs',
      );
      expect(rows).toEqual([{ key: 'link', locked_by: null }]);
    } finally {
      await store.close();
    }
  });

  it('waits for the database to come back after a restart and resumes', async () => {
    const { url, store } = await seeded(12);
    await store.close();
    const worker: RunningWorker = await startWorker({
      url,
      concurrency: 1,
      documents: { fetcher: noFetch },
      stages: {},
      pollIntervalMs: 200,
      log: () => {},
    });
    try {
      await server!.restart({ downMs: 1500 });
      const check = await openPostgresStore(url, { max: 1 });
      try {
        await until(async () => (await pending(check)) === 0, 60_000);
        expect(await check.countArticles()).toBe(12);
        expect(await count(check, 'SELECT count(*)::int AS n FROM analyses')).toBe(12);
      } finally {
        await check.close();
      }
    } finally {
      await worker.stop();
    }
  }, 120_000);
});
