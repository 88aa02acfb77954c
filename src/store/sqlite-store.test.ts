import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_MAX_MS, openSqliteStore } from './sqlite-store.js';
import { describeStoreContract, sampleArticle, sampleLink } from './store-contract.js';

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

  it('groups writes of a batch into shared transactions, committed when the batch ends', async () => {
    const path = join(dir, 'batch.db');
    const store = openSqliteStore(path);
    const reader = openSqliteStore(path);
    const a = sampleArticle('The council approved the new harbour plan on Monday evening.');
    const b = sampleArticle('Rescue teams reached the flooded villages after two days of rain.');
    await store.writeBatch(async () => {
      await store.saveArticle(a.article, a.raw);
      // Seen by the writing connection at once, by another one only once committed.
      expect(await store.countArticles()).toBe(1);
      expect(await reader.countArticles()).toBe(0);
      // A write that fails rolls back alone.
      await expect(
        store.saveLink({ link: sampleLink('no-such-article', 's1', 1), merges: [], entities: [] }),
      ).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 10));
      await store.saveArticle(b.article, b.raw);
    });
    expect(await reader.countArticles()).toBe(2);
    // Without a batch, each write commits at once.
    const c = sampleArticle('Shares of the carmaker fell sharply after the recall was announced.');
    await store.saveArticle(c.article, c.raw);
    expect(await reader.countArticles()).toBe(3);
    await reader.close();
    await store.close();
  });

  it('commits a long batch on its own after a short while, without waiting for the batch to end', async () => {
    const path = join(dir, 'batch-timer.db');
    const store = openSqliteStore(path);
    const reader = openSqliteStore(path);
    const a = sampleArticle('The bridge reopened to traffic after three months of repairs.');
    await store.writeBatch(async () => {
      await store.saveArticle(a.article, a.raw);
      expect(await reader.countArticles()).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, BATCH_MAX_MS + 100));
      expect(await reader.countArticles()).toBe(1);
    });
    await reader.close();
    await store.close();
  });
});
