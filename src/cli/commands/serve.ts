// `storyline serve`: the web UI and JSON API over the store.
import { buildServer } from '../../server/app.js';
import type { Store } from '../../store/store.js';
import { dbPath, openStore, parsePositive } from '../context.js';

export async function runServe(o: { db?: string; port?: string; host?: string }): Promise<void> {
  const store = await openStore(dbPath(o.db));
  await serveStore(store, o);
}

export async function serveStore(store: Store, o: { port?: string; host?: string }): Promise<string> {
  const app = buildServer(store);
  const port = parsePositive(o.port ?? '4317', '--port', true);
  const host = o.host ?? '127.0.0.1';
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`;
  process.stdout.write(`Storyline is serving ${url}\n`);
  const stop = async (): Promise<void> => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return url;
}
