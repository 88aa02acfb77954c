// Schema migrations for the PostgreSQL store, numbered and recorded in schema_migrations. They run once, in one
// transaction under an advisory lock, so any number of processes may start against the same database at once.
import type pg from 'pg';

/** Advisory lock key held while migrating ("storyline" in ASCII, truncated to fit a bigint). */
const MIGRATION_LOCK = 0x73746f72796c696en;

export const postgresMigrations: readonly string[] = [
  `
  CREATE TABLE raw_inputs (
    id          TEXT PRIMARY KEY,      -- sha256 of the input body
    origin      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    media_type  TEXT,
    body_gz     BYTEA NOT NULL,        -- gzip of the decoded input text
    fetched_at  TEXT NOT NULL
  );

  CREATE TABLE articles (
    seq           BIGSERIAL PRIMARY KEY,  -- ingestion order
    id            TEXT NOT NULL UNIQUE,
    text_hash     TEXT NOT NULL,
    origin        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    title         TEXT,
    text          TEXT NOT NULL,
    outlet        TEXT COLLATE "C",
    published_at  TEXT COLLATE "C",
    language      TEXT COLLATE "C",
    word_count    INTEGER NOT NULL,
    raw_id        TEXT NOT NULL REFERENCES raw_inputs(id),
    ingested_at   TEXT COLLATE "C" NOT NULL,
    record_json   TEXT NOT NULL,          -- the whole Article record
    fts           TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                    setweight(to_tsvector('simple', text), 'B')) STORED
  );
  CREATE INDEX articles_text_hash ON articles(text_hash);
  CREATE INDEX articles_published ON articles(published_at);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_fts ON articles USING GIN (fts);

  CREATE TABLE ingest_failures (
    origin      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    raw_id      TEXT REFERENCES raw_inputs(id),
    first_at    TEXT NOT NULL,
    last_at     TEXT COLLATE "C" NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (origin, stage, reason)
  );

  CREATE TABLE feed_state (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    checked_at     TEXT NOT NULL
  );

  CREATE TABLE analyses (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    analyzed_at  TEXT NOT NULL,
    json         TEXT NOT NULL
  );

  CREATE TABLE article_links (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    seq           BIGINT NOT NULL UNIQUE,  -- arrival order of the link stage
    story_id      TEXT COLLATE "C" NOT NULL, -- where the article is now (after merges)
    linked_story  TEXT COLLATE "C" NOT NULL, -- the story the link stage gave it (the record's storyId)
    source_key    TEXT NOT NULL,
    duplicate_of  TEXT,
    wire_key      TEXT,
    link_date     TEXT COLLATE "C",          -- the record's date.value
    json          TEXT NOT NULL              -- the whole ArticleLink record
  );
  CREATE INDEX article_links_story ON article_links(story_id, seq);

  CREATE TABLE stories (
    id             TEXT COLLATE "C" PRIMARY KEY,
    title          TEXT,
    article_count  INTEGER NOT NULL,
    source_count   INTEGER NOT NULL,
    outlets        TEXT[] NOT NULL,
    languages      TEXT[] NOT NULL,
    first_seen     TEXT COLLATE "C" NOT NULL,
    last_seen      TEXT COLLATE "C" NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    merged_into    TEXT                      -- set when the story was folded into another
  );
  CREATE INDEX stories_last_seen ON stories(last_seen) WHERE merged_into IS NULL;

  CREATE TABLE story_merges (
    from_id     TEXT COLLATE "C" NOT NULL,
    into_id     TEXT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    article_id  TEXT NOT NULL,
    at          TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (from_id, into_id)
  );

  CREATE TABLE story_views (
    story_id   TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    built_at   TEXT NOT NULL,
    json       TEXT NOT NULL
  );

  CREATE TABLE entities (
    id             TEXT PRIMARY KEY,
    name           TEXT COLLATE "C" NOT NULL,
    type           TEXT NOT NULL,
    aliases        TEXT[] NOT NULL,
    roles          TEXT[] NOT NULL
  );
  CREATE INDEX entities_name ON entities(name);

  CREATE TABLE article_entities (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
  );
  CREATE INDEX article_entities_entity ON article_entities(entity_id);

  CREATE TABLE link_state (
    name     TEXT PRIMARY KEY,
    seq      BIGINT NOT NULL,               -- the last link seq the snapshot includes
    state_gz BYTEA NOT NULL
  );
  `,
  `
  -- Per-story counts of outlets and languages, so that linking one more article updates a story in constant time.
  CREATE TABLE story_facets (
    story_id  TEXT COLLATE "C" NOT NULL,
    kind      TEXT NOT NULL,                 -- 'outlet' or 'language'
    value     TEXT COLLATE "C" NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (story_id, kind, value)
  );
  INSERT INTO story_facets (story_id, kind, value, n)
    SELECT l.story_id, 'outlet', a.outlet, count(*) FROM article_links l JOIN articles a ON a.id = l.article_id
    WHERE a.outlet IS NOT NULL GROUP BY l.story_id, a.outlet;
  INSERT INTO story_facets (story_id, kind, value, n)
    SELECT l.story_id, 'language', a.language, count(*) FROM article_links l JOIN articles a ON a.id = l.article_id
    WHERE a.language IS NOT NULL GROUP BY l.story_id, a.language;
  CREATE INDEX article_links_story_source ON article_links(story_id, source_key);
  `,
];

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migratePostgres(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const [i, sql] of postgresMigrations.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
  return applied;
}
