// The outlet name a story shows for an article: its metadata outlet, else the wire it comes from, else its origin host.
import type { StoryDoc } from '../model.js';

export function outletOf(doc: StoryDoc): string | null {
  const outlet = doc.article.metadata.outlet.value;
  if (outlet) return outlet;
  if (doc.link.wireOrigin) return doc.link.wireOrigin.name;
  const url = doc.article.metadata.canonicalUrl.value ?? doc.article.origin;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
