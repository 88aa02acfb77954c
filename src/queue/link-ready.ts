// The link stage must see articles in ingestion order even though many workers analyse them in parallel: it may
// link only the analysed prefix of the unlinked articles, stopping at the first one whose analysis is still
// pending (ingested less than `waitMs` ago; older unanalysed articles failed analysis and are skipped).
import type { PostgresStore } from '../store/postgres-store.js';
import type { Store } from '../store/store.js';

export const DEFAULT_ANALYSIS_WAIT_MS = 10 * 60_000;

/** The analysed, unlinked article ids that are ready to link, in ingestion order. */
export async function linkReadyIds(
  store: PostgresStore,
  limit: number,
  options: { waitMs?: number; now?: Date } = {},
): Promise<string[]> {
  const since = new Date(
    (options.now ?? new Date()).getTime() - (options.waitMs ?? DEFAULT_ANALYSIS_WAIT_MS),
  );
  const { rows } = await store.pool.query<{ id: string; analysed: boolean; ingested_at: string }>(
    `SELECT a.id, an.article_id IS NOT NULL AS analysed, a.ingested_at FROM articles a
     LEFT JOIN analyses an ON an.article_id = a.id LEFT JOIN article_links l ON l.article_id = a.id
     WHERE l.article_id IS NULL ORDER BY a.seq LIMIT $1`,
    [limit],
  );
  const ready: string[] = [];
  for (const r of rows) {
    if (r.analysed) ready.push(r.id);
    else if (new Date(r.ingested_at) >= since) break;
  }
  return ready;
}

/** The store as the link stage should see it: unlinkedArticleIds gives only the ready prefix. */
export function linkReadyView(store: PostgresStore, options: { waitMs?: number } = {}): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'unlinkedArticleIds')
        return (limit?: number) => linkReadyIds(target, limit ?? 1_000_000, options);
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
