// The HTTP server: web pages and JSON API over the store, with security headers on every response.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import { articlePage, rawPage } from './pages/article.js';
import { articleListPage } from './pages/articles.js';
import { failuresPage, notFoundPage } from './pages/failures.js';
import { searchPage } from './pages/search.js';
import { STYLESHEET } from './style.js';

const PAGE_SIZE = 25;

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function buildServer(store: Store, options: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });

  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });

  const sendHtml = (reply: FastifyReply, body: string, status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').send(body);

  app.get('/assets/style.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );

  app.get<{ Querystring: { offset?: string; outlet?: string; language?: string } }>(
    '/',
    async (req, reply) => {
      const offset = Math.max(0, Number.parseInt(req.query.offset ?? '0', 10) || 0);
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

  app.get<{ Params: { id: string } }>('/articles/:id', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    if (!article) return sendHtml(reply, notFoundPage(`No article with id “${req.params.id}”.`), 404);
    return sendHtml(reply, articlePage(article, await store.getAnalysis(article.id)));
  });

  app.get<{ Params: { id: string } }>('/articles/:id/raw', async (req, reply) => {
    const article = await store.getArticle(req.params.id);
    const raw = article ? await store.getRaw(article.rawId) : null;
    if (!article || !raw)
      return sendHtml(reply, notFoundPage(`No raw input for article “${req.params.id}”.`), 404);
    return sendHtml(reply, rawPage(article, raw.body, raw.mediaType));
  });

  app.get<{ Querystring: { q?: string } }>('/search', async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 500);
    const hits = q.trim() ? await store.searchArticles(q, { limit: 50 }) : [];
    return sendHtml(reply, searchPage(q, hits));
  });

  app.get('/failures', async (_req, reply) =>
    sendHtml(reply, failuresPage(await store.listFailures({ limit: 500 }))),
  );

  // JSON API
  app.get<{ Querystring: { offset?: string; limit?: string; outlet?: string; language?: string } }>(
    '/api/articles',
    async (req) => {
      const limit = Math.min(200, Math.max(1, Number.parseInt(req.query.limit ?? '50', 10) || 50));
      const offset = Math.max(0, Number.parseInt(req.query.offset ?? '0', 10) || 0);
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
  app.get<{ Querystring: { q?: string; limit?: string } }>('/api/search', async (req) => {
    const limit = Math.min(100, Math.max(1, Number.parseInt(req.query.limit ?? '20', 10) || 20));
    return { query: req.query.q ?? '', hits: await store.searchArticles(req.query.q ?? '', { limit }) };
  });
  app.get('/api/failures', async () => ({ items: await store.listFailures({ limit: 500 }) }));

  app.setNotFoundHandler(async (req, reply) =>
    req.url.startsWith('/api/')
      ? reply.code(404).send({ error: 'not found' })
      : sendHtml(reply, notFoundPage('This page does not exist.'), 404),
  );
  return app;
}
