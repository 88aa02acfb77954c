import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { postgresMigrations } from './postgres-migrations.js';
import { describeStoreContract, sampleArticle } from './store-contract.js';
import { skipPostgres, startTestPostgres, type TestPostgres } from './test-postgres.js';

const suite = skipPostgres() ? describe.skip : describe;

suite('postgres store', () => {
  let server: TestPostgres | undefined;
  const opened: PostgresStore[] = [];
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => undefined);
    await server?.stop();
  });
  const fresh = async (): Promise<PostgresStore> => {
    if (!server) throw new Error('the test PostgreSQL server did not start');
    const store = await openPostgresStore(await server.createDatabase(), { max: 4 });
    opened.push(store);
    return store;
  };

  describeStoreContract('postgres', fresh);

  it('migrates once even when many processes open the same database at once', async () => {
    if (!server) throw new Error('no server');
    const url = await server.createDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url, { max: 2 })));
    const { rows } = await stores[0]!.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM schema_migrations',
    );
    expect(rows[0]?.n).toBe(postgresMigrations.length);
    for (const s of stores) await s.close();
  });

  it('keeps one copy when two writers save the same text at the same time', async () => {
    const store = await fresh();
    const a = sampleArticle('Both workers fetched the same wire story about the harbour strike.');
    const b = sampleArticle('Both workers fetched the same wire story about the harbour strike!', {
      id: 'uanother',
      origin: 'http://mirror/x',
    });
    const results = await Promise.all([
      store.saveArticle(a.article, a.raw),
      store.saveArticle(b.article, b.raw),
      store.saveArticle(a.article, a.raw),
    ]);
    expect(results.filter((r) => r.status === 'inserted')).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await store.countArticles()).toBe(1);
  });

  it('rolls a failed multi-row write back entirely', async () => {
    const store = await fresh();
    const { article, raw } = sampleArticle('The court adjourned until Friday.');
    // An article whose raw input id is not the raw's: the article insert fails on its foreign key...
    await expect(store.saveArticle({ ...article, rawId: 'missing' }, raw)).rejects.toThrow();
    // ...and the raw input written before it in the same transaction is gone too.
    expect(await store.getRaw(raw.id)).toBeNull();
  });

  it('says which database it could not open, without the password', async () => {
    await expect(openPostgresStore('postgres://news:hunter2@127.0.0.1:1/none', { max: 1 })).rejects.toThrow(
      /postgres:\/\/news:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    await expect(openPostgresStore('postgres://news:hunter2@127.0.0.1:1/none')).rejects.not.toThrow(
      /hunter2/,
    );
  });
});
