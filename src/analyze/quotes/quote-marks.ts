// Quoted passages: text between double quote marks (straight or curly) on one line. A quote opened in a
// paragraph and not closed there runs to the paragraph's end: the news convention for a quote that continues in
// the next paragraph (which opens with a quote mark again).

/**
 * Two apostrophes written for a double quote mark (''like this'', the style of some wire and newspaper archives)
 * read as curly quotes, offsets unchanged: an opening pair becomes a space and “, a closing pair ” and a space.
 */
export function normalizeQuoteMarks(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''(?!')/g, (_m, at: number) => {
    const before = at > 0 ? (text[at - 1] ?? ' ') : ' ';
    const after = text[at + 2] ?? ' ';
    const opens = /[\s([—–-]/.test(before) && !/\s/.test(after);
    return opens ? ' “' : '” ';
  });
}

export interface QuotedSpan {
  start: number;
  end: number;
  /** Closed by its own quote mark (false when it runs on to the end of the paragraph). */
  closed: boolean;
}

export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index ?? 0;
    const s = line[0];
    let open = -1;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '“' || (c === '"' && open < 0)) {
        if (open < 0) open = i;
        else if (c === '“') open = i; // a stray opening mark restarts the quote
      } else if ((c === '”' || c === '"') && open >= 0) {
        if (i - open > 2) spans.push({ start: base + open + 1, end: base + i, closed: true });
        open = -1;
      }
    }
    if (open >= 0 && s.length - open > 20) {
      const end = base + s.trimEnd().length;
      spans.push({ start: base + open + 1, end, closed: false });
    }
  }
  return spans;
}
