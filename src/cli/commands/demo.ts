// `storyline demo` (what `npm start` runs): ingest the bundled demo corpus into a fresh store and serve it.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { subscriptionsPath } from '../../live/subscriptions.js';
import { ingestAndLink } from '../../pipeline/ingest-and-link.js';
import { summarizeOutcomes } from '../../pipeline/ingest.js';
import { fetcherFrom, isPostgresUrl, openStore } from '../context.js';
import { printSummary } from './ingest.js';
import { serveStore } from './serve.js';

/** The demo corpus folder, found from the working directory or from the installed package. */
export function demoCorpusPath(): string {
  const candidates = [
    resolve('examples'),
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../../examples'),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`demo corpus not found (looked in ${candidates.join(', ')})`);
  return found;
}

export async function runDemo(o: { db?: string; port?: string; host?: string }): Promise<void> {
  const location = o.db ?? join('.storyline', 'demo.db');
  if (!isPostgresUrl(location))
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${location}${suffix}`, { force: true });
  const store = await openStore(location);
  const corpus = demoCorpusPath();
  const { fetcher, maxBytes } = fetcherFrom({});
  const { outcomes } = await ingestAndLink([corpus], store, { fetcher, maxBytes });
  process.stdout.write(printSummary(outcomes, summarizeOutcomes(outcomes), location));
  await serveStore(store, { ...o, subscriptions: subscriptionsPath(location) });
}
