// The link stage's tables in the embedded store: article links, stories and their counts, merges, story views,
// global entities, and the link-state snapshots.
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import type { ArticleLink, StoreEntity, StoryMerge, StorySummary } from '../model.js';
import type { EntityQuery, LinkStateSnapshot, LinkWrite, StoryQuery } from './store.js';

interface StoryRow {
  id: string;
  title: string | null;
  article_count: number;
  source_count: number;
  outlets_json: string;
  languages_json: string;
  first_seen: string;
  last_seen: string;
  created_at: string;
  updated_at: string;
  merged_into: string | null;
}

interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases_json: string;
  roles_json: string;
  article_count: number;
  story_count: number;
}

const storyOf = (r: StoryRow): StorySummary => ({
  id: r.id,
  title: r.title,
  articleCount: r.article_count,
  sourceCount: r.source_count,
  outlets: JSON.parse(r.outlets_json) as string[],
  languages: JSON.parse(r.languages_json) as string[],
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const entityOf = (r: EntityRow): StoreEntity => ({
  id: r.id,
  name: r.name,
  type: r.type as StoreEntity['type'],
  aliases: JSON.parse(r.aliases_json) as string[],
  roles: JSON.parse(r.roles_json) as string[],
  articleCount: r.article_count,
  storyCount: r.story_count,
});

const ENTITY_COUNTS = `(SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS article_count,
  (SELECT count(DISTINCT l.story_id) FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
    WHERE ae.entity_id = e.id) AS story_count`;

export class SqliteLinkTables {
  constructor(private readonly db: Database.Database) {}

  saveLink(write: LinkWrite): void {
    const { link } = write;
    this.db.transaction(() => {
      const relink = this.db
        .prepare<[string], { story_id: string }>('SELECT story_id FROM article_links WHERE article_id = ?')
        .get(link.articleId);
      this.db
        .prepare(
          `INSERT INTO article_links (article_id, seq, story_id, source_key, duplicate_of, wire_key, json)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, story_id = excluded.story_id,
             source_key = excluded.source_key, duplicate_of = excluded.duplicate_of, wire_key = excluded.wire_key,
             json = excluded.json`,
        )
        .run(
          link.articleId,
          link.seq,
          link.storyId,
          link.sourceKey,
          link.duplicateOf?.articleId ?? null,
          link.wireOrigin?.key ?? null,
          JSON.stringify(link),
        );
      for (const m of write.merges) this.applyMerge(m);
      for (const { entity, mentions, unchanged } of write.entities) {
        if (!unchanged)
          this.db
            .prepare(
              `INSERT INTO entities (id, name, type, aliases_json, roles_json) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
               aliases_json = excluded.aliases_json, roles_json = excluded.roles_json`,
            )
            .run(
              entity.id,
              entity.name,
              entity.type,
              JSON.stringify(entity.aliases),
              JSON.stringify(entity.roles),
            );
        this.db
          .prepare(
            `INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)
             ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = excluded.mentions`,
          )
          .run(link.articleId, entity.id, mentions);
      }
      // A new article at the end of a story updates its row in place; anything else recounts the story.
      if (relink || write.merges.length > 0 || !this.addToStory(link))
        this.refreshStory(link.storyId, link.linkedAt);
    })();
  }

  /** Counts one more article into an existing story; false when the story must be recounted instead. */
  private addToStory(link: ArticleLink): boolean {
    const story = this.db
      .prepare<
        [string, string],
        { first_seen: string; last_seen: string; merged_into: string | null; top: number | null }
      >(
        `SELECT first_seen, last_seen, merged_into,
           (SELECT max(seq) FROM article_links WHERE story_id = s.id AND article_id <> ?) AS top
         FROM stories s WHERE id = ?`,
      )
      .get(link.articleId, link.storyId);
    if (!story || story.merged_into !== null || story.top === null || story.top > link.seq) return false;
    const known = this.db
      .prepare(
        `SELECT 1 FROM article_links WHERE story_id = ? AND source_key = ? AND article_id <> ? LIMIT 1`,
      )
      .get(link.storyId, link.sourceKey, link.articleId);
    const article = this.db
      .prepare<[string], { outlet: string | null; language: string | null }>(
        'SELECT outlet, language FROM articles WHERE id = ?',
      )
      .get(link.articleId);
    const bump = this.db.prepare(
      `INSERT INTO story_facets (story_id, kind, value, n) VALUES (?, ?, ?, 1)
       ON CONFLICT (story_id, kind, value) DO UPDATE SET n = n + 1`,
    );
    if (article?.outlet != null) bump.run(link.storyId, 'outlet', article.outlet);
    if (article?.language != null) bump.run(link.storyId, 'language', article.language);
    const date = link.date.value;
    this.db
      .prepare(
        `UPDATE stories SET article_count = article_count + 1, source_count = source_count + ?,
           outlets_json = ?, languages_json = ?, first_seen = ?, last_seen = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        known ? 0 : 1,
        JSON.stringify(this.facetList(link.storyId, 'outlet')),
        JSON.stringify(this.facetList(link.storyId, 'language')),
        date < story.first_seen ? date : story.first_seen,
        date > story.last_seen ? date : story.last_seen,
        link.linkedAt,
        link.storyId,
      );
    return true;
  }

  /** A story's outlets or languages, most articles first. */
  private facetList(storyId: string, kind: 'outlet' | 'language'): string[] {
    return this.db
      .prepare<[string, string], { value: string }>(
        'SELECT value FROM story_facets WHERE story_id = ? AND kind = ? ORDER BY n DESC, value',
      )
      .all(storyId, kind)
      .map((r) => r.value);
  }

  private applyMerge(m: StoryMerge): void {
    // Links recorded in the JSON keep the story they were given at the time; the column says where they are now.
    this.db.prepare('UPDATE article_links SET story_id = ? WHERE story_id = ?').run(m.into, m.from);
    this.db
      .prepare('UPDATE stories SET merged_into = ? WHERE id = ? OR merged_into = ?')
      .run(m.into, m.from, m.from);
    this.db
      .prepare(
        `INSERT INTO story_merges (from_id, into_id, score, article_id, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (from_id, into_id) DO UPDATE SET score = excluded.score, article_id = excluded.article_id,
           at = excluded.at`,
      )
      .run(m.from, m.into, m.score, m.articleId, m.at);
    this.db.prepare('DELETE FROM story_views WHERE story_id = ?').run(m.from);
    this.db.prepare('DELETE FROM story_facets WHERE story_id = ?').run(m.from);
  }

  /** Recomputes a story's counts, outlets, languages and first/last seen from its articles. */
  private refreshStory(storyId: string, at: string): void {
    const agg = this.db
      .prepare(
        `SELECT count(*) AS n, count(DISTINCT l.source_key) AS sources,
                min(json_extract(l.json, '$.date.value')) AS first_seen,
                max(json_extract(l.json, '$.date.value')) AS last_seen
         FROM article_links l WHERE l.story_id = ?`,
      )
      .get(storyId) as { n: number; sources: number; first_seen: string | null; last_seen: string | null };
    this.db.prepare('DELETE FROM story_facets WHERE story_id = ?').run(storyId);
    if (agg.n === 0) {
      this.db.prepare('DELETE FROM stories WHERE id = ?').run(storyId);
      return;
    }
    for (const column of ['outlet', 'language'] as const)
      this.db
        .prepare(
          `INSERT INTO story_facets (story_id, kind, value, n)
           SELECT l.story_id, '${column}', a.${column}, count(*) FROM article_links l JOIN articles a ON a.id = l.article_id
           WHERE l.story_id = ? AND a.${column} IS NOT NULL GROUP BY l.story_id, a.${column}`,
        )
        .run(storyId);
    const list = (kind: 'outlet' | 'language'): string[] => this.facetList(storyId, kind);
    const first = this.db
      .prepare(
        `SELECT a.title FROM article_links l JOIN articles a ON a.id = l.article_id
         WHERE l.story_id = ? ORDER BY l.seq LIMIT 1`,
      )
      .get(storyId) as { title: string | null } | undefined;
    this.db
      .prepare(
        `INSERT INTO stories (id, title, article_count, source_count, outlets_json, languages_json, first_seen,
           last_seen, created_at, updated_at, merged_into)
         VALUES (@id, @title, @n, @sources, @outlets, @languages, @first, @last, @at, @at, NULL)
         ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count,
           source_count = excluded.source_count, outlets_json = excluded.outlets_json,
           languages_json = excluded.languages_json, first_seen = excluded.first_seen,
           last_seen = excluded.last_seen, updated_at = excluded.updated_at, merged_into = NULL,
           title = coalesce(stories.title, excluded.title)`,
      )
      .run({
        id: storyId,
        title: first?.title ?? null,
        n: agg.n,
        sources: agg.sources,
        outlets: JSON.stringify(list('outlet')),
        languages: JSON.stringify(list('language')),
        first: agg.first_seen ?? at,
        last: agg.last_seen ?? at,
        at,
      });
  }

  getLink(articleId: string): ArticleLink | null {
    const row = this.db
      .prepare<[string], { json: string; story_id: string }>(
        'SELECT json, story_id FROM article_links WHERE article_id = ?',
      )
      .get(articleId);
    return row ? { ...(JSON.parse(row.json) as ArticleLink), storyId: row.story_id } : null;
  }

  lastLinkSeq(): number {
    const row = this.db.prepare('SELECT max(seq) AS seq FROM article_links').get() as { seq: number | null };
    return row.seq ?? 0;
  }

  unlinkAfter(seq: number): void {
    this.db.transaction(() => {
      const stories = (
        this.db.prepare('SELECT DISTINCT story_id AS id FROM article_links WHERE seq > ?').all(seq) as {
          id: string;
        }[]
      ).map((r) => r.id);
      const merges = this.db
        .prepare(
          `SELECT m.* FROM story_merges m JOIN article_links l ON l.article_id = m.article_id WHERE l.seq > ?`,
        )
        .all(seq) as { from_id: string; into_id: string }[];
      // Undo merges made by the links being removed: the folded story's own articles go back to it.
      for (const m of merges) {
        this.db
          .prepare(
            `UPDATE article_links SET story_id = ? WHERE story_id = ? AND json_extract(json, '$.storyId') = ?`,
          )
          .run(m.from_id, m.into_id, m.from_id);
        this.db.prepare('UPDATE stories SET merged_into = NULL WHERE id = ?').run(m.from_id);
        this.db
          .prepare('DELETE FROM story_merges WHERE from_id = ? AND into_id = ?')
          .run(m.from_id, m.into_id);
        stories.push(m.from_id);
      }
      this.db
        .prepare(
          'DELETE FROM article_entities WHERE article_id IN (SELECT article_id FROM article_links WHERE seq > ?)',
        )
        .run(seq);
      this.db.prepare('DELETE FROM article_links WHERE seq > ?').run(seq);
      const now = new Date().toISOString();
      for (const id of new Set(stories)) this.refreshStory(id, now);
    })();
  }

  unlinkedArticleIds(limit = 1_000_000): string[] {
    return (
      this.db
        .prepare(
          `SELECT a.id FROM articles a JOIN analyses an ON an.article_id = a.id
           LEFT JOIN article_links l ON l.article_id = a.id WHERE l.article_id IS NULL ORDER BY a.rowid LIMIT ?`,
        )
        .all(limit) as { id: string }[]
    ).map((r) => r.id);
  }

  getLinkState(name: string): LinkStateSnapshot | null {
    const row = this.db
      .prepare<[string], { seq: number; state_gz: Buffer }>(
        'SELECT seq, state_gz FROM link_state WHERE name = ?',
      )
      .get(name);
    return row ? { seq: row.seq, json: gunzipSync(row.state_gz).toString('utf8') } : null;
  }

  putLinkState(name: string, snapshot: LinkStateSnapshot): void {
    this.db
      .prepare(
        `INSERT INTO link_state (name, seq, state_gz) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, state_gz = excluded.state_gz`,
      )
      .run(name, snapshot.seq, gzipSync(snapshot.json, { level: 1 }));
  }

  private storyFilters(query: Omit<StoryQuery, 'limit' | 'offset'>): { where: string; params: string[] } {
    const clauses = ['s.merged_into IS NULL'];
    const params: string[] = [];
    if (query.outlet) {
      clauses.push(`EXISTS (SELECT 1 FROM json_each(s.outlets_json) WHERE value = ?)`);
      params.push(query.outlet);
    }
    if (query.language) {
      clauses.push(`EXISTS (SELECT 1 FROM json_each(s.languages_json) WHERE value = ?)`);
      params.push(query.language);
    }
    if (query.entity) {
      clauses.push(
        `EXISTS (SELECT 1 FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
                 WHERE l.story_id = s.id AND ae.entity_id = ?)`,
      );
      params.push(query.entity);
    }
    if (query.since) {
      clauses.push('s.last_seen >= ?');
      params.push(query.since);
    }
    if (query.until) {
      clauses.push('s.first_seen <= ?');
      params.push(query.until);
    }
    return { where: `WHERE ${clauses.join(' AND ')}`, params };
  }

  listStories(query: StoryQuery = {}): StorySummary[] {
    const { where, params } = this.storyFilters(query);
    const rows = this.db
      .prepare(
        `SELECT s.* FROM stories s ${where}
         ORDER BY s.last_seen DESC, s.source_count DESC, s.id LIMIT ? OFFSET ?`,
      )
      .all(...params, query.limit ?? 50, query.offset ?? 0) as StoryRow[];
    return rows.map(storyOf);
  }

  countStories(query: Omit<StoryQuery, 'limit' | 'offset'> = {}): number {
    const { where, params } = this.storyFilters(query);
    return (this.db.prepare(`SELECT count(*) AS n FROM stories s ${where}`).get(...params) as { n: number })
      .n;
  }

  getStory(id: string): StorySummary | null {
    let current = id;
    for (let hops = 0; hops < 100; hops++) {
      const row = this.db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?').get(current);
      if (!row) return null;
      if (!row.merged_into) return storyOf(row);
      current = row.merged_into;
    }
    return null;
  }

  storyLinks(storyId: string): ArticleLink[] {
    return (
      this.db
        .prepare('SELECT json, story_id FROM article_links WHERE story_id = ? ORDER BY seq')
        .all(storyId) as { json: string; story_id: string }[]
    ).map((r) => ({ ...(JSON.parse(r.json) as ArticleLink), storyId: r.story_id }));
  }

  listMerges(storyId: string): StoryMerge[] {
    return (
      this.db
        .prepare('SELECT * FROM story_merges WHERE into_id = ? OR from_id = ? ORDER BY at, from_id')
        .all(storyId, storyId) as {
        from_id: string;
        into_id: string;
        score: number;
        article_id: string;
        at: string;
      }[]
    ).map((r) => ({ from: r.from_id, into: r.into_id, score: r.score, articleId: r.article_id, at: r.at }));
  }

  putStoryView(storyId: string, view: { version: number; headline: string | null; json: string }): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO story_views (story_id, version, built_at, json) VALUES (?, ?, ?, ?)
           ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, built_at = excluded.built_at,
             json = excluded.json`,
        )
        .run(storyId, view.version, new Date().toISOString(), view.json);
      if (view.headline)
        this.db.prepare('UPDATE stories SET title = ? WHERE id = ?').run(view.headline, storyId);
    })();
  }

  getStoryViewStamp(storyId: string): { version: number; builtAt: string } | null {
    const row = this.db
      .prepare<[string], { version: number; built_at: string }>(
        'SELECT version, built_at FROM story_views WHERE story_id = ?',
      )
      .get(storyId);
    return row ? { version: row.version, builtAt: row.built_at } : null;
  }

  getStoryView(storyId: string): { version: number; builtAt: string; json: string } | null {
    const row = this.db
      .prepare<[string], { version: number; built_at: string; json: string }>(
        'SELECT version, built_at, json FROM story_views WHERE story_id = ?',
      )
      .get(storyId);
    return row ? { version: row.version, builtAt: row.built_at, json: row.json } : null;
  }

  listEntities(query: EntityQuery = {}): StoreEntity[] {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (query.type) {
      clauses.push('e.type = ?');
      params.push(query.type);
    }
    if (query.q) {
      clauses.push(
        `(e.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM json_each(e.aliases_json) WHERE value LIKE ? ESCAPE '\\'))`,
      );
      const like = `${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.db
      .prepare(
        `SELECT e.*, ${ENTITY_COUNTS} FROM entities e ${where}
         ORDER BY article_count DESC, e.name LIMIT ? OFFSET ?`,
      )
      .all(...params, query.limit ?? 50, query.offset ?? 0) as EntityRow[];
    return rows.map(entityOf);
  }

  getEntity(id: string): StoreEntity | null {
    const row = this.db
      .prepare<[string], EntityRow>(`SELECT e.*, ${ENTITY_COUNTS} FROM entities e WHERE e.id = ?`)
      .get(id);
    return row ? entityOf(row) : null;
  }

  entityArticleIds(id: string, options: { limit?: number } = {}): string[] {
    return (
      this.db
        .prepare(
          `SELECT ae.article_id AS id FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
           WHERE ae.entity_id = ? ORDER BY json_extract(l.json, '$.date.value') DESC, l.seq DESC LIMIT ?`,
        )
        .all(id, options.limit ?? 100) as { id: string }[]
    ).map((r) => r.id);
  }
}
