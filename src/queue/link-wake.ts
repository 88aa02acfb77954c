// Waking the link stage after an article's analysis is stored. The link job is coalesced (one key), so adding it
// for every article rewrites one hot row that every worker contends for. A link job that is waiting (not locked
// by a running worker, attempts left) will run later and link everything analysed by then, this article
// included (its analysis was committed before the check), so adding another is skipped. When the waiting job is
// already running or gone, a new one is added; a crash before the check retries the whole job.
import type pg from 'pg';
import { jobSpec } from './jobs.js';

/** Whether a link job is queued and not yet taken by a worker. */
export async function linkJobWaiting(pool: pg.Pool): Promise<boolean> {
  const key = jobSpec('link', {}).jobKey;
  const { rows } = await pool.query<{ waiting: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM graphile_worker.jobs
                    WHERE key = $1 AND locked_at IS NULL AND attempts < max_attempts) AS waiting`,
    [key],
  );
  return rows[0]?.waiting === true;
}
