// The embedded store: one SQLite file (WAL mode) with FTS5 over article titles and text.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { cacheStatements } from './sqlite-statement-cache.js';
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
import { toFtsQuery } from './fts-query.js';
import { SqliteLinkTables } from './sqlite-links.js';
import { sqliteMigrations } from './sqlite-migrations.js';
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

interface ArticleRow {
  record_json: string;
}

interface RawRow {
  id: string;
  origin: string;
  kind: string;
  media_type: string | null;
  body_gz: Buffer;
  fetched_at: string;
}

/** Opens (creating when needed) the SQLite store at `path`; ":memory:" gives a throw-away store. */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  cacheStatements(db);
  return new SqliteStore(db);
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < sqliteMigrations.length; v++) {
    db.transaction(() => {
      db.exec(sqliteMigrations[v] ?? '');
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** How many writes, or how long, one transaction of a write batch holds at most before it commits. */
export const BATCH_MAX_WRITES = 3000;
export const BATCH_MAX_MS = 500;

export class SqliteStore implements Store {
  private readonly links: SqliteLinkTables;
  /** Open `writeBatch` calls; while > 0, writes share transactions (see `write`). */
  private batchDepth = 0;
  /** The batch transaction this store opened, if one is open: when, how many writes, its commit timer. */
  private batch: { startedAt: number; writes: number; timer: NodeJS.Timeout } | null = null;

  constructor(private readonly db: Database.Database) {
    this.links = new SqliteLinkTables(db);
  }

  /**
   * Runs `fn` with this store's writes grouped into shared transactions of at most BATCH_MAX_WRITES writes or
   * BATCH_MAX_MS: one commit (one WAL append, one full-text index flush) for many small writes. Every write stays
   * atomic on its own (a failing one rolls back alone), and commits happen only between writes, so a crash loses
   * at most the last transaction's writes — as if they had not arrived yet — never half of one. Everything is
   * committed when the outermost call ends.
   */
  async writeBatch<T>(fn: () => Promise<T>): Promise<T> {
    this.batchDepth++;
    try {
      return await fn();
    } finally {
      if (--this.batchDepth === 0) this.commitBatch();
    }
  }

  /** One write: inside a batch it joins (or opens) the batch transaction, which commits when full or old. */
  private write<T>(run: () => T): T {
    if (this.batchDepth > 0 && !this.batch && !this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      const timer = setTimeout(() => this.commitBatch(), BATCH_MAX_MS);
      timer.unref();
      this.batch = { startedAt: performance.now(), writes: 0, timer };
    }
    try {
      return run();
    } finally {
      const batch = this.batch;
      if (
        batch &&
        (++batch.writes >= BATCH_MAX_WRITES || performance.now() - batch.startedAt >= BATCH_MAX_MS)
      )
        this.commitBatch();
    }
  }

  private commitBatch(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    clearTimeout(batch.timer);
    // SQLite may have rolled the transaction back itself (disk full, I/O error): then there is nothing to commit.
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  async saveArticle(article: Article, raw: RawInput): Promise<SaveResult> {
    const hash = textHash(article.text);
    return this.write(() => this.saveArticleNow(article, raw, hash));
  }

  private saveArticleNow(article: Article, raw: RawInput, hash: string): SaveResult {
    return this.db.transaction((): SaveResult => {
      const existing = this.db
        .prepare<[string, string], { id: string }>(
          'SELECT id FROM articles WHERE id = ? OR text_hash = ? LIMIT 1',
        )
        .get(article.id, hash);
      if (existing) return { status: 'known', id: existing.id };
      this.insertRaw(raw);
      this.db
        .prepare(
          `INSERT INTO articles (id, text_hash, origin, kind, title, text, outlet, published_at, language,
             word_count, raw_id, ingested_at, record_json)
           VALUES (@id, @hash, @origin, @kind, @title, @text, @outlet, @publishedAt, @language,
             @wordCount, @rawId, @ingestedAt, @json)`,
        )
        .run({
          id: article.id,
          hash,
          origin: article.origin,
          kind: article.kind,
          title: article.title,
          text: article.text,
          outlet: article.metadata.outlet.value,
          publishedAt: article.metadata.publishedAt.value,
          language: article.metadata.language.value,
          wordCount: article.wordCount,
          rawId: article.rawId,
          ingestedAt: article.ingestedAt,
          json: JSON.stringify(article),
        });
      return { status: 'inserted', id: article.id };
    })();
  }

  private insertRaw(raw: RawInput): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO raw_inputs (id, origin, kind, media_type, body_gz, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(raw.id, raw.origin, raw.kind, raw.mediaType, gzipSync(raw.body, { level: 1 }), raw.fetchedAt);
  }

  async recordFailure(failure: IngestFailure, raw?: RawInput | null): Promise<void> {
    this.write(() => this.recordFailureNow(failure, raw));
  }

  private recordFailureNow(failure: IngestFailure, raw?: RawInput | null): void {
    this.db.transaction(() => {
      if (raw) this.insertRaw(raw);
      this.db
        .prepare(
          `INSERT INTO ingest_failures (origin, stage, reason, raw_id, first_at, last_at, count)
           VALUES (?, ?, ?, ?, ?, ?, 1)
           ON CONFLICT (origin, stage, reason)
           DO UPDATE SET last_at = excluded.last_at, count = count + 1, raw_id = coalesce(excluded.raw_id, raw_id)`,
        )
        .run(failure.origin, failure.stage, failure.reason, raw?.id ?? null, failure.at, failure.at);
    })();
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db
      .prepare<[string], ArticleRow>('SELECT record_json FROM articles WHERE id = ?')
      .get(id);
    return row ? (JSON.parse(row.record_json) as Article) : null;
  }

  async articleTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const read = this.db.prepare<[string], { id: string; text: string }>(
      'SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    );
    for (let i = 0; i < ids.length; i += 500)
      for (const row of read.all(JSON.stringify(ids.slice(i, i + 500)))) texts.set(row.id, row.text);
    return texts;
  }

  async putAnalysis(analysis: Analysis, json = JSON.stringify(analysis)): Promise<void> {
    this.write(() => this.putAnalysisNow(analysis, json));
  }

  private putAnalysisNow(analysis: Analysis, json: string): void {
    this.db
      .prepare(
        `INSERT INTO analyses (article_id, version, analyzed_at, json) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, analyzed_at = excluded.analyzed_at,
           json = excluded.json`,
      )
      .run(analysis.articleId, analysis.version, new Date().toISOString(), json);
  }

  async getAnalysis(articleId: string): Promise<Analysis | null> {
    const row = this.db
      .prepare<[string], { json: string }>('SELECT json FROM analyses WHERE article_id = ?')
      .get(articleId);
    return row ? (JSON.parse(row.json) as Analysis) : null;
  }

  async getRaw(id: string): Promise<RawInput | null> {
    const row = this.db.prepare<[string], RawRow>('SELECT * FROM raw_inputs WHERE id = ?').get(id);
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
    const rows = this.db
      .prepare(
        `SELECT record_json FROM articles ${where}
         ORDER BY coalesce(published_at, ingested_at) DESC, rowid DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, query.limit ?? 50, query.offset ?? 0) as ArticleRow[];
    return rows.map((r) => summarize(JSON.parse(r.record_json) as Article));
  }

  async countArticles(query: Omit<ArticleQuery, 'limit' | 'offset'> = {}): Promise<number> {
    const { where, params } = filters(query);
    const row = this.db.prepare(`SELECT count(*) AS n FROM articles ${where}`).get(...params) as {
      n: number;
    };
    return row.n;
  }

  async searchArticles(query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.published_at,
                snippet(articles_fts, 1, '«', '»', ' … ', 24) AS snippet, bm25(articles_fts, 5.0, 1.0) AS rank
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(fts, options.limit ?? 20) as {
      id: string;
      title: string | null;
      outlet: string | null;
      published_at: string | null;
      snippet: string;
      rank: number;
    }[];
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
    const rows = this.db
      .prepare(
        'SELECT origin, stage, reason, last_at, count FROM ingest_failures ORDER BY last_at DESC LIMIT ?',
      )
      .all(options.limit ?? 100) as {
      origin: string;
      stage: string;
      reason: string;
      last_at: string;
      count: number;
    }[];
    return rows.map((r) => ({
      origin: r.origin,
      stage: r.stage,
      reason: r.reason,
      at: r.last_at,
      count: r.count,
    }));
  }

  async facets(): Promise<{ outlets: string[]; languages: string[] }> {
    const values = (column: 'outlet' | 'language'): string[] =>
      (
        this.db
          .prepare(
            `SELECT ${column} AS v FROM articles WHERE ${column} IS NOT NULL GROUP BY ${column} ORDER BY count(*) DESC, ${column}`,
          )
          .all() as { v: string }[]
      ).map((r) => r.v);
    return { outlets: values('outlet'), languages: values('language') };
  }

  async getFeedState(url: string): Promise<FeedState | null> {
    const row = this.db
      .prepare('SELECT url, etag, last_modified, checked_at FROM feed_state WHERE url = ?')
      .get(url) as
      { url: string; etag: string | null; last_modified: string | null; checked_at: string } | undefined;
    return row
      ? { url: row.url, etag: row.etag, lastModified: row.last_modified, checkedAt: row.checked_at }
      : null;
  }

  async putFeedState(state: FeedState): Promise<void> {
    this.write(() => this.putFeedStateNow(state));
  }

  private putFeedStateNow(state: FeedState): void {
    this.db
      .prepare(
        `INSERT INTO feed_state (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           checked_at = excluded.checked_at`,
      )
      .run(state.url, state.etag, state.lastModified, state.checkedAt);
  }

  async saveLink(write: LinkWrite): Promise<void> {
    this.write(() => this.links.saveLink(write));
  }

  async getLink(articleId: string): Promise<ArticleLink | null> {
    return this.links.getLink(articleId);
  }

  async lastLinkSeq(): Promise<number> {
    return this.links.lastLinkSeq();
  }

  async unlinkAfter(seq: number): Promise<void> {
    this.write(() => this.links.unlinkAfter(seq));
  }

  async unlinkedArticleIds(limit?: number): Promise<string[]> {
    return this.links.unlinkedArticleIds(limit);
  }

  async getLinkState(name: string): Promise<LinkStateSnapshot | null> {
    return this.links.getLinkState(name);
  }

  async putLinkState(name: string, snapshot: LinkStateSnapshot): Promise<void> {
    this.write(() => this.links.putLinkState(name, snapshot));
  }

  async listStories(query?: StoryQuery): Promise<StorySummary[]> {
    return this.links.listStories(query);
  }

  async countStories(query?: Omit<StoryQuery, 'limit' | 'offset'>): Promise<number> {
    return this.links.countStories(query);
  }

  async getStory(id: string): Promise<StorySummary | null> {
    return this.links.getStory(id);
  }

  async storyLinks(storyId: string): Promise<ArticleLink[]> {
    return this.links.storyLinks(storyId);
  }

  async listMerges(storyId: string): Promise<StoryMerge[]> {
    return this.links.listMerges(storyId);
  }

  async putStoryView(
    storyId: string,
    view: { version: number; headline: string | null; json: string },
  ): Promise<void> {
    this.write(() => this.links.putStoryView(storyId, view));
  }

  async getStoryViewStamp(storyId: string): Promise<{ version: number; builtAt: string } | null> {
    return this.links.getStoryViewStamp(storyId);
  }

  async getStoryView(storyId: string): Promise<{ version: number; builtAt: string; json: string } | null> {
    return this.links.getStoryView(storyId);
  }

  async listEntities(query?: EntityQuery): Promise<StoreEntity[]> {
    return this.links.listEntities(query);
  }

  async getEntity(id: string): Promise<StoreEntity | null> {
    return this.links.getEntity(id);
  }

  async entityArticleIds(id: string, options?: { limit?: number }): Promise<string[]> {
    return this.links.entityArticleIds(id, options);
  }

  async close(): Promise<void> {
    this.commitBatch();
    this.db.close();
  }
}

function filters(query: Omit<ArticleQuery, 'limit' | 'offset'>): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (query.outlet) {
    clauses.push('outlet = ?');
    params.push(query.outlet);
  }
  if (query.language) {
    clauses.push('language = ?');
    params.push(query.language);
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
