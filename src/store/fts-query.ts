// Turns what a person types into a safe FTS5 query: words are ANDed, "quoted phrases" kept, a trailing *
// makes a prefix search, and nothing the user types can be read as FTS5 syntax.

/** Returns null when the query holds no searchable word. */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      if (words.length > 0) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const token = m[2] ?? '';
    const prefix = token.endsWith('*');
    const words = wordsOf(token);
    if (words.length === 0) continue;
    if (words.length === 1) parts.push(`"${words[0]}"${prefix ? ' *' : ''}`);
    else parts.push(`"${words.join(' ')}"`);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
