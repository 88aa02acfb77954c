// Turns what a person types into a PostgreSQL text-search query with the same reading as the SQLite one
// (fts-query.ts): words are ANDed, "quoted phrases" kept, a trailing * makes a prefix search, and nothing typed
// can be read as query syntax. Words and phrases go to websearch_to_tsquery; prefixes (which it cannot express)
// become `word:*` terms for to_tsquery, ANDed with it.

export interface PgTextQuery {
  /** Input for websearch_to_tsquery (bare words and "quoted phrases"), or null. */
  web: string | null;
  /** Input for to_tsquery: prefix terms joined by &, or null. */
  prefix: string | null;
}

/** Returns null when the query holds no searchable word. */
export function toPgTextQuery(input: string): PgTextQuery | null {
  const web: string[] = [];
  const prefix: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length > 0) web.push(`"${words.join(' ')}"`);
      continue;
    }
    const token = m[2] ?? '';
    const words = wordsOf(token);
    if (words.length === 0) continue;
    if (words.length === 1 && token.endsWith('*')) prefix.push(`${words[0]?.toLowerCase()}:*`);
    else if (words.length === 1) web.push(words[0] ?? '');
    else web.push(`"${words.join(' ')}"`);
  }
  if (web.length === 0 && prefix.length === 0) return null;
  return { web: web.length ? web.join(' ') : null, prefix: prefix.length ? prefix.join(' & ') : null };
}

function wordsOf(text: string): string[] {
  // "or" is an operator to websearch_to_tsquery; a lone minus too, but minus never survives this filter.
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.toLowerCase() !== 'or');
}
