import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.js';
import { describeStoreContract, sampleArticle } from './store-contract.js';

describeStoreContract('sqlite', async () => openSqliteStore(':memory:'));

describe('sqlite store on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its folder and keeps data across reopen', async () => {
    const path = join(dir, 'nested', 'store.db');
    const store = openSqliteStore(path);
    const { article, raw } = sampleArticle('Parliament passed the budget late on Thursday.');
    await store.saveArticle(article, raw);
    await store.close();
    const again = openSqliteStore(path);
    expect(await again.countArticles()).toBe(1);
    expect((await again.getArticle(article.id))?.text).toBe(article.text);
    await again.close();
  });
});
