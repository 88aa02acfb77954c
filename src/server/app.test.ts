import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import { sampleArticle } from '../store/store-contract.js';
import type { Store } from '../store/store.js';
import { buildServer } from './app.js';

describe('web UI and API', () => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const { article, raw } = sampleArticle(`The summit ended with a joint statement on trade. ${hostile}`, {
    title: `Summit ${hostile}`,
  });
  article.metadata.canonicalUrl = { value: 'javascript:alert(3)', source: 'record' };
  article.cleaning.repairs = [{ from: 'jointstatement', to: 'joint statement', at: { start: 21, end: 36 } }];
  article.cleaning.removed = [{ text: 'Subscribe to our newsletter', rule: 'subscribe prompt' }];

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await store.saveArticle(article, raw);
    await store.recordFailure({
      origin: 'bad.html',
      stage: 'extract',
      reason: 'no article content found',
      at: '2024-01-01T00:00:00Z',
    });
    app = buildServer(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists articles with outlet, date provenance, language and word count', async () => {
    const res = await app.inject('/articles');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('Example News');
    expect(res.body).toContain('from the input record');
    expect(res.body).toContain('EN');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;script&gt;');
  });

  it('shows an article with escaped text, provenance, repairs, removed furniture and a raw link', async () => {
    const res = await app.inject(`/articles/${article.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/<script>|<img|href="javascript:/);
    expect(res.body).toContain('<mark class="mark-repair"');
    expect(res.body).toContain('Subscribe to our newsletter');
    expect(res.body).toContain(`/articles/${article.id}/raw`);
    const rawRes = await app.inject(`/articles/${article.id}/raw`);
    expect(rawRes.body).toContain('RAW:The summit');
    expect(rawRes.body).not.toContain('<script>alert');
  });

  it('searches, lists failures, serves JSON and 404s', async () => {
    expect((await app.inject('/search?q=joint+statement')).body).toContain('<b>joint</b>');
    expect((await app.inject('/failures')).body).toContain('no article content found');
    const api = (await app.inject('/api/articles')).json();
    expect(api).toMatchObject({ total: 1, items: [{ id: article.id, title: article.title }] });
    expect((await app.inject(`/api/articles/${article.id}`)).json()).toMatchObject({ id: article.id });
    expect((await app.inject('/api/search?q=summit')).json().hits).toHaveLength(1);
    expect((await app.inject('/articles/nope')).statusCode).toBe(404);
    expect((await app.inject('/api/nope')).statusCode).toBe(404);
    expect((await app.inject('/assets/style.css')).headers['content-type']).toContain('text/css');
  });
});
