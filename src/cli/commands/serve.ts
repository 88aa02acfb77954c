// `storyline serve` (and `npm start` through `demo`): the web UI and JSON API over the store; with --watch, a
// feed watcher in the same process keeps the store current.
import { subscriptionsPath } from '../../live/subscriptions.js';
import { buildServer } from '../../server/app.js';
import { storyUpdater } from '../../pipeline/story-updater.js';
import type { Store } from '../../store/store.js';
import { dbPath, fetcherFrom, openStore, parsePositive } from '../context.js';
import { startWatcher, type WatchCliOptions } from './watch.js';

export interface ServeOptions extends WatchCliOptions {
  port?: string;
  host?: string;
  /** Feed URLs or OPML files to poll while serving. */
  watch?: string[];
  /** Runs after articles are ingested (by POST /api/articles or the watcher): link and synthesise them. */
  afterIngest?: (articleIds: string[]) => Promise<void>;
}

export async function runServe(o: ServeOptions): Promise<void> {
  const location = dbPath(o.db);
  const store = await openStore(location);
  await serveStore(store, { ...o, subscriptions: subscriptionsPath(location) });
}

/** The one code path that serves a store (used by `serve` and `demo`). */
export async function serveStore(
  store: Store,
  o: ServeOptions & { subscriptions?: string },
): Promise<string> {
  const { fetcher } = fetcherFrom(o);
  // The write API and the watcher share one updater, so their links are serialised in arrival order.
  o = { ...o, afterIngest: o.afterIngest ?? storyUpdater(store) };
  const app = buildServer(store, { fetcher, subscriptions: o.subscriptions, afterIngest: o.afterIngest });
  const port = parsePositive(o.port ?? '4317', '--port', true);
  const host = o.host ?? '127.0.0.1';
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  process.stdout.write(`Storyline is serving ${url}\n`);
  const watching = o.watch?.length ? [...o.watch, ...(o.subscriptions ? [o.subscriptions] : [])] : [];
  const stopWatch = watching.length ? startWatcher(store, watching, o) : null;
  if (!process.env['STORYLINE_TOKEN'])
    process.stdout.write('Write API off (set STORYLINE_TOKEN to allow POST /api/articles and /api/feeds).\n');
  const stop = async (): Promise<void> => {
    await stopWatch?.();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return url;
}
