// The behaviour every Store engine must show. Each engine's test file runs this suite against itself.
import { describe, expect, it } from 'vitest';
import type { Article, RawInput } from '../model.js';
import { articleId, sha256 } from '../ingest/article-id.js';
import type { Store } from './store.js';

export function sampleArticle(
  text: string,
  over: Partial<Article> = {},
): { article: Article; raw: RawInput } {
  const body = `RAW:${text}`;
  const raw: RawInput = {
    id: sha256(body),
    origin: over.origin ?? 'test.txt',
    kind: 'text',
    mediaType: 'text/plain',
    body,
    fetchedAt: '2024-01-01T00:00:00.000Z',
  };
  const article: Article = {
    id: articleId(null, text),
    origin: raw.origin,
    kind: 'text',
    title: 'A title',
    text,
    paragraphs: [{ start: 0, end: text.length }],
    metadata: {
      title: { value: 'A title', source: 'text' },
      authors: { value: [], source: 'unknown' },
      outlet: { value: 'Example News', source: 'record' },
      canonicalUrl: { value: null, source: 'unknown' },
      publishedAt: { value: '2023-03-20', source: 'record' },
      modifiedAt: { value: null, source: 'unknown' },
      language: { value: 'en', source: 'text', detail: 'eld' },
      description: { value: null, source: 'unknown' },
      section: { value: null, source: 'unknown' },
      credits: [],
    },
    wordCount: text.split(/\s+/).length,
    cleaning: { removed: [], repairs: [] },
    rawId: raw.id,
    ingestedAt: '2024-01-01T00:00:00.000Z',
    ...over,
  };
  return { article, raw };
}

export function describeStoreContract(engine: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${engine}`, () => {
    it('stores an article once and returns it with its raw input', async () => {
      const store = await open();
      const { article, raw } = sampleArticle('Leaders met in the capital on Monday to sign a trade deal.');
      expect(await store.saveArticle(article, raw)).toEqual({ status: 'inserted', id: article.id });
      expect(await store.saveArticle(article, raw)).toEqual({ status: 'known', id: article.id });
      expect(await store.getArticle(article.id)).toEqual(article);
      expect((await store.getRaw(raw.id))?.body).toBe(raw.body);
      expect(await store.countArticles()).toBe(1);
      await store.close();
    });

    it('treats the same text under another id as already known', async () => {
      const store = await open();
      const a = sampleArticle('The ministers agreed on a ceasefire.');
      const b = sampleArticle('The ministers agreed on a CEASEFIRE!', { id: 'uother', origin: 'http://x/y' });
      await store.saveArticle(a.article, a.raw);
      expect(await store.saveArticle(b.article, b.raw)).toEqual({ status: 'known', id: a.article.id });
      await store.close();
    });

    it('lists, filters and searches articles', async () => {
      const store = await open();
      const a = sampleArticle('Talks on the gas pipeline lasted four hours in Moscow.');
      const b = sampleArticle('Floods closed schools across the region.', {
        id: 'tfloods',
        title: 'Floods',
      });
      b.article.metadata.outlet = { value: 'Other Daily', source: 'opengraph' };
      await store.saveArticle(a.article, a.raw);
      await store.saveArticle(b.article, b.raw);
      expect((await store.listArticles()).map((s) => s.id).sort()).toEqual([a.article.id, 'tfloods'].sort());
      expect((await store.listArticles({ outlet: 'Other Daily' })).map((s) => s.id)).toEqual(['tfloods']);
      expect(await store.countArticles({ outlet: 'Example News' })).toBe(1);
      expect(await store.facets()).toEqual({ outlets: ['Example News', 'Other Daily'], languages: ['en'] });
      const hits = await store.searchArticles('pipeline moscow');
      expect(hits.map((h) => h.id)).toEqual([a.article.id]);
      expect(hits[0]?.snippet).toContain('«pipeline»');
      expect(await store.searchArticles('"gas pipeline"')).toHaveLength(1);
      expect(await store.searchArticles('pipe*')).toHaveLength(1);
      expect(await store.searchArticles('NEAR( "')).toEqual([]);
      await store.close();
    });

    it("stores and replaces an article's analysis", async () => {
      const store = await open();
      const { article, raw } = sampleArticle('The council met on Monday.');
      await store.saveArticle(article, raw);
      expect(await store.getAnalysis(article.id)).toBeNull();
      const analysis = {
        articleId: article.id,
        version: 1,
        sentences: [],
        tokenCount: 6,
        entities: [],
        mentions: [],
        quotes: [],
        quantities: [],
        citedSources: [],
        opinion: [],
      };
      await store.putAnalysis(analysis);
      await store.putAnalysis({ ...analysis, version: 2 });
      expect(await store.getAnalysis(article.id)).toEqual({ ...analysis, version: 2 });
      await store.close();
    });

    it('records failures once per origin and reason, counting repeats', async () => {
      const store = await open();
      const f = { origin: 'bad.html', stage: 'extract', reason: 'no article', at: '2024-01-01T00:00:00Z' };
      await store.recordFailure(f);
      await store.recordFailure({ ...f, at: '2024-01-02T00:00:00Z' });
      const failures = await store.listFailures();
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ origin: 'bad.html', count: 2, at: '2024-01-02T00:00:00Z' });
      await store.close();
    });

    it('remembers feed validators', async () => {
      const store = await open();
      expect(await store.getFeedState('http://f/rss')).toBeNull();
      const s = { url: 'http://f/rss', etag: '"x"', lastModified: null, checkedAt: '2024-01-01T00:00:00Z' };
      await store.putFeedState(s);
      expect(await store.getFeedState('http://f/rss')).toEqual(s);
      await store.close();
    });
  });
}
