// Schema migrations for the embedded SQLite store, applied in order and tracked by PRAGMA user_version.
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE raw_inputs (
    id          TEXT PRIMARY KEY,      -- sha256 of the input body
    origin      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    media_type  TEXT,
    body_gz     BLOB NOT NULL,         -- gzip of the decoded input text
    fetched_at  TEXT NOT NULL
  );

  CREATE TABLE articles (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    text_hash     TEXT NOT NULL,
    origin        TEXT NOT NULL,
    kind          TEXT NOT NULL,
    title         TEXT,
    text          TEXT NOT NULL,
    outlet        TEXT,
    published_at  TEXT,
    language      TEXT,
    word_count    INTEGER NOT NULL,
    raw_id        TEXT NOT NULL REFERENCES raw_inputs(id),
    ingested_at   TEXT NOT NULL,
    record_json   TEXT NOT NULL        -- the whole Article record
  );
  CREATE INDEX articles_text_hash ON articles(text_hash);
  CREATE INDEX articles_published ON articles(published_at);
  CREATE INDEX articles_outlet ON articles(outlet);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
      VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
  END;
  CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
      VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text);
  END;

  CREATE TABLE ingest_failures (
    origin      TEXT NOT NULL,
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    raw_id      TEXT REFERENCES raw_inputs(id),
    first_at    TEXT NOT NULL,
    last_at     TEXT NOT NULL,
    count       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (origin, stage, reason)
  );

  CREATE TABLE feed_state (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    checked_at     TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE analyses (
    article_id   TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    analyzed_at  TEXT NOT NULL,
    json         TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE article_links (
    article_id    TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL UNIQUE,  -- arrival order of the link stage
    story_id      TEXT NOT NULL,
    source_key    TEXT NOT NULL,
    duplicate_of  TEXT,
    wire_key      TEXT,
    json          TEXT NOT NULL             -- the whole ArticleLink record
  );
  CREATE INDEX article_links_story ON article_links(story_id, seq);

  CREATE TABLE stories (
    id             TEXT PRIMARY KEY,
    title          TEXT,
    article_count  INTEGER NOT NULL,
    source_count   INTEGER NOT NULL,
    outlets_json   TEXT NOT NULL,
    languages_json TEXT NOT NULL,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    merged_into    TEXT                     -- set when the story was folded into another
  );
  CREATE INDEX stories_last_seen ON stories(last_seen) WHERE merged_into IS NULL;

  CREATE TABLE story_merges (
    from_id     TEXT NOT NULL,
    into_id     TEXT NOT NULL,
    score       REAL NOT NULL,
    article_id  TEXT NOT NULL,
    at          TEXT NOT NULL,
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
    name           TEXT NOT NULL,
    type           TEXT NOT NULL,
    aliases_json   TEXT NOT NULL,
    roles_json     TEXT NOT NULL
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
    seq      INTEGER NOT NULL,              -- the last link seq the snapshot includes
    state_gz BLOB NOT NULL
  );
  `,
  `
  -- Per-story counts of outlets and languages, so that linking one more article updates a story in constant time.
  CREATE TABLE story_facets (
    story_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,                -- 'outlet' or 'language'
    value     TEXT NOT NULL,
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
