// `storyline watch <feeds…|opml>`: polls feeds on a schedule and ingests new entries through the pipeline;
// `storyline serve --watch` runs the same watcher beside the server.
import { feedListFrom } from '../../live/feed-list.js';
import { FeedWatcher, type PollEvent } from '../../live/watcher.js';
import { storyUpdater } from '../../pipeline/story-updater.js';
import type { Store } from '../../store/store.js';
import { dbPath, fetcherFrom, openStore, parsePositive, type FetchOptions } from '../context.js';

export interface WatchCliOptions extends FetchOptions {
  db?: string;
  interval?: string;
  maxBackoff?: string;
  quiet?: boolean;
  /** Runs after new articles are ingested: link and synthesise them. */
  afterIngest?: (articleIds: string[]) => Promise<void>;
}

export function describePoll(e: PollEvent): string {
  const next = `next in ${Math.round(e.nextInMs / 1000)} s`;
  if (e.status === 'failed') return `${e.feed}: failed (${e.reason}); attempt ${e.failures}, ${next}\n`;
  if (e.status === 'new')
    return `${e.feed}: ${e.ingested} new article${e.ingested === 1 ? '' : 's'}${e.failedEntries ? `, ${e.failedEntries} failed entries` : ''}; ${next}\n`;
  return `${e.feed}: nothing new; ${next}\n`;
}

/** Starts a watcher over the store; returns a function that stops it. */
export function startWatcher(
  store: Store,
  inputs: readonly string[],
  o: WatchCliOptions,
): () => Promise<void> {
  if (inputs.length === 0) throw new Error('name at least one feed URL or OPML file to watch');
  const { fetcher, maxBytes } = fetcherFrom(o);
  const watcher = new FeedWatcher(store, {
    feeds: feedListFrom(inputs, (path, message) =>
      process.stderr.write(`storyline watch: ${path}: ${message}\n`),
    ),
    fetcher,
    maxBytes,
    intervalMs: o.interval ? parsePositive(o.interval, '--interval') * 1000 : undefined,
    maxBackoffMs: o.maxBackoff ? parsePositive(o.maxBackoff, '--max-backoff') * 1000 : undefined,
    onPoll: o.quiet ? undefined : (e) => process.stdout.write(describePoll(e)),
    afterIngest: o.afterIngest ?? storyUpdater(store),
  });
  const controller = new AbortController();
  const running = watcher.run(controller.signal).catch((e: unknown) => {
    process.stderr.write(`storyline watch: ${(e as Error).message}\n`);
  });
  return async () => {
    controller.abort();
    await running;
  };
}

export async function runWatch(inputs: string[], o: WatchCliOptions): Promise<void> {
  const store = await openStore(dbPath(o.db));
  const stop = startWatcher(store, inputs, o);
  process.stdout.write(`Watching ${inputs.length} input${inputs.length === 1 ? '' : 's'}; Ctrl-C stops.\n`);
  const finish = async () => {
    await stop();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void finish());
  process.once('SIGTERM', () => void finish());
}
