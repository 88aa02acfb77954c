// The scale-out store: PostgreSQL through a connection pool, full-text search on a generated tsvector column
// (GIN index), and every multi-row write in one transaction. Same behaviour as the SQLite store.
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import type {
  Analysis,
  Article,
  ArticleLink,
  IngestFailure,
  InputKind,
  RawInput,
  StoreEntity,
  StoryMerge,
  StorySummary,
} from '../model.js';
import { textHash } from '../ingest/article-id.js';
import { PostgresLinkTables } from './postgres-links.js';
import { migratePostgres } from './postgres-migrations.js';
import { toPgTextQuery } from './postgres-fts-query.js';
import { inTransaction, type Query } from './postgres-transaction.js';
import { redactUrl } from './redact-url.js';
import type {
  ArticleQuery,
  ArticleSummary,
  EntityQuery,
  FeedState,
  LinkStateSnapshot,
  LinkWrite,
  SaveResult,
  SearchHit,
  Store,
  StoredFailure,
  StoryQuery,
} from './store.js';

export interface PostgresStoreOptions {
  /** Pool size (default $STORYLINE_PG_POOL, else 10). */
  max?: number;
  /** Called when an idle pooled connection fails (the pool replaces it); default: a line on stderr. */
  onError?: (error: Error) => void;
}

export type OpenPostgresStore = Store & { close(): Promise<void>; readonly pool: pg.Pool };

/** Connects to `url`, applies pending migrations and returns the store. */
export async function openPostgresStore(
  url: string,
  opts: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const max = opts.max ?? (Number(process.env['STORYLINE_PG_POOL']) || 10);
  const pool = new pg.Pool({ connectionString: url, max });
  const onError = (e: Error): void => {
    if (opts.onError) opts.onError(e);
    else process.stderr.write(`storyline: PostgreSQL connection error (${redactUrl(url)}): ${e.message}\n`);
  };
  // Idle and checked-out connections both report a lost server here instead of crashing the process.
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`cannot open the PostgreSQL store ${redactUrl(url)}: ${message}`, { cause: e });
  }
  return new PostgresStore(pool);
}

interface RawRow {
  id: string;
  origin: string;
  kind: string;
  media_type: string | null;
  body_gz: Buffer;
  fetched_at: string;
}

export class PostgresStore implements OpenPostgresStore {
  private readonly links: PostgresLinkTables;

  constructor(readonly pool: pg.Pool) {
    this.links = new PostgresLinkTables(pool);
  }

  async saveArticle(article: Article, raw: RawInput): Promise<SaveResult> {
    const hash = textHash(article.text);
    return inTransaction(this.pool, async (query): Promise<SaveResult> => {
      // Serialise writers of the same text so two workers cannot both insert it under different ids.
      await query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [hash]);
      const existing = await query<{ id: string }>(
        'SELECT id FROM articles WHERE id = $1 OR text_hash = $2 ORDER BY seq LIMIT 1',
        [article.id, hash],
      );
      const known = existing.rows[0];
      if (known) return { status: 'known', id: known.id };
      await insertRaw(query, raw);
      const inserted = await query(
        `INSERT INTO articles (id, text_hash, origin, kind, title, text, outlet, published_at, language,
           word_count, raw_id, ingested_at, record_json)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (id) DO NOTHING`,
        [
          article.id,
          hash,
          article.origin,
          article.kind,
          article.title,
          article.text,
          article.metadata.outlet.value,
          article.metadata.publishedAt.value,
          article.metadata.language.value,
          article.wordCount,
          article.rawId,
          article.ingestedAt,
          JSON.stringify(article),
        ],
      );
      return inserted.rowCount === 1
        ? { status: 'inserted', id: article.id }
        : { status: 'known', id: article.id };
    });
  }

  async recordFailure(failure: IngestFailure, raw?: RawInput | null): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      if (raw) await insertRaw(query, raw);
      await query(
        `INSERT INTO ingest_failures (origin, stage, reason, raw_id, first_at, last_at, count)
         VALUES ($1, $2, $3, $4, $5, $5, 1)
         ON CONFLICT (origin, stage, reason)
         DO UPDATE SET last_at = excluded.last_at, count = ingest_failures.count + 1,
           raw_id = coalesce(excluded.raw_id, ingest_failures.raw_id)`,
        [failure.origin, failure.stage, failure.reason, raw?.id ?? null, failure.at],
      );
    });
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.pool.query<{ record_json: string }>(
      'SELECT record_json FROM articles WHERE id = $1',
      [id],
    );
    return rows[0] ? (JSON.parse(rows[0].record_json) as Article) : null;
  }

  async articleTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    if (ids.length === 0) return texts;
    const { rows } = await this.pool.query<{ id: string; text: string }>(
      'SELECT id, text FROM articles WHERE id = ANY($1::text[])',
      [ids],
    );
    for (const row of rows) texts.set(row.id, row.text);
    return texts;
  }

  async putAnalysis(analysis: Analysis): Promise<void> {
    await this.pool.query(
      `INSERT INTO analyses (article_id, version, analyzed_at, json) VALUES ($1, $2, $3, $4)
       ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, analyzed_at = excluded.analyzed_at,
         json = excluded.json`,
      [analysis.articleId, analysis.version, new Date().toISOString(), JSON.stringify(analysis)],
    );
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const { rows } = await this.pool.query<{ json: string }>(
      'SELECT json FROM analyses WHERE article_id = $1',
      [articleId],
    );
    return rows[0] ? (JSON.parse(rows[0].json) as Analysis) : null;
  }

  async getRaw(id: string): Promise<RawInput | null> {
    const { rows } = await this.pool.query<RawRow>('SELECT * FROM raw_inputs WHERE id = $1', [id]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      origin: row.origin,
      kind: row.kind as InputKind,
      mediaType: row.media_type,
      body: gunzipSync(row.body_gz).toString('utf8'),
      fetchedAt: row.fetched_at,
    };
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const { where, params } = filters(query);
    const { rows } = await this.pool.query<{ record_json: string }>(
      `SELECT record_json FROM articles ${where}
       ORDER BY coalesce(published_at, ingested_at) DESC, seq DESC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    );
    return rows.map((r) => summarize(JSON.parse(r.record_json) as Article));
  }

  async countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    const { where, params } = filters(query);
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM articles ${where}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  async searchArticles(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const q = toPgTextQuery(query);
    if (!q) return [];
    const tsquery = `(coalesce(websearch_to_tsquery('simple', $1::text), ''::tsquery) &&
                      coalesce(to_tsquery('simple', $2::text), ''::tsquery))`;
    const { rows } = await this.pool.query<{
      id: string;
      title: string | null;
      outlet: string | null;
      published_at: string | null;
      snippet: string;
      rank: number;
    }>(
      `WITH q AS (SELECT ${tsquery} AS q),
       hits AS (
         SELECT a.id, a.title, a.outlet, a.published_at, a.text, a.seq, ts_rank(a.fts, q.q) AS score, q.q
         FROM articles a, q WHERE q.q <> ''::tsquery AND a.fts @@ q.q
         ORDER BY score DESC, a.seq LIMIT $3)
       SELECT id, title, outlet, published_at, -score AS rank,
         ts_headline('simple', text, q,
           'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM hits ORDER BY score DESC, seq`,
      [q.web, q.prefix, options.limit ?? 20],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: r.outlet,
      publishedAt: r.published_at,
      snippet: r.snippet,
      rank: r.rank,
    }));
  }

  async listFailures(options: { limit?: number } = {}): Promise<StoredFailure[]> {
    const { rows } = await this.pool.query<{
      origin: string;
      stage: string;
      reason: string;
      last_at: string;
      count: number;
    }>('SELECT origin, stage, reason, last_at, count FROM ingest_failures ORDER BY last_at DESC LIMIT $1', [
      options.limit ?? 100,
    ]);
    return rows.map((r) => ({
      origin: r.origin,
      stage: r.stage,
      reason: r.reason,
      at: r.last_at,
      count: r.count,
    }));
  }

  async facets(): Promise<{ outlets: string[]; languages: string[] }> {
    const values = async (column: 'outlet' | 'language'): Promise<string[]> =>
      (
        await this.pool.query<{ v: string }>(
          `SELECT ${column} AS v FROM articles WHERE ${column} IS NOT NULL GROUP BY ${column}
           ORDER BY count(*) DESC, ${column}`,
        )
      ).rows.map((r) => r.v);
    return { outlets: await values('outlet'), languages: await values('language') };
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const { rows } = await this.pool.query<{
      url: string;
      etag: string | null;
      last_modified: string | null;
      checked_at: string;
    }>('SELECT url, etag, last_modified, checked_at FROM feed_state WHERE url = $1', [url]);
    const row = rows[0];
    return row
      ? { url: row.url, etag: row.etag, lastModified: row.last_modified, checkedAt: row.checked_at }
      : null;
  }

  async putFeedState(state: FeedState): Promise<void> {
    await this.pool.query(
      `INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         checked_at = excluded.checked_at`,
      [state.url, state.etag, state.lastModified, state.checkedAt],
    );
  }

  saveLink(write: LinkWrite): Promise<void> {
    return this.links.saveLink(write);
  }

  getLink(articleId: string): Promise<ArticleLink | null> {
    return this.links.getLink(articleId);
  }

  lastLinkSeq(): Promise<number> {
    return this.links.lastLinkSeq();
  }

  unlinkAfter(seq: number): Promise<void> {
    return this.links.unlinkAfter(seq);
  }

  unlinkedArticleIds(limit?: number): Promise<string[]> {
    return this.links.unlinkedArticleIds(limit);
  }

  getLinkState(name: string): Promise<LinkStateSnapshot | null> {
    return this.links.getLinkState(name);
  }

  putLinkState(name: string, snapshot: LinkStateSnapshot): Promise<void> {
    return this.links.putLinkState(name, snapshot);
  }

  listStories(query?: StoryQuery): Promise<StorySummary[]> {
    return this.links.listStories(query);
  }

  countStories(query?: Omit<StoryQuery, 'limit' | 'offset'>): Promise<number> {
    return this.links.countStories(query);
  }

  getStory(id: string): Promise<StorySummary | null> {
    return this.links.getStory(id);
  }

  storyLinks(storyId: string): Promise<ArticleLink[]> {
    return this.links.storyLinks(storyId);
  }

  listMerges(storyId: string): Promise<StoryMerge[]> {
    return this.links.listMerges(storyId);
  }

  putStoryView(
    storyId: string,
    view: { version: number; headline: string | null; json: string },
  ): Promise<void> {
    return this.links.putStoryView(storyId, view);
  }

  getStoryViewStamp(storyId: string): Promise<{ version: number; builtAt: string } | null> {
    return this.links.getStoryViewStamp(storyId);
  }

  getStoryView(storyId: string): Promise<{ version: number; builtAt: string; json: string } | null> {
    return this.links.getStoryView(storyId);
  }

  listEntities(query?: EntityQuery): Promise<StoreEntity[]> {
    return this.links.listEntities(query);
  }

  getEntity(id: string): Promise<StoreEntity | null> {
    return this.links.getEntity(id);
  }

  entityArticleIds(id: string, options?: { limit?: number }): Promise<string[]> {
    return this.links.entityArticleIds(id, options);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function insertRaw(query: Query, raw: RawInput): Promise<void> {
  await query(
    `INSERT INTO raw_inputs (id, origin, kind, media_type, body_gz, fetched_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
    [raw.id, raw.origin, raw.kind, raw.mediaType, gzipSync(raw.body), raw.fetchedAt],
  );
}

function filters(query: Omit<ArticleQuery, 'limit' | 'offset'>): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (query.outlet) {
    params.push(query.outlet);
    clauses.push(`outlet = $${params.length}`);
  }
  if (query.language) {
    params.push(query.language);
    clauses.push(`language = $${params.length}`);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

function summarize(a: Article): ArticleSummary {
  return {
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
  };
}
