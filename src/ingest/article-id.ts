// Stable article ids: from the canonical URL when there is one, else from the normalised text, so the same
// article ingested twice (from a file, a feed or its page) is stored once.
import { createHash } from 'node:crypto';

const TRACKING_PARAMS =
  /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|taid|at_medium|at_campaign)$/i;

/** Normalises a URL for identity: lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function normaliseUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  let s = `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  s = s.replace(/\/index\.html?$/, '');
  return s;
}

/** Text normalised for identity: case, punctuation, quotes and spacing do not matter. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function textHash(text: string): string {
  return sha256(normaliseText(text));
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The article id: "u" + hash of the normalised canonical URL, else "t" + hash of the normalised text. */
export function articleId(canonicalUrl: string | null, text: string): string {
  const url = canonicalUrl ? normaliseUrl(canonicalUrl) : null;
  if (url) return `u${sha256(url).slice(0, 15)}`;
  return `t${textHash(text).slice(0, 15)}`;
}
