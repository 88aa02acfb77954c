// The outlet name a story shows for an article: its metadata outlet, else the wire it comes from, else its origin host.
import type { StoryDoc } from '../model.js';

/** Host names by URL: synthesis asks for the outlet of every article many times over. */
const hosts = new Map<string, string | null>();

function hostOf(url: string): string | null {
  // A file path or "#line" origin is no URL; parsing it only to catch the failure is slow.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null;
  let host = hosts.get(url);
  if (host !== undefined) return host;
  try {
    host = new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    host = null;
  }
  if (hosts.size >= 50_000) hosts.clear();
  hosts.set(url, host);
  return host;
}

export function outletOf(doc: StoryDoc): string | null {
  const outlet = doc.article.metadata.outlet.value;
  if (outlet) return outlet;
  if (doc.link.wireOrigin) return doc.link.wireOrigin.name;
  return hostOf(doc.article.metadata.canonicalUrl.value ?? doc.article.origin);
}
