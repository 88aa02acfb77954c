// Feed subscriptions kept as an OPML file beside the store (POST /api/feeds adds to it; `storyline watch` and
// `serve --watch` read it again every round, so a new subscription is polled without a restart).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeXml } from '../server/feeds/atom.js';
import { parseOpml, type OpmlFeed } from '../ingest/opml.js';

/** The subscription file for a store: `subscriptions.opml` in the store's folder. */
export function subscriptionsPath(dbLocation: string): string {
  return dbLocation === ':memory:'
    ? join('.storyline', 'subscriptions.opml')
    : join(dirname(dbLocation), 'subscriptions.opml');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** linkedom's XML parser leaves entity references in attribute values; decode the XML ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

export function readSubscriptions(path: string): OpmlFeed[] {
  if (!existsSync(path)) return [];
  const xml = readFileSync(path, 'utf8');
  if (!/<outline\b/i.test(xml)) return [];
  return parseOpml(xml).map((f) => ({
    url: decodeEntities(f.url),
    title: f.title === null ? null : decodeEntities(f.title),
  }));
}

export function renderOpml(feeds: readonly OpmlFeed[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head><title>Storyline subscriptions</title></head>
  <body>
${feeds
  .map(
    (f) =>
      `    <outline type="rss" text="${escapeXml(f.title ?? f.url)}" title="${escapeXml(f.title ?? f.url)}" xmlUrl="${escapeXml(f.url)}"/>`,
  )
  .join('\n')}
  </body>
</opml>
`;
}

/** Adds a feed (once); returns false when it was already subscribed. Written atomically. */
export function addSubscription(path: string, feed: OpmlFeed): boolean {
  const feeds = readSubscriptions(path);
  if (feeds.some((f) => f.url === feed.url)) return false;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, renderOpml([...feeds, feed]));
  renameSync(tmp, path);
  return true;
}
