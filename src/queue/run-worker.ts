// A `storyline worker` process: graphile-worker running the pipeline tasks against the store's database, with
// heartbeats and dead-worker recovery, and patience when the database is down (it retries, then resumes).
import { hostname } from 'node:os';
import { EventEmitter } from 'node:events';
import { Logger, run, type Runner, type WorkerEvents } from 'graphile-worker';
import type { DocumentContext } from '../ingest/documents.js';
import { openPostgresStore, type PostgresStore } from '../store/postgres-store.js';
import { redactUrl } from '../store/redact-url.js';
import type { Stages } from './stages.js';
import { pipelineTasks } from './tasks.js';
import {
  DEAD_AFTER_MS,
  ensureLivenessTable,
  forgetWorkers,
  HEARTBEAT_MS,
  heartbeat,
  unlockDeadWorkers,
} from './worker-liveness.js';

export interface WorkerOptions {
  url: string;
  concurrency?: number;
  documents: DocumentContext;
  stages: Stages;
  pollIntervalMs?: number;
  deadAfterMs?: number;
  /** Progress and errors (default: stderr). */
  log?: (line: string) => void;
}

export interface RunningWorker {
  store: PostgresStore;
  runner: Runner;
  /** Finishes running jobs, then stops. */
  stop(): Promise<void>;
}

/** Retries `attempt` with exponential backoff (0.5 s doubling to 10 s) until it succeeds or `until` passes. */
export async function withBackoff<T>(
  attempt: () => Promise<T>,
  onRetry: (error: Error, waitMs: number) => void,
  untilMs = Infinity,
): Promise<T> {
  const started = Date.now();
  for (let wait = 500; ; wait = Math.min(wait * 2, 10_000)) {
    try {
      return await attempt();
    } catch (e) {
      if (Date.now() - started + wait > untilMs) throw e;
      onRetry(e as Error, wait);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const log = o.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const shown = redactUrl(o.url);
  const retry = (e: Error, wait: number): void =>
    log(`storyline worker: database ${shown} unavailable (${e.message}); retrying in ${wait} ms`);
  let outage = false;
  const onLost = (e: Error): void => {
    outage = true;
    retry(e, 0);
  };
  const store = await withBackoff(() => openPostgresStore(o.url, { onError: onLost }), retry);
  await withBackoff(() => ensureLivenessTable(store.pool), retry);
  let workerIds: string[] = [];
  const host = hostname();
  const startRunner = async (): Promise<Runner> => {
    // Listeners go on before run(): graphile-worker creates its workers (and emits worker:create) while starting.
    const events: WorkerEvents = new EventEmitter() as WorkerEvents;
    // graphile-worker 0.17 locks jobs in the name of the worker pool (locked_by = the pool's id), not of the
    // worker inside it that runs them: the heartbeat must carry the pool's id, or a live worker's job that runs
    // longer than DEAD_AFTER_MS (a long link run) would be freed and run a second time alongside it.
    const beat = (id: string): void => {
      workerIds.push(id);
      void heartbeat(store.pool, [id], host).catch(() => undefined);
    };
    events.on('pool:create', ({ workerPool }) => beat(workerPool.id));
    events.on('worker:create', ({ worker }) => beat(worker.workerId));
    events.on('job:error', ({ job, error }) =>
      log(
        `storyline worker: job ${job.task_identifier} #${job.id} failed: ${(error as Error).message ?? error}`,
      ),
    );
    return withBackoff(
      () =>
        run({
          pgPool: store.pool,
          concurrency: o.concurrency ?? 1,
          pollInterval: o.pollIntervalMs ?? 1000,
          noHandleSignals: true,
          logger: quietLogger(log),
          events,
          taskList: pipelineTasks({ store, documents: o.documents, stages: o.stages }),
        }),
      retry,
    );
  };
  let runner = await startRunner();
  let stopping = false;
  // After the database comes back, start a fresh runner: the old one's connections and job locks died with the
  // server. Its worker ids stop getting heartbeats, so any job they still hold is freed as a dead worker's.
  const recover = async (): Promise<void> => {
    const old = runner;
    workerIds = [];
    void old.kill('database restarted').catch(() => undefined);
    runner = await startRunner();
    log('storyline worker: database is back; resumed');
  };
  const tick = async (): Promise<void> => {
    if (stopping) return;
    try {
      await heartbeat(store.pool, workerIds, host);
      if (outage) {
        outage = false;
        await recover();
      }
      const freed = await unlockDeadWorkers(store.pool, o.deadAfterMs ?? DEAD_AFTER_MS);
      if (freed.length) log(`storyline worker: freed jobs of dead workers ${freed.join(', ')}`);
    } catch (e) {
      outage = true;
      log(`storyline worker: database unreachable (${(e as Error).message}); waiting for it`);
    }
  };
  const timer = setInterval(() => void tick(), Math.min(HEARTBEAT_MS, (o.deadAfterMs ?? DEAD_AFTER_MS) / 4));
  void tick();
  return {
    store,
    get runner() {
      return runner;
    },
    async stop() {
      stopping = true;
      clearInterval(timer);
      await runner.stop();
      await forgetWorkers(store.pool, workerIds).catch(() => undefined);
      await store.close();
    },
  };
}

/** graphile-worker's log without the per-job info lines: warnings and errors only. */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' || level === 'warning') log(`storyline worker: ${level}: ${message}`);
  });
}
