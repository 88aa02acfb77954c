// Atom 1.0 documents (RFC 4287), written by hand: every text is XML-escaped, links are absolute.

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary?: string | null;
  /** Plain-text content (escaped, shown as text). */
  content?: string | null;
  author?: string | null;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfUrl: string;
  htmlUrl: string;
  entries: AtomEntry[];
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML, dropping characters XML 1.0 cannot carry at all (C0 controls, lone surrogates). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** An RFC 3339 time for Atom: dates alone become midnight UTC; unreadable values become the epoch. */
export function atomTime(iso: string): string {
  const t = Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : iso);
  return new Date(Number.isNaN(t) ? 0 : t).toISOString();
}

export function renderAtom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries
    .map(
      (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <updated>${atomTime(x.updated)}</updated>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
${x.author ? `    <author><name>${e(x.author)}</name></author>\n` : ''}${x.summary ? `    <summary type="text">${e(x.summary)}</summary>\n` : ''}${x.content ? `    <content type="text">${e(x.content)}</content>\n` : ''}  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${e(feed.subtitle)}</subtitle>\n` : ''}  <updated>${atomTime(feed.updated)}</updated>
  <author><name>Storyline</name></author>
  <generator>Storyline</generator>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.htmlUrl)}"/>
${entries}
</feed>
`;
}
