// `storyline ingest --queue`: inputs become jobs instead of being processed here. URLs become `fetch` jobs (any
// worker fetches them); files and standard input are read here, where they are, and each document becomes an
// `extract` job. Read failures are recorded in the store like an inline ingest does.
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { documentsFromRef, type DocumentContext } from '../ingest/documents.js';
import { expandInputs } from '../ingest/input-refs.js';
import type { PostgresStore } from '../store/postgres-store.js';
import { jobSpec, type JobName, type JobPayloads } from './jobs.js';

export interface EnqueueCounts {
  fetch: number;
  extract: number;
  failed: number;
  unchanged: number;
}

/** Opens graphile-worker's utilities on the store's pool (installing its schema when needed). */
export async function queueUtils(store: PostgresStore): Promise<WorkerUtils> {
  const utils = await makeWorkerUtils({ pgPool: store.pool });
  await utils.migrate();
  return utils;
}

export async function addPipelineJob<N extends JobName>(
  utils: WorkerUtils,
  name: N,
  payload: JobPayloads[N],
): Promise<void> {
  await utils.addJob(name as string, payload as unknown, jobSpec(name, payload));
}

export async function enqueueInputs(
  inputs: readonly string[],
  store: PostgresStore,
  ctx: DocumentContext,
): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { fetch: 0, extract: 0, failed: 0, unchanged: 0 };
  const utils = await queueUtils(store);
  try {
    for await (const ref of expandInputs(inputs)) {
      if (ref.type === 'url') {
        await addPipelineJob(utils, 'fetch', { ref });
        counts.fetch++;
        continue;
      }
      for await (const event of documentsFromRef(ref, { ...ctx, feedState: ctx.feedState ?? store })) {
        if (event.type === 'document') {
          await addPipelineJob(utils, 'extract', { doc: event.doc });
          counts.extract++;
        } else if (event.type === 'failure') {
          const at = (ctx.now?.() ?? new Date()).toISOString();
          await store.recordFailure(
            { origin: event.origin, stage: event.stage, reason: event.reason, at },
            event.raw,
          );
          counts.failed++;
        } else counts.unchanged++;
      }
    }
  } finally {
    await utils.release();
  }
  return counts;
}
