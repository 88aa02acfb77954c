// RSS 0.9x/2.0, RDF (RSS 1.0) and Atom feeds → entries, with @extractus/feed-extractor.
import { extractFromXml } from '@extractus/feed-extractor';
import { InputError } from './errors.js';
import { parseMetadataDate } from './dates.js';
import type { MetadataHints } from './source-document.js';

export interface FeedEntry {
  id: string;
  link: string | null;
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  section: string | null;
  /** The entry's own HTML: full content when the feed carries it, else its summary/description. */
  html: string;
  /** True when `html` is a teaser and the article page should be fetched. */
  teaser: boolean;
}

export interface Feed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

/** Entries whose own text has fewer words than this are teasers: their pages are fetched. */
export const TEASER_MAX_WORDS = 150;

export function parseFeed(xml: string, feedUrl: string | null): Feed {
  let data;
  try {
    data = extractFromXml(xml, {
      descriptionMaxLen: 1_000_000,
      useISODateFormat: true,
      baseUrl: feedUrl ?? undefined,
      getExtraEntryFields: (entry) => ({ raw: entry }),
    });
  } catch (e) {
    throw new InputError('parse', `malformed feed: ${(e as Error).message}`);
  }
  if (!data || !Array.isArray(data.entries))
    throw new InputError('parse', 'malformed feed: no channel or entries found');
  const entries = data.entries.map((e) => toEntry(e as unknown as Record<string, unknown>));
  return { title: data.title || null, link: data.link || null, entries };
}

function toEntry(e: Record<string, unknown>): FeedEntry {
  const raw = (e['raw'] ?? {}) as Record<string, unknown>;
  const content = textOf(raw['content:encoded']) ?? textOf(raw['content']);
  const summary = textOf(raw['description']) ?? textOf(raw['summary']) ?? (e['description'] as string) ?? '';
  const html = content && wordCount(content) >= wordCount(summary) ? content : summary;
  const published =
    parseDate(textOf(raw['published'])) ??
    parseDate(textOf(raw['pubDate'])) ??
    parseDate(textOf(raw['dc:date'])) ??
    parseDate(e['published'] as string);
  return {
    id: String(e['id'] ?? e['link'] ?? ''),
    link: typeof e['link'] === 'string' && e['link'] ? e['link'] : null,
    title: typeof e['title'] === 'string' && e['title'].trim() ? e['title'].trim() : null,
    publishedAt: published,
    authors: authorsOf(raw['dc:creator'] ?? raw['author']),
    section: textOf(Array.isArray(raw['category']) ? raw['category'][0] : raw['category']),
    html,
    teaser:
      wordCount(html) < TEASER_MAX_WORDS ||
      /(\.\.\.|…|\[…\]|read more\W*)\s*(<\/\w+>\s*)*$/i.test(html.trim()),
  };
}

/** Metadata a feed gives about one of its entries, with provenance "feed". */
export function feedHints(feed: Feed, entry: FeedEntry): MetadataHints {
  const hints: MetadataHints = {};
  if (entry.title) hints.title = { value: entry.title, source: 'feed', detail: 'entry title' };
  if (entry.publishedAt)
    hints.publishedAt = { value: entry.publishedAt, source: 'feed', detail: 'entry date' };
  if (entry.authors.length) hints.authors = { value: entry.authors, source: 'feed', detail: 'entry author' };
  if (entry.link) hints.canonicalUrl = { value: entry.link, source: 'feed', detail: 'entry link' };
  if (entry.section) hints.section = { value: entry.section, source: 'feed', detail: 'entry category' };
  if (feed.title) hints.outlet = { value: feed.title, source: 'feed', detail: 'feed title' };
  return hints;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['#text'] === 'string') return o['#text'].trim() || null;
    if (typeof o['name'] === 'string') return o['name'].trim() || null;
  }
  return null;
}

function authorsOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list
    .map((a) => textOf(a))
    .filter((a): a is string => !!a)
    .map((a) => a.replace(/^\S+@\S+\s+\((.*)\)$/, '$1'));
}

function parseDate(s: string | null | undefined): string | null {
  return s ? parseMetadataDate(s) : null;
}

function wordCount(html: string): number {
  return html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}
