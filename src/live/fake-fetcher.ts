// An in-memory Fetcher for tests of live polling: serves set responses per URL, answers conditional GETs with
// 304 when the ETag matches, fails on demand, and records every request.
import type { Fetcher, FetchOptions, FetchResult } from '../ingest/http/fetcher.js';

export interface FakeResponse {
  body: string;
  contentType: string;
  etag?: string;
}

export class FakeFetcher implements Fetcher {
  readonly responses = new Map<string, FakeResponse>();
  readonly failing = new Set<string>();
  readonly requests: { url: string; etag: string | null }[] = [];

  async fetch(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
    this.requests.push({ url, etag: opts.etag ?? null });
    if (this.failing.has(url)) throw new Error(`connection refused (${new URL(url).host})`);
    const res = this.responses.get(url);
    const base = {
      requestedUrl: url,
      url,
      redirects: [],
      lastModified: null,
    };
    if (!res) throw Object.assign(new Error(`HTTP 404 for ${url}`), { code: 'http-status', status: 404 });
    const notModified = Boolean(res.etag && opts.etag === res.etag);
    const text = notModified ? '' : res.body;
    return {
      ...base,
      status: notModified ? 304 : 200,
      headers: { 'content-type': res.contentType, ...(res.etag ? { etag: res.etag } : {}) },
      notModified,
      bytes: Buffer.from(text, 'utf8'),
      text,
      mediaType: res.contentType.split(';')[0]!.trim(),
      charset: notModified ? '' : 'utf-8',
      etag: res.etag ?? null,
    };
  }
}

/** An RSS 2.0 feed whose items link to article pages. */
export function rssFeed(title: string, items: { title: string; link: string; date: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase().replace(/\W+/g, '')}.example/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate><description>${i.title}</description></item>`).join('\n')}
</channel></rss>`;
}

/** An article page with enough text for extraction. */
export function articleHtml(title: string, paragraphs: string[], site: string): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:site_name" content="${site}"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
