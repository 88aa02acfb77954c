// The JSON API under /api: stories, articles, entities, outlets, search, failures; writes (articles, feed
// subscriptions) only when the operator configured a token. Every route here is documented in openapi.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IngestOutcome } from '../../model.js';
import type { Fetcher } from '../../ingest/http/fetcher.js';
import { ingestInputs, summarizeOutcomes } from '../../pipeline/ingest.js';
import { addSubscription } from '../../live/subscriptions.js';
import type { Store } from '../../store/store.js';
import { outletProfile } from '../outlet-profile.js';
import type { RateLimiter } from '../rate-limit.js';
import { loadStory, parseStoryView } from '../story-data.js';
import { searchStories } from '../story-search.js';
import { tokenMatches } from './token.js';
import { OPENAPI_DOCUMENT } from './openapi.js';

export interface ApiDeps {
  store: Store;
  /** Bearer token for writes; without one the write API answers 403. */
  token?: string | undefined;
  /** Fetcher for POSTed URLs and feeds. */
  fetcher?: Fetcher | undefined;
  /** OPML file that POST /api/feeds adds subscriptions to. */
  subscriptions?: string | undefined;
  /** Called with the ids of newly ingested articles (e.g. to link and synthesise them). */
  afterIngest?: ((articleIds: string[]) => Promise<void>) | undefined;
  searchLimiter: RateLimiter;
  writeLimiter: RateLimiter;
}

/** Largest POST /api/articles body: an HTML page and some. */
export const ARTICLE_BODY_LIMIT = 5 * 1024 * 1024;

export function int(value: string | undefined, fallback: number, min: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function limited(limiter: RateLimiter, req: FastifyRequest, reply: FastifyReply): boolean {
  const d = limiter.take(req.ip);
  if (d.allowed) return false;
  void reply
    .code(429)
    .header('retry-after', String(d.retryAfter))
    .send({ error: `too many requests; retry in ${d.retryAfter} s` });
  return true;
}

function isoDay(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 32) : undefined;
}

interface StoryListQuery {
  offset?: string;
  limit?: string;
  outlet?: string;
  language?: string;
  entity?: string;
  since?: string;
  until?: string;
}

interface ArticlePost {
  text?: unknown;
  html?: unknown;
  url?: unknown;
  title?: unknown;
  outlet?: unknown;
  publishedAt?: unknown;
  language?: unknown;
}

export function registerApi(app: FastifyInstance, deps: ApiDeps): void {
  const { store } = deps;

  app.get('/api/openapi.json', async () => OPENAPI_DOCUMENT);

  app.get<{ Querystring: StoryListQuery }>('/api/stories', async (req) => {
    const limit = int(req.query.limit, 25, 1, 200);
    const offset = int(req.query.offset, 0, 0, 1_000_000);
    const filter = {
      outlet: req.query.outlet || undefined,
      language: req.query.language || undefined,
      entity: req.query.entity || undefined,
      since: isoDay(req.query.since),
      until: isoDay(req.query.until),
    };
    const [items, total] = await Promise.all([
      store.listStories({ ...filter, limit, offset }),
      store.countStories(filter),
    ]);
    return { total, offset, limit, items };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req, reply) => {
    const story = await store.getStory(req.params.id);
    if (!story) return reply.code(404).send({ error: `no story with id ${req.params.id}` });
    const stored = await store.getStoryView(story.id);
    // A view that covers every article goes out as stored, without parsing and re-serialising it.
    const view = stored ? parseStoryView(stored.json) : null;
    if (stored && view && view.articles.length === story.articleCount)
      return reply
        .header('x-storyline-view', 'synthesized')
        .type('application/json; charset=utf-8')
        .send(stored.json);
    const loaded = await loadStory(store, story.id, { texts: false, story, stored });
    if (!loaded) return reply.code(404).send({ error: `no story with id ${req.params.id}` });
    return reply
      .header('x-storyline-view', loaded.fallback ? 'from-articles' : 'synthesized')
      .send(loaded.view);
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id/links', async (req, reply) => {
    const story = await store.getStory(req.params.id);
    if (!story) return reply.code(404).send({ error: `no story with id ${req.params.id}` });
    const [links, merges] = await Promise.all([store.storyLinks(story.id), store.listMerges(story.id)]);
    return { story, links, merges };
  });

  app.get<{ Querystring: { offset?: string; limit?: string; outlet?: string; language?: string } }>(
    '/api/articles',
    async (req) => {
      const limit = int(req.query.limit, 50, 1, 200);
      const offset = int(req.query.offset, 0, 0, 1_000_000);
      const filter = { outlet: req.query.outlet || undefined, language: req.query.language || undefined };
      const [items, total] = await Promise.all([
        store.listArticles({ ...filter, limit, offset }),
        store.countArticles(filter),
      ]);
      return { total, offset, limit, items };
    },
  );
  app.get<{ Params: { id: string } }>('/api/articles/:id', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    return article ?? reply.code(404).send({ error: `no article with id ${req.params.id}` });
  });
  app.get<{ Params: { id: string } }>('/api/articles/:id/analysis', async (req, reply) => {
    const analysis = await store.getAnalysis(req.params.id);
    return analysis ?? reply.code(404).send({ error: `no analysis for article ${req.params.id}` });
  });
  app.get<{ Params: { id: string } }>('/api/articles/:id/raw', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    const raw = article ? await store.getRaw(article.rawId) : null;
    if (!raw) return reply.code(404).send({ error: `no raw input for article ${req.params.id}` });
    return reply.type('text/plain; charset=utf-8').header('content-disposition', 'inline').send(raw.body);
  });

  app.get<{ Querystring: { q?: string; type?: string; offset?: string; limit?: string } }>(
    '/api/entities',
    async (req) => {
      const limit = int(req.query.limit, 50, 1, 200);
      const offset = int(req.query.offset, 0, 0, 1_000_000);
      const items = await store.listEntities({
        q: req.query.q || undefined,
        type: req.query.type || undefined,
        limit,
        offset,
      });
      return { offset, limit, items };
    },
  );
  app.get<{ Params: { id: string } }>('/api/entities/:id', async (req, reply) => {
    const entity = await store.getEntity(req.params.id);
    if (!entity) return reply.code(404).send({ error: `no entity with id ${req.params.id}` });
    const [stories, articleIds] = await Promise.all([
      store.listStories({ entity: entity.id, limit: 50 }),
      store.entityArticleIds(entity.id, { limit: 100 }),
    ]);
    return { entity, stories, articleIds };
  });

  app.get('/api/outlets', async () => ({ items: await outletCounts(store) }));
  app.get<{ Params: { name: string }; Querystring: { offset?: string; limit?: string } }>(
    '/api/outlets/:name',
    async (req, reply) => {
      const profile = await outletProfile(store, req.params.name, {
        offset: int(req.query.offset, 0, 0, 1_000_000),
        limit: int(req.query.limit, 25, 1, 200),
      });
      return profile ?? reply.code(404).send({ error: `no articles from outlet ${req.params.name}` });
    },
  );

  app.get<{ Querystring: { q?: string; limit?: string } }>('/api/search', async (req, reply) => {
    if (limited(deps.searchLimiter, req, reply)) return reply;
    const q = (req.query.q ?? '').slice(0, 500);
    const limit = int(req.query.limit, 20, 1, 100);
    const hits = q.trim() ? await store.searchArticles(q, { limit: Math.max(limit, 50) }) : [];
    const stories = await searchStories(store, hits, 10);
    return { query: q, stories, hits: hits.slice(0, limit) };
  });

  app.get('/api/failures', async () => ({ items: await store.listFailures({ limit: 500 }) }));

  // Writes
  const writeAllowed = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (!deps.token) {
      void reply.code(403).send({ error: 'write API disabled: the operator has not set STORYLINE_TOKEN' });
      return false;
    }
    if (limited(deps.writeLimiter, req, reply)) return false;
    const header = req.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    if (!tokenMatches(given, deps.token)) {
      void reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="storyline"')
        .send({ error: 'missing or wrong bearer token' });
      return false;
    }
    return true;
  };

  app.post<{ Body: ArticlePost }>('/api/articles', { bodyLimit: ARTICLE_BODY_LIMIT }, async (req, reply) => {
    if (!writeAllowed(req, reply)) return reply;
    const body = (req.body ?? {}) as ArticlePost;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
    const text = str(body.text);
    const htmlBody = str(body.html);
    const url = str(body.url);
    if (!text && !htmlBody && !url)
      return reply.code(400).send({ error: 'give one of "text", "html" or "url" (a JSON object)' });
    if (url && !/^https?:\/\//i.test(url))
      return reply.code(400).send({ error: '"url" must be an http(s) URL' });
    if (url && !text && !htmlBody && !deps.fetcher)
      return reply.code(400).send({ error: 'this server cannot fetch URLs; send "text" or "html"' });
    const fetcher = deps.fetcher ?? {
      fetch: () => Promise.reject(new Error('this server does not fetch URLs')),
    };
    let outcomes: IngestOutcome[];
    if (text || htmlBody) {
      const record = {
        url,
        title: str(body.title),
        outlet: str(body.outlet),
        publishedAt: str(body.publishedAt),
        language: str(body.language),
        ...(htmlBody ? { html: htmlBody } : { text }),
      };
      outcomes = await ingestInputs(['-'], store, {
        fetcher,
        readStdin: async () => Buffer.from(JSON.stringify(record), 'utf8'),
      });
    } else outcomes = await ingestInputs([url!], store, { fetcher });
    const ingested = outcomes.flatMap((o) => (o.status === 'ingested' ? [o.id] : []));
    if (ingested.length && deps.afterIngest) await deps.afterIngest(ingested);
    const summary = summarizeOutcomes(outcomes);
    const status = summary.failed && !summary.ingested && !summary.known ? 422 : summary.ingested ? 201 : 200;
    return reply.code(status).send({ summary, outcomes });
  });

  app.post<{ Body: { url?: unknown; title?: unknown } }>('/api/feeds', async (req, reply) => {
    if (!writeAllowed(req, reply)) return reply;
    const url = typeof req.body?.url === 'string' ? req.body.url.trim() : '';
    if (!/^https?:\/\/[^\s]+$/i.test(url))
      return reply.code(400).send({ error: '"url" must be an http(s) feed URL' });
    if (!deps.subscriptions)
      return reply.code(501).send({ error: 'this server keeps no subscription list (no store folder)' });
    const title = typeof req.body?.title === 'string' && req.body.title.trim() ? req.body.title.trim() : null;
    const added = addSubscription(deps.subscriptions, { url, title });
    return reply.code(added ? 201 : 200).send({ url, subscribed: true, added, list: deps.subscriptions });
  });
}

/** Outlets with their article counts, most articles first. */
export async function outletCounts(store: Store, max = 200): Promise<{ name: string; articles: number }[]> {
  const { outlets } = await store.facets();
  const counted = await Promise.all(
    outlets
      .slice(0, max)
      .map(async (name) => ({ name, articles: await store.countArticles({ outlet: name }) })),
  );
  return counted.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
}
