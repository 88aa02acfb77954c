// `storyline ingest <inputs...>`
import type { IngestOutcome } from '../../model.js';
import { ingestAndLink } from '../../pipeline/ingest-and-link.js';
import { summarizeOutcomes } from '../../pipeline/ingest.js';
import { enqueueInputs } from '../../queue/enqueue-inputs.js';
import { openPostgresStore } from '../../store/postgres-store.js';
import {
  dbPath,
  fetcherFrom,
  isPostgresUrl,
  openStore,
  shownLocation,
  type FetchOptions,
} from '../context.js';
import { terminalProgress } from '../progress.js';

export interface IngestCommandOptions extends FetchOptions {
  db?: string;
  json?: boolean;
  /** With a PostgreSQL store: add jobs for `storyline worker` (default) instead of processing inline. */
  queue?: boolean;
}

export async function runIngest(inputs: string[], options: IngestCommandOptions): Promise<IngestOutcome[]> {
  const location = dbPath(options.db);
  if (isPostgresUrl(location) && options.queue !== false) {
    await queueIngest(inputs, location, options);
    return [];
  }
  const store = await openStore(location);
  const { fetcher, maxBytes } = fetcherFrom(options);
  const progress = terminalProgress(!options.json);
  let outcomes: IngestOutcome[];
  try {
    ({ outcomes } = await ingestAndLink(inputs, store, { fetcher, maxBytes }, progress));
  } finally {
    progress.stop();
    await store.close();
  }
  const counts = summarizeOutcomes(outcomes);
  if (options.json) {
    for (const o of outcomes) process.stdout.write(`${JSON.stringify(o)}\n`);
    process.stdout.write(`${JSON.stringify({ summary: counts, store: shownLocation(location) })}\n`);
  } else {
    process.stdout.write(printSummary(outcomes, counts, location));
  }
  if (counts.failed > 0) process.exitCode = 1;
  return outcomes;
}

async function queueIngest(inputs: string[], location: string, options: IngestCommandOptions): Promise<void> {
  const store = await openPostgresStore(location, { max: 2 });
  const { fetcher, maxBytes } = fetcherFrom(options);
  let counts;
  try {
    counts = await enqueueInputs(inputs, store, { fetcher, maxBytes });
  } finally {
    await store.close();
  }
  if (options.json)
    process.stdout.write(`${JSON.stringify({ queued: counts, store: shownLocation(location) })}\n`);
  else
    process.stdout.write(
      `queued ${counts.fetch} fetch and ${counts.extract} extract job(s), unchanged ${counts.unchanged}, ` +
        `failed ${counts.failed} (store: ${shownLocation(location)}); \`storyline worker\` processes them\n`,
    );
  if (counts.failed > 0) process.exitCode = 1;
}

export function printSummary(
  outcomes: readonly IngestOutcome[],
  counts: { ingested: number; known: number; failed: number; unchanged: number },
  location: string,
): string {
  const unchanged = counts.unchanged ? `, unchanged ${counts.unchanged}` : '';
  const lines = [
    `ingested ${counts.ingested}, already known ${counts.known}${unchanged}, failed ${counts.failed} (store: ${shownLocation(location)})`,
  ];
  for (const o of outcomes) {
    if (o.status === 'failed') lines.push(`  failed  ${o.origin}: ${o.reason} [${o.stage}]`);
    if (o.status === 'unchanged') lines.push(`  unchanged  ${o.origin}: ${o.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
