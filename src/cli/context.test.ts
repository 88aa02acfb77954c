import { describe, expect, it } from 'vitest';
import { isPostgresUrl, openStore, shownLocation } from './context.js';

describe('store location', () => {
  it('recognises PostgreSQL URLs and hides their passwords in messages', () => {
    expect(isPostgresUrl('postgresql://u:p@db/s')).toBe(true);
    expect(isPostgresUrl('POSTGRES://db/s')).toBe(true);
    expect(isPostgresUrl('.storyline/postgres.db')).toBe(false);
    expect(shownLocation('postgres://u:secret@db/s')).toBe('postgres://u:***@db/s');
  });

  it('opens PostgreSQL for a postgres:// URL and reports failures without the password', async () => {
    const failure = openStore('postgres://reader:secret@127.0.0.1:1/storyline');
    await expect(failure).rejects.toThrow(/PostgreSQL store postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1/);
    await expect(failure).rejects.not.toThrow(/secret/);
  });

  it('opens SQLite for anything else', async () => {
    const store = await openStore(':memory:');
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});
