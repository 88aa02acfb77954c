// The HTTP server: web pages, Atom feeds and the JSON API over the store, with security headers on every
// response. Pages read the store on every request (no cache), so a running server shows what `watch` ingests.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Fetcher } from '../ingest/http/fetcher.js';
import type { Store } from '../store/store.js';
import { outletCounts, registerApi, int, limited } from './api/routes.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { storiesFeed, storyFeed } from './feeds/story-feeds.js';
import { articlePage, rawPage } from './pages/article.js';
import { articleListPage } from './pages/articles.js';
import { entityListPage, entityPage } from './pages/entity.js';
import { failuresPage, notFoundPage } from './pages/failures.js';
import { homePage, type HomeFilters, type HomeStory } from './pages/home.js';
import { outletListPage, outletPage } from './pages/outlet.js';
import { searchPage } from './pages/search.js';
import { STORY_PARTS, storyPage, storyPageCitedIds, type StoryPart } from './pages/story.js';
import { outletProfile } from './outlet-profile.js';
import { rankStories } from './rank-stories.js';
import { RateLimiter } from './rate-limit.js';
import { PageCache } from './page-cache.js';
import { loadStory, parseStoryView, storyPageKey } from './story-data.js';
import { searchStories } from './story-search.js';
import { STYLESHEET } from './style.js';
import type { StorySummary } from '../model.js';

const PAGE_SIZE = 25;
/** How many of the latest stories the home page ranks. */
const RANK_WINDOW = 300;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export interface ServerOptions {
  logger?: boolean;
  /** Bearer token for the write API; default $STORYLINE_TOKEN. Without one, writes answer 403. */
  token?: string | undefined;
  /** Fetcher for URLs POSTed to the write API. */
  fetcher?: Fetcher | undefined;
  /** OPML subscription file that POST /api/feeds adds to. */
  subscriptions?: string | undefined;
  /** Called with newly ingested article ids (to link and synthesise them). */
  afterIngest?: ((articleIds: string[]) => Promise<void>) | undefined;
  /** Token buckets per client address: search (pages and API) and writes. */
  rateLimits?: {
    search?: { burst: number; perSecond: number };
    write?: { burst: number; perSecond: number };
  };
}

const ROUTES = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route the server registered (method and path pattern), e.g. for checking the OpenAPI document. */
export function registeredRoutes(app: FastifyInstance): { method: string; url: string }[] {
  return ROUTES.get(app) ?? [];
}

function baseUrl(req: FastifyRequest): string {
  const host = (req.headers.host ?? 'localhost').replace(/[^A-Za-z0-9.:[\]-]/g, '');
  return `${req.protocol}://${host}`;
}

/** The one-line summary and coverage of a story for cards and feeds: from its view, else from its links. */
async function storyCard(store: Store, story: StorySummary): Promise<HomeStory> {
  const stored = await store.getStoryView(story.id);
  const view = stored ? parseStoryView(stored.json) : null;
  if (view)
    return {
      story,
      oneLine: view.summary.oneLine?.text ?? view.summary.keyPoints[0]?.text ?? null,
      coverage: view.coverage,
    };
  const links = await store.storyLinks(story.id);
  const days = new Map<string, number>();
  for (const l of links) days.set(l.date.value.slice(0, 10), (days.get(l.date.value.slice(0, 10)) ?? 0) + 1);
  const first = links.find((l) => !l.duplicateOf) ?? links[0];
  const article = first ? await store.getArticle(first.articleId) : null;
  return {
    story,
    oneLine: article?.metadata.description.value ?? null,
    coverage: [...days].map(([day, articles]) => ({ day, articles })),
  };
}

export function buildServer(store: Store, options: ServerOptions = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: false });
  const searchLimiter = new RateLimiter(options.rateLimits?.search ?? { burst: 30, perSecond: 5 });
  const writeLimiter = new RateLimiter(options.rateLimits?.write ?? { burst: 10, perSecond: 1 });
  // Rendered synthesised story pages, keyed by everything they depend on (never stale).
  const storyPages = new PageCache(256);
  const routes: { method: string; url: string }[] = [];
  ROUTES.set(app, routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  const sendHtml = (reply: FastifyReply, body: string, status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(body);
  const notFound = (reply: FastifyReply, message: string) => sendHtml(reply, notFoundPage(message), 404);

  app.get('/assets/style.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );
  app.get('/assets/app.js', async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(CLIENT_SCRIPT),
  );

  app.get<{
    Querystring: {
      offset?: string;
      outlet?: string;
      language?: string;
      since?: string;
      until?: string;
      entity?: string;
    };
  }>('/', async (req, reply) => {
    const offset = int(req.query.offset, 0, 0, 1_000_000);
    const day = (v?: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
    const filters: HomeFilters = {
      since: day(req.query.since),
      until: day(req.query.until),
      outlet: req.query.outlet || undefined,
      language: req.query.language || undefined,
    };
    const entityName = (req.query.entity ?? '').trim().slice(0, 200);
    if (entityName) {
      const candidates = await store.listEntities({ q: entityName, limit: 10 });
      const exact = candidates.find((e) => e.name.toLowerCase() === entityName.toLowerCase());
      const found = exact ?? candidates[0];
      if (found) filters.entity = { id: found.id, name: found.name };
      else filters.entityQuery = entityName;
    }
    const query = {
      outlet: filters.outlet,
      language: filters.language,
      since: filters.since,
      until: filters.until ? `${filters.until}T23:59:59.999Z` : undefined,
      entity: filters.entity?.id,
    };
    const [total, facets, articleCount] = await Promise.all([
      store.countStories(query),
      store.facets(),
      store.countArticles(),
    ]);
    let shown: StorySummary[];
    if (offset + PAGE_SIZE <= RANK_WINDOW) {
      const window = await store.listStories({ ...query, limit: RANK_WINDOW, offset: 0 });
      shown = rankStories(window)
        .slice(offset, offset + PAGE_SIZE)
        .map((r) => r.story);
    } else shown = await store.listStories({ ...query, limit: PAGE_SIZE, offset });
    const stories = await Promise.all(shown.map((s) => storyCard(store, s)));
    return sendHtml(
      reply,
      homePage({ stories, total, offset, limit: PAGE_SIZE, filters, articleCount, ...facets }),
    );
  });

  app.get<{ Querystring: { offset?: string; outlet?: string; language?: string } }>(
    '/articles',
    async (req, reply) => {
      const offset = int(req.query.offset, 0, 0, 1_000_000);
      const filter = { outlet: req.query.outlet || undefined, language: req.query.language || undefined };
      const [rows, total, facets] = await Promise.all([
        store.listArticles({ ...filter, limit: PAGE_SIZE, offset }),
        store.countArticles(filter),
        store.facets(),
      ]);
      return sendHtml(
        reply,
        articleListPage({ rows, total, offset, limit: PAGE_SIZE, ...filter, ...facets }),
      );
    },
  );

  app.get<{ Params: { id: string }; Querystring: { hl?: string } }>('/articles/:id', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    if (!article) return notFound(reply, `No article with id “${req.params.id}”.`);
    const hl = /^(\d{1,9})-(\d{1,9})$/.exec(req.query.hl ?? '');
    const highlight = hl ? { start: Number(hl[1]), end: Number(hl[2]) } : null;
    const [analysis, link] = await Promise.all([store.getAnalysis(article.id), store.getLink(article.id)]);
    const story = link ? await store.getStory(link.storyId) : null;
    return sendHtml(reply, articlePage(article, analysis, { highlight, story }));
  });

  app.get<{ Params: { id: string } }>('/articles/:id/raw', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    const raw = article ? await store.getRaw(article.rawId) : null;
    if (!article || !raw) return notFound(reply, `No raw input for article “${req.params.id}”.`);
    return sendHtml(reply, rawPage(article, raw.body, raw.mediaType));
  });

  async function storyRoute(
    reply: FastifyReply,
    id: string,
    options: { since: string | null; part: { name: StoryPart; offset: number } | null },
  ): Promise<FastifyReply> {
    const story = await store.getStory(id);
    if (!story) return notFound(reply, `No story with id “${id}”.`);
    const suffix = options.part ? `/${options.part.name}` : '';
    if (story.id !== id) return reply.redirect(`/stories/${encodeURIComponent(story.id)}${suffix}`, 301);
    // The stamp keys the page cache; the view itself (large for a big story) is read only on a miss.
    const stamp = await store.getStoryViewStamp(story.id);
    const key = storyPageKey(story, stamp, `${options.since ?? ''}|${suffix}|${options.part?.offset ?? ''}`);
    const cached = key ? storyPages.get(key) : undefined;
    if (cached) return sendHtml(reply, cached);
    const stored = await store.getStoryView(story.id);
    // Only the articles the page quotes in its citation popovers are read.
    const loaded = (await loadStory(store, story.id, {
      story,
      stored,
      texts: (view) => storyPageCitedIds({ story, view, fallback: false, builtAt: null, ...options }),
    }))!;
    const body = storyPage({ ...loaded, ...options });
    if (key) storyPages.set(key, body);
    return sendHtml(reply, body);
  }

  app.get<{ Params: { id: string }; Querystring: { since?: string } }>('/stories/:id', async (req, reply) => {
    const since =
      req.query.since && !Number.isNaN(Date.parse(req.query.since)) ? req.query.since.slice(0, 40) : null;
    return storyRoute(reply, req.params.id, { since, part: null });
  });

  app.get<{ Params: { id: string; part: string }; Querystring: { offset?: string } }>(
    '/stories/:id/:part',
    async (req, reply) => {
      const name = STORY_PARTS.find((p) => p === req.params.part);
      if (!name) return notFound(reply, `A story has no page “${req.params.part}”.`);
      const offset = int(req.query.offset, 0, 0, 10_000_000);
      return storyRoute(reply, req.params.id, { since: null, part: { name, offset } });
    },
  );

  app.get<{ Params: { id: string } }>('/stories/:id/feed.atom', async (req, reply) => {
    const loaded = await loadStory(store, req.params.id, { texts: false });
    if (!loaded) return notFound(reply, `No story with id “${req.params.id}”.`);
    return reply
      .type('application/atom+xml; charset=utf-8')
      .send(storyFeed(baseUrl(req), loaded.story, loaded.view));
  });

  app.get('/feeds/stories.atom', async (req, reply) => {
    const stories = await store.listStories({ limit: 50 });
    const cards = await Promise.all(stories.map((s) => storyCard(store, s)));
    return reply.type('application/atom+xml; charset=utf-8').send(storiesFeed(baseUrl(req), cards));
  });

  app.get<{ Querystring: { q?: string; type?: string; offset?: string } }>(
    '/entities',
    async (req, reply) => {
      const offset = int(req.query.offset, 0, 0, 1_000_000);
      const q = (req.query.q ?? '').slice(0, 200);
      const type = /^[a-z]{1,20}$/.test(req.query.type ?? '') ? req.query.type! : '';
      const rows = await store.listEntities({
        q: q || undefined,
        type: type || undefined,
        limit: 51,
        offset,
      });
      return sendHtml(
        reply,
        entityListPage({
          entities: rows.slice(0, 50),
          q,
          type,
          offset,
          limit: 50,
          hasMore: rows.length > 50,
        }),
      );
    },
  );

  app.get<{ Params: { id: string } }>('/entities/:id', async (req, reply) => {
    const entity = await store.getEntity(req.params.id);
    if (!entity) return notFound(reply, `No entity with id “${req.params.id}”.`);
    const [stories, storyTotal, ids] = await Promise.all([
      store.listStories({ entity: entity.id, limit: 20 }),
      store.countStories({ entity: entity.id }),
      store.entityArticleIds(entity.id, { limit: 20 }),
    ]);
    const articles = (await Promise.all(ids.map((id) => store.getArticle(id)))).flatMap((a) =>
      a
        ? [
            {
              id: a.id,
              origin: a.origin,
              title: a.title,
              titleSource: a.metadata.title.source,
              outlet: a.metadata.outlet.value,
              outletSource: a.metadata.outlet.source,
              publishedAt: a.metadata.publishedAt.value,
              publishedAtSource: a.metadata.publishedAt.source,
              language: a.metadata.language.value,
              wordCount: a.wordCount,
              ingestedAt: a.ingestedAt,
            },
          ]
        : [],
    );
    return sendHtml(reply, entityPage({ entity, stories, storyTotal, articles }));
  });

  app.get('/outlets', async (_req, reply) => sendHtml(reply, outletListPage(await outletCounts(store))));

  app.get<{ Params: { name: string }; Querystring: { offset?: string } }>(
    '/outlets/:name',
    async (req, reply) => {
      const profile = await outletProfile(store, req.params.name, {
        offset: int(req.query.offset, 0, 0, 1_000_000),
        limit: PAGE_SIZE,
      });
      if (!profile) return notFound(reply, `No articles from an outlet called “${req.params.name}”.`);
      return sendHtml(reply, outletPage(profile));
    },
  );

  app.get<{ Querystring: { q?: string } }>('/search', async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 500);
    if (q.trim() && limited(searchLimiter, req, reply)) return reply;
    const hits = q.trim() ? await store.searchArticles(q, { limit: 50 }) : [];
    const stories = await searchStories(store, hits, 10);
    return sendHtml(reply, searchPage(q, hits, stories));
  });

  app.get('/failures', async (_req, reply) =>
    sendHtml(reply, failuresPage(await store.listFailures({ limit: 500 }))),
  );

  registerApi(app, {
    store,
    token: options.token ?? process.env['STORYLINE_TOKEN'] ?? undefined,
    fetcher: options.fetcher,
    subscriptions: options.subscriptions,
    afterIngest: options.afterIngest,
    searchLimiter,
    writeLimiter,
  });

  app.setNotFoundHandler(async (req, reply) =>
    req.url.startsWith('/api/')
      ? reply.code(404).send({ error: 'not found' })
      : notFound(reply, 'This page does not exist.'),
  );
  return app;
}
