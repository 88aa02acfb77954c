// Runs a function inside BEGIN/COMMIT on one pooled client, rolling back when it throws.
import type pg from 'pg';

/** What a transaction body may run: a query on the transaction's client. */
export type Query = <R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params?: unknown[],
) => Promise<pg.QueryResult<R>>;

export async function inTransaction<T>(pool: pg.Pool, body: (query: Query) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const query: Query = (sql, params) => client.query(sql, params);
    const result = await body(query);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
