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
];
