import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../store/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { articleHtml, FakeFetcher } from '../../live/fake-fetcher.js';
import { readSubscriptions } from '../../live/subscriptions.js';
import { activeContent } from '../active-content.js';
import { buildServer } from '../app.js';
import { ferryStrikeFixture } from '../fixtures/ferry-strike.js';
import { seedStoryFixture } from '../fixtures/seed.js';

const TOKEN = 'correct horse battery staple';
const auth = { authorization: `Bearer ${TOKEN}` };

/** Everything a page renders must be free of live script, handlers and javascript: URLs from the input. */
function expectInert(page: string): void {
  expect(activeContent(page)).toEqual([]);
}

describe('JSON API', () => {
  let store: Store;
  let app: ReturnType<typeof buildServer>;
  const subscriptions = join(mkdtempSync(join(tmpdir(), 'storyline-api-')), 'subscriptions.opml');
  const fixture = ferryStrikeFixture('sapi');

  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    await seedStoryFixture(store, fixture);
    app = buildServer(store, {
      token: TOKEN,
      subscriptions,
      rateLimits: { write: { burst: 50, perSecond: 50 } },
    });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('lists stories with filters and paging, and gives a story as its StoryView', async () => {
    const list = (await app.inject('/api/stories?limit=5')).json();
    expect(list).toMatchObject({ total: 1, offset: 0, limit: 5, items: [{ id: 'sapi', sourceCount: 3 }] });
    expect((await app.inject('/api/stories?outlet=Nobody')).json().total).toBe(0);
    expect((await app.inject('/api/stories?entity=e-brandt')).json().total).toBe(1);
    expect((await app.inject('/api/stories?since=2030-01-01')).json().total).toBe(0);
    const detail = await app.inject('/api/stories/sapi');
    expect(detail.headers['x-storyline-view']).toBe('synthesized');
    expect(detail.json().storyId).toBe('sapi');
    expect(detail.json().claims[0].status).toBe('contradicted');
    expect((await app.inject('/api/stories/sapi/links')).json().links).toHaveLength(4);
    expect((await app.inject('/api/stories/none')).statusCode).toBe(404);
  });

  it('serves entities, outlets and search', async () => {
    expect((await app.inject('/api/entities?q=Tomas')).json().items[0]).toMatchObject({ id: 'e-brandt' });
    const entity = (await app.inject('/api/entities/e-brandt')).json();
    expect(entity.stories[0].id).toBe('sapi');
    expect(entity.articleIds.length).toBe(3);
    expect((await app.inject('/api/outlets')).json().items).toContainEqual({
      name: 'Harbour Gazette',
      articles: 1,
    });
    const outlet = (await app.inject('/api/outlets/North%20Coast%20Radio')).json();
    expect(outlet).toMatchObject({ name: 'North Coast Radio', articleTotal: 1 });
    expect((await app.inject('/api/outlets/Nobody')).statusCode).toBe(404);
    const search = (await app.inject('/api/search?q=emergency+bus')).json();
    expect(search.stories[0].story.id).toBe('sapi');
    expect(search.hits.length).toBeGreaterThan(0);
  });

  it('refuses writes without the token and when no token is configured', async () => {
    const body = { text: 'A short note about nothing in particular that is long enough to keep.' };
    expect((await app.inject({ method: 'POST', url: '/api/articles', payload: body })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: body,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.statusCode).toBe(401);
    const closed = buildServer(store, { token: '' });
    const res = await closed.inject({ method: 'POST', url: '/api/articles', payload: body, headers: auth });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toContain('write API disabled');
    expect(
      (await closed.inject({ method: 'POST', url: '/api/feeds', payload: { url: 'https://x.example/f' } }))
        .statusCode,
    ).toBe(403);
    await closed.close();
  });

  it('ingests a posted text through the pipeline, and shows it at once', async () => {
    const text =
      'The Osterhavn lighthouse reopened on Saturday after a two-year restoration, the harbour board said. ' +
      'Visitors can climb its 212 steps from next month.';
    const res = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { text, title: 'Lighthouse reopens', outlet: 'Coast Weekly', publishedAt: '2026-04-04' },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().outcomes[0].id as string;
    const article = (await app.inject(`/api/articles/${id}`)).json();
    expect(article.metadata.outlet.value).toBe('Coast Weekly');
    expect((await app.inject(`/api/articles/${id}/analysis`)).statusCode).toBe(200);
    expect((await app.inject('/articles')).body).toContain('Lighthouse reopens');
    const again = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { text },
    });
    expect(again.statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: {} })).statusCode,
    ).toBe(400);
  });

  it('keeps hostile HTML inert on every page that shows it', async () => {
    const hostile = `<html><head><title>Harbour <script>alert(1)</script> news</title>
      <meta property="og:site_name" content="Evil &lt;b onmouseover=alert(2)&gt; Times"></head>
      <body><article><h1>Harbour <img src=x onerror=alert(3)> news</h1>
      <p>The harbour board met on Monday <a href="javascript:alert(4)">to vote</a> on new fees for visiting yachts and ferries.
      <svg onload=alert(5)></svg><iframe src="javascript:alert(6)"></iframe></p>
      <p>Members said the fees would rise by 4 percent <b>from May<i> onwards, <style>body{display:none}</style> with exceptions
      for fishing boats registered in the port. \u202Egnirts desrever\u202C and a NUL \u0000 here.</p>
      <p onclick="alert(7)">A third paragraph keeps the article long enough for extraction to accept it as a story.</p>`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { html: hostile, url: 'https://evil.example/harbour' },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().outcomes[0].id as string;
    for (const path of [
      `/articles/${id}`,
      `/articles/${id}/raw`,
      '/articles',
      '/search?q=harbour',
      '/outlets',
    ]) {
      const page = await app.inject(path);
      expect(page.statusCode).toBe(200);
      expectInert(page.body);
    }
    const outlets = (await app.inject('/api/outlets')).json().items as { name: string }[];
    const evil = outlets.find((o) => o.name.includes('Evil'));
    if (evil) expectInert((await app.inject(`/outlets/${encodeURIComponent(evil.name)}`)).body);
  });

  it('limits request size and rate', async () => {
    const huge = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { html: `<p>${'word '.repeat(1_200_000)}</p>` },
    });
    expect(huge.statusCode).toBe(413);
    const tight = buildServer(store, { token: TOKEN, rateLimits: { search: { burst: 2, perSecond: 0.01 } } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await tight.inject('/api/search?q=ferry')).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    const page = await tight.inject('/search?q=ferry');
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBeDefined();
    await tight.close();
  });

  it('adds feed subscriptions to the OPML list', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/feeds',
      headers: auth,
      payload: { url: 'https://news.example/feed.xml', title: 'News' },
    });
    expect(res.statusCode).toBe(201);
    const again = await app.inject({
      method: 'POST',
      url: '/api/feeds',
      headers: auth,
      payload: { url: 'https://news.example/feed.xml' },
    });
    expect(again.json().added).toBe(false);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/feeds',
          headers: auth,
          payload: { url: 'javascript:x' },
        })
      ).statusCode,
    ).toBe(400);
    expect(readSubscriptions(subscriptions)).toEqual([
      { url: 'https://news.example/feed.xml', title: 'News' },
    ]);
  });

  it('fetches a posted URL through the pipeline with the fetcher of the server', async () => {
    const fetcher = new FakeFetcher();
    const url = 'https://coastnews.example/a/pier';
    fetcher.responses.set(url, {
      body: articleHtml(
        'Pier repairs start',
        [
          'Repairs to the old pier began on Wednesday after storms damaged two of its supports last winter.',
          'The council expects the work to last until the summer and will keep the south end open to anglers.',
          'Contractors said the new supports would be driven deeper into the seabed than the original ones.',
        ],
        'Coast News',
      ),
      contentType: 'text/html; charset=utf-8',
    });
    const withFetcher = buildServer(store, { token: TOKEN, fetcher });
    const res = await withFetcher.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { url },
    });
    expect(res.statusCode).toBe(201);
    expect(fetcher.requests.map((r) => r.url)).toEqual([url]);
    expect((await withFetcher.inject('/search?q=pier')).body).toContain('Pier repairs start');
    const bad = await withFetcher.inject({
      method: 'POST',
      url: '/api/articles',
      headers: auth,
      payload: { url: 'file:///etc/passwd' },
    });
    expect(bad.statusCode).toBe(400);
    await withFetcher.close();
  });
});
