// The job queue's vocabulary: task names, their payloads, and how each is added (queue, key, attempts), so
// producers (ingest --queue, watch, the tasks themselves) and the worker agree on one definition.
import type { InputRef } from '../ingest/input-refs.js';
import type { SourceDocument } from '../ingest/source-document.js';

export interface JobPayloads {
  /** Read or fetch an input and split it into documents (one `extract` job each). */
  fetch: { ref: InputRef };
  /** Build the article from one document and store it. */
  extract: { doc: SourceDocument };
  /** Analyse a stored article. */
  analyze: { articleId: string };
  /** Link every analysed article not linked yet, in ingestion order. */
  link: Record<string, never>;
  /** Rebuild one story's view. */
  synthesize: { storyId: string };
  /** Poll one feed now and schedule the next poll. */
  'poll-feed': { url: string; everySeconds: number };
}

export type JobName = keyof JobPayloads;

/** What graphile-worker's addJob needs besides the payload. */
export interface JobSpec {
  queueName?: string;
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
  /** Lower runs first (graphile-worker's default is 0); equal priorities run in run_at order. */
  priority?: number;
}

/** The one serial queue the link stage runs in: graphile-worker runs a named queue's jobs one at a time. */
export const LINK_QUEUE = 'storyline-link';

export function jobSpec<N extends JobName>(name: N, payload: JobPayloads[N]): JobSpec {
  switch (name) {
    case 'link':
      // One pending link job at most; it links everything pending when it runs. It runs after the per-article
      // jobs already waiting: linking is serial, so a backlog of extracts is worked through by every worker first
      // and the link stage then catches up in one run, instead of links interleaving with the backlog one by one.
      return { queueName: LINK_QUEUE, jobKey: 'link', maxAttempts: 25, priority: 1 };
    case 'synthesize':
      // A busy story is rebuilt once for a burst of articles, not once per article.
      return { jobKey: `synthesize:${(payload as JobPayloads['synthesize']).storyId}`, maxAttempts: 5 };
    case 'poll-feed':
      return { jobKey: `poll-feed:${(payload as JobPayloads['poll-feed']).url}`, maxAttempts: 3 };
    default:
      return { maxAttempts: 5 };
  }
}

/** Adds a job; implemented over graphile-worker's addJob (tasks get it from their helpers). */
export type Enqueue = <N extends JobName>(name: N, payload: JobPayloads[N], spec?: JobSpec) => Promise<void>;
