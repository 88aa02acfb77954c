// The link stage's tables in the PostgreSQL store: article links, stories and their counts, merges, story views,
// global entities, and the link-state snapshots. Mirrors sqlite-links.ts.
import { gunzipSync, gzipSync } from 'node:zlib';
import type pg from 'pg';
import type { ArticleLink, StoreEntity, StoryMerge, StorySummary } from '../model.js';
import { inTransaction, type Query } from './postgres-transaction.js';
import type { EntityQuery, LinkStateSnapshot, LinkWrite, StoryQuery } from './store.js';

interface StoryRow {
  id: string;
  title: string | null;
  article_count: number;
  source_count: number;
  outlets: string[];
  languages: string[];
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
  aliases: string[];
  roles: string[];
  article_count: number;
  story_count: number;
}

const storyOf = (r: StoryRow): StorySummary => ({
  id: r.id,
  title: r.title,
  articleCount: r.article_count,
  sourceCount: r.source_count,
  outlets: r.outlets,
  languages: r.languages,
  firstSeen: r.first_seen,
  lastSeen: r.last_seen,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const entityOf = (r: EntityRow): StoreEntity => ({
  id: r.id,
  name: r.name,
  type: r.type as StoreEntity['type'],
  aliases: r.aliases,
  roles: r.roles,
  articleCount: r.article_count,
  storyCount: r.story_count,
});

const linkOf = (r: { json: string; story_id: string }): ArticleLink => ({
  ...(JSON.parse(r.json) as ArticleLink),
  storyId: r.story_id,
});

const ENTITY_COUNTS = `(SELECT count(*)::int FROM article_entities ae WHERE ae.entity_id = e.id) AS article_count,
  (SELECT count(DISTINCT l.story_id)::int FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
    WHERE ae.entity_id = e.id) AS story_count`;

export class PostgresLinkTables {
  constructor(private readonly pool: pg.Pool) {}

  async saveLink(write: LinkWrite): Promise<void> {
    const { link } = write;
    await inTransaction(this.pool, async (query) => {
      // xmax is 0 on a freshly inserted row and set on one the upsert updated: a relink.
      const relink = (
        await query<{ relinked: boolean }>(
          `INSERT INTO article_links (article_id, seq, story_id, linked_story, source_key, duplicate_of, wire_key,
             link_date, json)
           VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, story_id = excluded.story_id,
             linked_story = excluded.linked_story, source_key = excluded.source_key,
             duplicate_of = excluded.duplicate_of, wire_key = excluded.wire_key, link_date = excluded.link_date,
             json = excluded.json
           RETURNING xmax::text <> '0' AS relinked`,
          [
            link.articleId,
            link.seq,
            link.storyId,
            link.sourceKey,
            link.duplicateOf?.articleId ?? null,
            link.wireOrigin?.key ?? null,
            link.date.value,
            JSON.stringify(link),
          ],
        )
      ).rows[0]?.relinked;
      for (const m of write.merges) await applyMerge(query, m);
      // Entities as an earlier write gave them are not rewritten; the article's mentions go in one statement.
      const changed = new Map(write.entities.filter((e) => !e.unchanged).map((e) => [e.entity.id, e.entity]));
      if (changed.size > 0)
        await query(
          `INSERT INTO entities (id, name, type, aliases, roles)
           SELECT e.id, e.name, e.type,
             ARRAY(SELECT v FROM jsonb_array_elements_text(e.aliases) WITH ORDINALITY AS t(v, i) ORDER BY i),
             ARRAY(SELECT v FROM jsonb_array_elements_text(e.roles) WITH ORDINALITY AS t(v, i) ORDER BY i)
           FROM jsonb_to_recordset($1::jsonb) AS e(id text, name text, type text, aliases jsonb, roles jsonb)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
             aliases = excluded.aliases, roles = excluded.roles`,
          [
            JSON.stringify(
              [...changed.values()].map((e) => ({
                id: e.id,
                name: e.name,
                type: e.type,
                aliases: e.aliases,
                roles: e.roles,
              })),
            ),
          ],
        );
      if (write.entities.length > 0)
        await query(
          `INSERT INTO article_entities (article_id, entity_id, mentions)
           SELECT $1, t.entity_id, t.mentions FROM unnest($2::text[], $3::int[]) AS t(entity_id, mentions)
           ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = excluded.mentions`,
          [link.articleId, write.entities.map((e) => e.entity.id), write.entities.map((e) => e.mentions)],
        );
      // A new article at the end of a story updates its row in place; anything else recounts the story.
      if (relink || write.merges.length > 0 || !(await addToStory(query, link)))
        await refreshStory(query, link.storyId, link.linkedAt);
    });
  }

  async getLink(articleId: string): Promise<ArticleLink | null> {
    const { rows } = await this.pool.query<{ json: string; story_id: string }>(
      'SELECT json, story_id FROM article_links WHERE article_id = $1',
      [articleId],
    );
    return rows[0] ? linkOf(rows[0]) : null;
  }

  async lastLinkSeq(): Promise<number> {
    const { rows } = await this.pool.query<{ seq: string | null }>(
      'SELECT max(seq) AS seq FROM article_links',
    );
    return Number(rows[0]?.seq ?? 0);
  }

  async unlinkAfter(seq: number): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      const stories = (
        await query<{ id: string }>('SELECT DISTINCT story_id AS id FROM article_links WHERE seq > $1', [seq])
      ).rows.map((r) => r.id);
      const merges = (
        await query<{ from_id: string; into_id: string }>(
          `SELECT m.from_id, m.into_id FROM story_merges m JOIN article_links l ON l.article_id = m.article_id
           WHERE l.seq > $1`,
          [seq],
        )
      ).rows;
      // Undo merges made by the links being removed: the folded story's own articles go back to it.
      for (const m of merges) {
        await query('UPDATE article_links SET story_id = $1 WHERE story_id = $2 AND linked_story = $1', [
          m.from_id,
          m.into_id,
        ]);
        await query('UPDATE stories SET merged_into = NULL WHERE id = $1', [m.from_id]);
        await query('DELETE FROM story_merges WHERE from_id = $1 AND into_id = $2', [m.from_id, m.into_id]);
        stories.push(m.from_id);
      }
      await query(
        'DELETE FROM article_entities WHERE article_id IN (SELECT article_id FROM article_links WHERE seq > $1)',
        [seq],
      );
      await query('DELETE FROM article_links WHERE seq > $1', [seq]);
      const now = new Date().toISOString();
      for (const id of new Set(stories)) await refreshStory(query, id, now);
    });
  }

  async unlinkedArticleIds(limit = 1_000_000): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT a.id FROM articles a JOIN analyses an ON an.article_id = a.id
       LEFT JOIN article_links l ON l.article_id = a.id WHERE l.article_id IS NULL ORDER BY a.seq LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async getLinkState(name: string): Promise<LinkStateSnapshot | null> {
    const { rows } = await this.pool.query<{ seq: string; state_gz: Buffer }>(
      'SELECT seq, state_gz FROM link_state WHERE name = $1',
      [name],
    );
    const row = rows[0];
    return row ? { seq: Number(row.seq), json: gunzipSync(row.state_gz).toString('utf8') } : null;
  }

  async putLinkState(name: string, snapshot: LinkStateSnapshot): Promise<void> {
    await this.pool.query(
      `INSERT INTO link_state (name, seq, state_gz) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, state_gz = excluded.state_gz`,
      [name, snapshot.seq, gzipSync(snapshot.json, { level: 1 })],
    );
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const { where, params } = storyFilters(query);
    const { rows } = await this.pool.query<StoryRow>(
      `SELECT s.* FROM stories s ${where}
       ORDER BY s.last_seen DESC, s.source_count DESC, s.id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    );
    return rows.map(storyOf);
  }

  async countStories(query: Omit<StoryQuery, 'limit' | 'offset'> = {}): Promise<number> {
    const { where, params } = storyFilters(query);
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM stories s ${where}`,
      params,
    );
    return rows[0]?.n ?? 0;
  }

  async getStory(id: string): Promise<StorySummary | null> {
    let current = id;
    for (let hops = 0; hops < 100; hops++) {
      const { rows } = await this.pool.query<StoryRow>('SELECT * FROM stories WHERE id = $1', [current]);
      const row = rows[0];
      if (!row) return null;
      if (!row.merged_into) return storyOf(row);
      current = row.merged_into;
    }
    return null;
  }

  async storyLinks(storyId: string): Promise<ArticleLink[]> {
    const { rows } = await this.pool.query<{ json: string; story_id: string }>(
      'SELECT json, story_id FROM article_links WHERE story_id = $1 ORDER BY seq',
      [storyId],
    );
    return rows.map(linkOf);
  }

  async listMerges(storyId: string): Promise<StoryMerge[]> {
    const { rows } = await this.pool.query<{
      from_id: string;
      into_id: string;
      score: number;
      article_id: string;
      at: string;
    }>('SELECT * FROM story_merges WHERE into_id = $1 OR from_id = $1 ORDER BY at, from_id', [storyId]);
    return rows.map((r) => ({
      from: r.from_id,
      into: r.into_id,
      score: r.score,
      articleId: r.article_id,
      at: r.at,
    }));
  }

  async putStoryView(
    storyId: string,
    view: { version: number; headline: string | null; json: string },
  ): Promise<void> {
    await inTransaction(this.pool, async (query) => {
      await query(
        `INSERT INTO story_views (story_id, version, built_at, json) VALUES ($1, $2, $3, $4)
         ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, built_at = excluded.built_at,
           json = excluded.json`,
        [storyId, view.version, new Date().toISOString(), view.json],
      );
      if (view.headline) await query('UPDATE stories SET title = $1 WHERE id = $2', [view.headline, storyId]);
    });
  }

  async getStoryViewStamp(storyId: string): Promise<{ version: number; builtAt: string } | null> {
    const { rows } = await this.pool.query<{ version: number; built_at: string }>(
      'SELECT version, built_at FROM story_views WHERE story_id = $1',
      [storyId],
    );
    const row = rows[0];
    return row ? { version: row.version, builtAt: row.built_at } : null;
  }

  async getStoryView(storyId: string): Promise<{ version: number; builtAt: string; json: string } | null> {
    const { rows } = await this.pool.query<{ version: number; built_at: string; json: string }>(
      'SELECT version, built_at, json FROM story_views WHERE story_id = $1',
      [storyId],
    );
    const row = rows[0];
    return row ? { version: row.version, builtAt: row.built_at, json: row.json } : null;
  }

  async listEntities(query: EntityQuery = {}): Promise<StoreEntity[]> {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (query.type) {
      params.push(query.type);
      clauses.push(`e.type = $${params.length}`);
    }
    if (query.q) {
      params.push(`${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const p = `$${params.length}`;
      clauses.push(`(e.name ILIKE ${p} OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a ILIKE ${p}))`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const { rows } = await this.pool.query<EntityRow>(
      `SELECT e.*, ${ENTITY_COUNTS} FROM entities e ${where}
       ORDER BY article_count DESC, e.name LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    );
    return rows.map(entityOf);
  }

  async getEntity(id: string): Promise<StoreEntity | null> {
    const { rows } = await this.pool.query<EntityRow>(
      `SELECT e.*, ${ENTITY_COUNTS} FROM entities e WHERE e.id = $1`,
      [id],
    );
    return rows[0] ? entityOf(rows[0]) : null;
  }

  async entityArticleIds(id: string, options: { limit?: number } = {}): Promise<string[]> {
    // NULLS LAST: SQLite sorts missing dates lowest, so they come last in a descending list.
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT ae.article_id AS id FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
       WHERE ae.entity_id = $1 ORDER BY l.link_date DESC NULLS LAST, l.seq DESC LIMIT $2`,
      [id, options.limit ?? 100],
    );
    return rows.map((r) => r.id);
  }
}

async function applyMerge(query: Query, m: StoryMerge): Promise<void> {
  // Links keep the story the link stage gave them (linked_story); story_id says where they are now.
  await query('UPDATE article_links SET story_id = $1 WHERE story_id = $2', [m.into, m.from]);
  await query('UPDATE stories SET merged_into = $1 WHERE id = $2 OR merged_into = $2', [m.into, m.from]);
  await query(
    `INSERT INTO story_merges (from_id, into_id, score, article_id, at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (from_id, into_id) DO UPDATE SET score = excluded.score, article_id = excluded.article_id,
       at = excluded.at`,
    [m.from, m.into, m.score, m.articleId, m.at],
  );
  await query('DELETE FROM story_views WHERE story_id = $1', [m.from]);
  await query('DELETE FROM story_facets WHERE story_id = $1', [m.from]);
}

/**
 * Counts one more article into an existing story; false when the story must be recounted instead. Two statements:
 * one reads the story and what the article adds, one bumps the facets and updates the story row.
 */
async function addToStory(query: Query, link: ArticleLink): Promise<boolean> {
  const story = (
    await query<{
      first_seen: string;
      last_seen: string;
      merged_into: string | null;
      top: string | null;
      known: boolean;
      outlet: string | null;
      language: string | null;
    }>(
      `SELECT first_seen, last_seen, merged_into,
         (SELECT max(seq) FROM article_links WHERE story_id = s.id AND article_id <> $1) AS top,
         EXISTS (SELECT 1 FROM article_links
                 WHERE story_id = s.id AND source_key = $3 AND article_id <> $1) AS known,
         (SELECT outlet FROM articles WHERE id = $1) AS outlet,
         (SELECT language FROM articles WHERE id = $1) AS language
       FROM stories s WHERE id = $2`,
      [link.articleId, link.storyId, link.sourceKey],
    )
  ).rows[0];
  if (!story || story.merged_into !== null || story.top === null || Number(story.top) > link.seq)
    return false;
  const kinds: string[] = [];
  const values: string[] = [];
  for (const kind of ['outlet', 'language'] as const) {
    const value = story[kind];
    if (value == null) continue;
    kinds.push(kind);
    values.push(value);
  }
  const date = link.date.value;
  // The facet lists are read from the rows as they were before this statement plus this article's own facets
  // (a data-modifying WITH is not visible to the rest of its statement).
  await query(
    `WITH inc AS (SELECT k AS kind, v COLLATE "C" AS value FROM unnest($1::text[], $2::text[]) AS t(k, v)),
     bump AS (
       INSERT INTO story_facets (story_id, kind, value, n) SELECT $3, kind, value, 1 FROM inc
       ON CONFLICT (story_id, kind, value) DO UPDATE SET n = story_facets.n + 1),
     f AS (
       SELECT kind, value, sum(n) AS n FROM (
         SELECT kind, value, n FROM story_facets WHERE story_id = $3
         UNION ALL SELECT kind, value, 1 FROM inc) x
       GROUP BY kind, value)
     UPDATE stories SET article_count = article_count + 1, source_count = source_count + $4,
       outlets = coalesce((SELECT array_agg(value ORDER BY n DESC, value) FROM f WHERE kind = 'outlet'), '{}'),
       languages = coalesce((SELECT array_agg(value ORDER BY n DESC, value) FROM f WHERE kind = 'language'), '{}'),
       first_seen = $5, last_seen = $6, updated_at = $7
     WHERE id = $3`,
    [
      kinds,
      values,
      link.storyId,
      story.known ? 0 : 1,
      date < story.first_seen ? date : story.first_seen,
      date > story.last_seen ? date : story.last_seen,
      link.linkedAt,
    ],
  );
  return true;
}

/** A story's outlets or languages, most articles first. */
async function facetList(query: Query, storyId: string, kind: 'outlet' | 'language'): Promise<string[]> {
  return (
    await query<{ value: string }>(
      'SELECT value FROM story_facets WHERE story_id = $1 AND kind = $2 ORDER BY n DESC, value',
      [storyId, kind],
    )
  ).rows.map((r) => r.value);
}

/** Recomputes a story's counts, outlets, languages and first/last seen from its articles. */
async function refreshStory(query: Query, storyId: string, at: string): Promise<void> {
  const agg = (
    await query<{ n: number; sources: number; first_seen: string | null; last_seen: string | null }>(
      `SELECT count(*)::int AS n, count(DISTINCT source_key)::int AS sources,
              min(link_date) AS first_seen, max(link_date) AS last_seen
       FROM article_links WHERE story_id = $1`,
      [storyId],
    )
  ).rows[0];
  await query('DELETE FROM story_facets WHERE story_id = $1', [storyId]);
  if (!agg || agg.n === 0) {
    await query('DELETE FROM stories WHERE id = $1', [storyId]);
    return;
  }
  for (const column of ['outlet', 'language'] as const)
    await query(
      `INSERT INTO story_facets (story_id, kind, value, n)
       SELECT l.story_id, '${column}', a.${column}, count(*) FROM article_links l JOIN articles a ON a.id = l.article_id
       WHERE l.story_id = $1 AND a.${column} IS NOT NULL GROUP BY l.story_id, a.${column}`,
      [storyId],
    );
  const list = (kind: 'outlet' | 'language'): Promise<string[]> => facetList(query, storyId, kind);
  const first = (
    await query<{ title: string | null }>(
      `SELECT a.title FROM article_links l JOIN articles a ON a.id = l.article_id
       WHERE l.story_id = $1 ORDER BY l.seq LIMIT 1`,
      [storyId],
    )
  ).rows[0];
  await query(
    `INSERT INTO stories (id, title, article_count, source_count, outlets, languages, first_seen, last_seen,
       created_at, updated_at, merged_into)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, NULL)
     ON CONFLICT (id) DO UPDATE SET article_count = excluded.article_count,
       source_count = excluded.source_count, outlets = excluded.outlets, languages = excluded.languages,
       first_seen = excluded.first_seen, last_seen = excluded.last_seen, updated_at = excluded.updated_at,
       merged_into = NULL, title = coalesce(stories.title, excluded.title)`,
    [
      storyId,
      first?.title ?? null,
      agg.n,
      agg.sources,
      await list('outlet'),
      await list('language'),
      agg.first_seen ?? at,
      agg.last_seen ?? at,
      at,
    ],
  );
}

function storyFilters(query: Omit<StoryQuery, 'limit' | 'offset'>): { where: string; params: string[] } {
  const clauses = ['s.merged_into IS NULL'];
  const params: string[] = [];
  const add = (value: string, clause: (p: string) => string): void => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (query.outlet) add(query.outlet, (p) => `${p} = ANY(s.outlets)`);
  if (query.language) add(query.language, (p) => `${p} = ANY(s.languages)`);
  if (query.entity)
    add(
      query.entity,
      (p) => `EXISTS (SELECT 1 FROM article_entities ae JOIN article_links l ON l.article_id = ae.article_id
                      WHERE l.story_id = s.id AND ae.entity_id = ${p})`,
    );
  if (query.since) add(query.since, (p) => `s.last_seen >= ${p}`);
  if (query.until) add(query.until, (p) => `s.first_seen <= ${p}`);
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}
