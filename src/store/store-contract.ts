// The behaviour every Store engine must show. Each engine's test file runs this suite against itself.
import { describe, expect, it } from 'vitest';
import type { Article, ArticleLink, RawInput } from '../model.js';
import { articleId, sha256 } from '../ingest/article-id.js';
import type { LinkWrite, Store } from './store.js';

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

/** A link record for tests: article `articleId` in story `storyId`, arriving `seq`-th. */
export function sampleLink(
  articleId: string,
  storyId: string,
  seq: number,
  over: Partial<ArticleLink> = {},
): ArticleLink {
  return {
    articleId,
    seq,
    storyId,
    duplicateOf: null,
    wireOrigin: null,
    sourceKey: `outlet:${articleId}`,
    entityIds: [],
    date: { value: `2023-03-2${seq}`, source: 'metadata' },
    explanation: {
      kind: 'new',
      score: 0,
      threshold: 0.3,
      runnerUp: null,
      sharedTerms: [],
      sharedEntities: [],
      reason: null,
    },
    linkedAt: `2024-01-0${seq}T00:00:00.000Z`,
    ...over,
  };
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

    it('keeps story counts, sources, outlets, languages and dates right as articles arrive', async () => {
      const store = await open();
      // A fixed pseudo-random arrival of 60 articles over 5 stories, 4 outlets, 2 languages, shared sources.
      let seed = 7;
      const next = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      const outlets = ['Harbour Post', 'Daily Tide', 'Ferry Times', 'Coastal Wire'];
      const expected = new Map<string, { links: ArticleLink[]; outlets: string[]; languages: string[] }>();
      for (let i = 1; i <= 60; i++) {
        const outlet = outlets[next(4)]!;
        const language = next(3) === 0 ? 'fr' : 'en';
        const id = `tx${i}`;
        const { article, raw } = sampleArticle(`Article number ${i} about the harbour strike.`, { id });
        article.metadata.outlet = { value: outlet, source: 'record' };
        article.metadata.language = { value: language, source: 'record' };
        await store.saveArticle(article, raw);
        const storyId = `sx${next(5)}`;
        const day = String(1 + next(28)).padStart(2, '0');
        const link = sampleLink(id, storyId, i, {
          sourceKey: `outlet:${outlet}:${next(3)}`,
          date: { value: `2023-05-${day}T10:00:00.000Z`, source: 'metadata' },
          linkedAt: `2024-02-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`,
        });
        await store.saveLink({ link, merges: [], entities: [] });
        const e = expected.get(storyId) ?? { links: [], outlets: [], languages: [] };
        e.links.push(link);
        e.outlets.push(outlet);
        e.languages.push(language);
        expected.set(storyId, e);
      }
      const ranked = (values: string[]) => {
        const counts = new Map<string, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
      };
      for (const [storyId, e] of expected) {
        const dates = e.links.map((l) => l.date.value).sort();
        expect(await store.getStory(storyId)).toMatchObject({
          articleCount: e.links.length,
          sourceCount: new Set(e.links.map((l) => l.sourceKey)).size,
          outlets: ranked(e.outlets),
          languages: ranked(e.languages),
          firstSeen: dates[0],
          lastSeen: dates[dates.length - 1],
        });
      }
      await store.close();
    });

    it('reads the texts of several articles at once, skipping unknown ids', async () => {
      const store = await open();
      const a = sampleArticle('The port reopened after the strike ended.');
      const b = sampleArticle('Ferry crews voted to return to work.', {
        id: 'utexts2',
        origin: 'http://x/texts2',
      });
      await store.saveArticle(a.article, a.raw);
      await store.saveArticle(b.article, b.raw);
      const texts = await store.articleTexts([a.article.id, 'unone', b.article.id]);
      expect([...texts.keys()].sort()).toEqual([a.article.id, b.article.id].sort());
      expect(texts.get(b.article.id)).toBe(b.article.text);
      expect((await store.articleTexts([])).size).toBe(0);
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
        times: [],
        publication: null,
        publicationInference: { date: null, confidence: 0, evidence: [] },
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

    it('links articles into stories and keeps their counts', async () => {
      const store = await open();
      const ids: string[] = [];
      for (const [i, text] of [
        'Rescuers reached the flooded valley.',
        'The flooded valley got help.',
        'A new bridge opened.',
      ].entries()) {
        const { article, raw } = sampleArticle(text, { id: `t${i}` });
        await store.saveArticle(article, raw);
        await store.putAnalysis({
          articleId: article.id,
          version: 1,
          sentences: [],
          tokenCount: 1,
          entities: [],
          mentions: [],
          quotes: [],
          quantities: [],
          citedSources: [],
          opinion: [],
        } as never);
        ids.push(article.id);
      }
      expect(await store.unlinkedArticleIds()).toEqual(['t0', 't1', 't2']);
      const entity = {
        id: 'e1',
        name: 'Red Cross',
        type: 'organization' as const,
        aliases: ['ICRC'],
        roles: [],
      };
      const write = (link: ArticleLink, extra: Partial<LinkWrite> = {}): LinkWrite => ({
        link,
        merges: [],
        entities: [],
        ...extra,
      });
      await store.saveLink(write(sampleLink('t0', 's0', 1), { entities: [{ entity, mentions: 2 }] }));
      await store.saveLink(
        write(
          sampleLink('t1', 's0', 2, {
            sourceKey: 'outlet:t0',
            duplicateOf: { articleId: 't0', similarity: 0.9 },
          }),
          { entities: [{ entity, mentions: 1 }] },
        ),
      );
      await store.saveLink(write(sampleLink('t2', 's2', 3)));
      expect(await store.unlinkedArticleIds()).toEqual([]);
      expect(await store.lastLinkSeq()).toBe(3);
      const s0 = await store.getStory('s0');
      expect(s0).toMatchObject({
        id: 's0',
        articleCount: 2,
        sourceCount: 1,
        outlets: ['Example News'],
        firstSeen: '2023-03-21',
        lastSeen: '2023-03-22',
      });
      expect((await store.listStories()).map((s) => s.id)).toEqual(['s2', 's0']);
      expect(await store.countStories({ entity: 'e1' })).toBe(1);
      expect((await store.storyLinks('s0')).map((l) => l.articleId)).toEqual(['t0', 't1']);
      expect((await store.getLink('t1'))?.duplicateOf).toEqual({ articleId: 't0', similarity: 0.9 });
      expect(await store.getEntity('e1')).toMatchObject({
        name: 'Red Cross',
        articleCount: 2,
        storyCount: 1,
      });
      expect((await store.listEntities({ q: 'icr' })).map((e) => e.id)).toEqual(['e1']);
      expect(await store.entityArticleIds('e1')).toEqual(['t1', 't0']);

      // A fourth article reveals that s2 and s0 are one story.
      const d = sampleArticle('The bridge over the flooded valley opened.', { id: 't3' });
      await store.saveArticle(d.article, d.raw);
      const merge = { from: 's2', into: 's0', score: 0.6, articleId: 't3', at: '2024-01-04T00:00:00.000Z' };
      await store.saveLink(write(sampleLink('t3', 's0', 4), { merges: [merge] }));
      expect((await store.getStory('s2'))?.id).toBe('s0');
      expect((await store.getStory('s0'))?.articleCount).toBe(4);
      expect(await store.countStories()).toBe(1);
      expect(await store.listMerges('s0')).toEqual([merge]);

      // Undoing the last link puts the merged story back.
      await store.unlinkAfter(3);
      expect(await store.lastLinkSeq()).toBe(3);
      expect((await store.getStory('s2'))?.id).toBe('s2');
      expect((await store.getStory('s0'))?.articleCount).toBe(2);
      expect(await store.listMerges('s0')).toEqual([]);
      await store.close();
    });

    it('filters stories and entities and orders undated links last', async () => {
      const store = await open();
      const analysis = (articleId: string) =>
        ({
          articleId,
          version: 1,
          sentences: [],
          tokenCount: 1,
          entities: [],
          mentions: [],
          quotes: [],
          quantities: [],
          citedSources: [],
          opinion: [],
        }) as never;
      const texts = [
        'The port reopened after the strike.',
        'Dockers ended the strike.',
        'Il porto ha riaperto.',
      ];
      for (const [i, text] of texts.entries()) {
        const { article, raw } = sampleArticle(text, { id: `f${i}` });
        if (i === 2) {
          article.metadata.language = { value: 'it', source: 'text', detail: 'eld' };
          article.metadata.outlet = { value: 'Il Giornale', source: 'record' };
        }
        await store.saveArticle(article, raw);
        await store.putAnalysis(analysis(article.id));
      }
      const union = {
        id: 'e2',
        name: 'Dockers Union',
        type: 'organization' as const,
        aliases: [],
        roles: [],
      };
      const port = {
        id: 'e3',
        name: 'Port Authority',
        type: 'place' as const,
        aliases: ['Autorità'],
        roles: [],
      };
      await store.saveLink({
        link: sampleLink('f0', 'sa', 1),
        merges: [],
        entities: [{ entity: union, mentions: 1 }],
      });
      await store.saveLink({
        link: sampleLink('f1', 'sa', 2, { date: { value: null, source: 'unknown' } as never }),
        merges: [],
        entities: [{ entity: union, mentions: 1 }],
      });
      await store.saveLink({
        link: sampleLink('f2', 'sb', 3),
        merges: [],
        entities: [{ entity: port, mentions: 2 }],
      });
      expect((await store.listStories({ language: 'it' })).map((s) => s.id)).toEqual(['sb']);
      expect((await store.listStories({ outlet: 'Example News' })).map((s) => s.id)).toEqual(['sa']);
      expect((await store.listStories({ since: '2023-03-23' })).map((s) => s.id)).toEqual(['sb']);
      expect((await store.listStories({ until: '2023-03-21' })).map((s) => s.id)).toEqual(['sa']);
      expect(await store.countStories({ entity: 'e3' })).toBe(1);
      expect((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.id)).toEqual(['sa']);
      expect((await store.listEntities({ type: 'place' })).map((e) => e.id)).toEqual(['e3']);
      expect((await store.listEntities({ q: 'autor' })).map((e) => e.id)).toEqual(['e3']);
      expect((await store.listEntities({ q: '%' })).map((e) => e.id)).toEqual([]);
      expect(await store.entityArticleIds('e2')).toEqual(['f0', 'f1']);
      expect(await store.getStory('sa')).toMatchObject({ firstSeen: '2023-03-21', lastSeen: '2023-03-21' });
      await store.close();
    });

    it('keeps link-state snapshots and story views', async () => {
      const store = await open();
      expect(await store.getLinkState('clusterer')).toBeNull();
      await store.putLinkState('clusterer', { seq: 5, json: '{"a":1}' });
      await store.putLinkState('clusterer', { seq: 7, json: '{"a":2}' });
      expect(await store.getLinkState('clusterer')).toEqual({ seq: 7, json: '{"a":2}' });
      expect(await store.getStoryView('s1')).toBeNull();
      await store.putStoryView('s1', { version: 1, headline: null, json: '{"x":1}' });
      expect(await store.getStoryView('s1')).toMatchObject({ version: 1, json: '{"x":1}' });
      const stamp = await store.getStoryViewStamp('s1');
      expect(stamp).toEqual({ version: 1, builtAt: (await store.getStoryView('s1'))!.builtAt });
      expect(await store.getStoryViewStamp('nosuch')).toBeNull();
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
