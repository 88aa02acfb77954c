// What every command shares: where the store is, how to open it, and the fetch settings.
import { resolve } from 'node:path';
import { createFetcher, type Fetcher } from '../ingest/http/fetcher.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../ingest/read-file.js';
import { openPostgresStore } from '../store/postgres-store.js';
import { redactUrl } from '../store/redact-url.js';
import { openSqliteStore } from '../store/sqlite-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_DB = '.storyline/storyline.db';

/** The store location: --db, else $STORYLINE_DB, else .storyline/storyline.db in the working directory. */
export function dbPath(option: string | undefined): string {
  return option ?? process.env['STORYLINE_DB'] ?? DEFAULT_DB;
}

/** True for postgres:// and postgresql:// URLs. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens the store at `location`: PostgreSQL for postgres:// URLs, else a SQLite file (or ":memory:"). */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresStore(location);
  return openSqliteStore(location === ':memory:' ? location : resolve(location));
}

/** The store location as messages show it: database passwords hidden. */
export function shownLocation(location: string): string {
  return redactUrl(location);
}

export interface FetchOptions {
  allowPrivate?: boolean;
  maxBytes?: string;
  timeout?: string;
  delay?: string;
  robots?: boolean;
}

export function fetcherFrom(options: FetchOptions): { fetcher: Fetcher; maxBytes: number } {
  const maxBytes = options.maxBytes
    ? parsePositive(options.maxBytes, '--max-bytes')
    : DEFAULT_MAX_INPUT_BYTES;
  const fetcher = createFetcher({
    allowPrivate: options.allowPrivate ?? false,
    maxBytes,
    timeoutMs: options.timeout ? parsePositive(options.timeout, '--timeout') : 20_000,
    politenessMs: options.delay !== undefined ? parsePositive(options.delay, '--delay', true) : 1000,
    respectRobots: options.robots ?? true,
  });
  return { fetcher, maxBytes };
}

export function parsePositive(value: string, name: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${value}"`);
  return n;
}
