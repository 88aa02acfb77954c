// Crash recovery for the queue: every worker process writes a heartbeat for its graphile-worker ids, and any
// process frees the jobs (and serial queues) locked by workers whose heartbeat stopped, so a job held by a
// worker killed with SIGKILL is retried within seconds instead of after graphile-worker's 4-hour lock timeout.
import type pg from 'pg';

export const HEARTBEAT_MS = 5_000;
/** A worker silent for this long is dead; its jobs are freed. */
export const DEAD_AFTER_MS = 20_000;
/** Tasks enqueued with a job key (see jobSpec): at most one pending job each. */
const COALESCED_TASKS = ['link', 'synthesize', 'poll-feed'];

export async function ensureLivenessTable(pool: pg.Pool): Promise<void> {
  await pool.query(
    `CREATE TABLE IF NOT EXISTS storyline_workers (
       worker_id TEXT PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL, seen_at TIMESTAMPTZ NOT NULL)`,
  );
}

export async function heartbeat(pool: pg.Pool, workerIds: readonly string[], host: string): Promise<void> {
  if (workerIds.length === 0) return;
  await pool.query(
    `INSERT INTO storyline_workers (worker_id, host, pid, seen_at)
     SELECT id, $2, $3, now() FROM unnest($1::text[]) AS id
     ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
    [workerIds, host, process.pid],
  );
}

/** Frees what dead workers hold; returns their ids. */
export async function unlockDeadWorkers(pool: pg.Pool, deadAfterMs = DEAD_AFTER_MS): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT DISTINCT j.locked_by AS id FROM graphile_worker._private_jobs j
     WHERE j.locked_by IS NOT NULL AND j.locked_at < now() - make_interval(secs => $1 / 1000.0)
       AND NOT EXISTS (SELECT 1 FROM storyline_workers w
                       WHERE w.worker_id = j.locked_by AND w.seen_at > now() - make_interval(secs => $1 / 1000.0))`,
    [deadAfterMs],
  );
  const ids = rows.map((r) => r.id);
  if (ids.length > 0) {
    // A coalesced job (one key: link, a story's synthesis, a feed's poll) that was running when a newer one with its
    // key was added has been superseded: graphile-worker cleared its key and spent its attempts so that it would
    // not run again once done. Its worker died instead, so it would stay in the queue for ever; the newer job does
    // its work, and it is removed.
    const { rows: superseded } = await pool.query<{ id: string }>(
      `SELECT id::text AS id FROM graphile_worker.jobs
       WHERE locked_by = ANY($1::text[]) AND key IS NULL AND attempts >= max_attempts
         AND task_identifier = ANY($2::text[])`,
      [ids, COALESCED_TASKS],
    );
    await pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [ids]);
    if (superseded.length > 0)
      await pool.query('SELECT graphile_worker.complete_jobs($1::bigint[])', [superseded.map((r) => r.id)]);
    await pool.query('DELETE FROM storyline_workers WHERE worker_id = ANY($1::text[])', [ids]);
  }
  return ids;
}

export async function forgetWorkers(pool: pg.Pool, workerIds: readonly string[]): Promise<void> {
  await pool.query('DELETE FROM storyline_workers WHERE worker_id = ANY($1::text[])', [workerIds]);
}
