// OPML subscription lists → the feed URLs they hold (nested outlines included).
import { DOMParser } from 'linkedom';
import { InputError } from './errors.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

export function parseOpml(xml: string): OpmlFeed[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement;
  if (!root || root.tagName.toLowerCase() !== 'opml')
    throw new InputError('parse', 'malformed OPML: no <opml> root element');
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  for (const outline of root.querySelectorAll('outline')) {
    const url = outline.getAttribute('xmlUrl') ?? outline.getAttribute('xmlurl');
    if (!url || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: outline.getAttribute('title') ?? outline.getAttribute('text') });
  }
  if (feeds.length === 0)
    throw new InputError('parse', 'OPML lists no feeds (no <outline xmlUrl="..."> elements)');
  return feeds;
}
