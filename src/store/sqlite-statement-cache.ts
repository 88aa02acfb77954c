// Prepared statements are compiled once per SQL text and reused: preparing costs far more than running the small
// statements the store issues per article. (Safe because the store never keeps a statement's iterator open.)
import type Database from 'better-sqlite3';

export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  }) as typeof db.prepare;
}
