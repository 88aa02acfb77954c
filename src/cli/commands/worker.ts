// `storyline worker`: run pipeline jobs from the PostgreSQL store's queue until stopped (SIGINT/SIGTERM finish
// the running jobs first). Start any number, on any machines, against one database.
import { startWorker } from '../../queue/run-worker.js';
import { pipelineStages } from '../../queue/pipeline-stages.js';
import {
  dbPath,
  fetcherFrom,
  isPostgresUrl,
  parsePositive,
  shownLocation,
  type FetchOptions,
} from '../context.js';

export interface WorkerCommandOptions extends FetchOptions {
  db?: string;
  concurrency?: string;
}

export async function runWorker(o: WorkerCommandOptions): Promise<void> {
  const location = dbPath(o.db);
  if (!isPostgresUrl(location))
    throw new Error(
      `storyline worker needs a PostgreSQL store (--db postgres://… or STORYLINE_DB), not ${shownLocation(location)}`,
    );
  const concurrency = parsePositive(
    o.concurrency ?? process.env['STORYLINE_CONCURRENCY'] ?? '1',
    '--concurrency',
  );
  const { fetcher, maxBytes } = fetcherFrom(o);
  const worker = await startWorker({
    url: location,
    concurrency,
    documents: { fetcher, maxBytes },
    stages: pipelineStages(),
  });
  process.stderr.write(
    `storyline worker: running ${concurrency} job(s) at a time on ${shownLocation(location)}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.stderr.write('storyline worker: stopping after the running jobs\n');
      void worker.stop().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
