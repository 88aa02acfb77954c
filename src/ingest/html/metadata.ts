// Page metadata with provenance: JSON-LD > OpenGraph > <meta> > <time> > page markup > URL pattern.
import type { ArticleMetadata, Provenance, Sourced } from '../../model.js';
import { dateInName, parseMetadataDate } from '../dates.js';
import type { HtmlDocument } from './dom.js';

export type PageMetadata = Partial<Omit<ArticleMetadata, 'credits'>>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage|LiveBlogPosting|ScholarlyArticle|Report)$/;

type Json = Record<string, unknown>;

export function readHtmlMetadata(doc: HtmlDocument, pageUrl: string | null = null): PageMetadata {
  const layers: PageMetadata[] = [
    fromJsonLd(doc),
    fromOpenGraph(doc),
    fromMeta(doc),
    fromTime(doc),
    fromMarkup(doc, pageUrl),
  ];
  const url = layers.map((l) => l.canonicalUrl?.value).find(Boolean) ?? pageUrl;
  if (url) layers.push(fromUrl(url));
  const out: PageMetadata = {};
  for (const layer of layers)
    for (const [k, v] of Object.entries(layer) as [keyof PageMetadata, Sourced<unknown>][])
      if (v && !isEmpty(v.value) && !out[k]) (out as Record<string, unknown>)[k] = v;
  if (out.title?.value && out.outlet?.value) {
    const stripped = stripSiteSuffix(String(out.title.value), String(out.outlet.value));
    if (stripped !== out.title.value) out.title = { ...out.title, value: stripped };
  }
  return out;
}

function sourced<T>(value: T, source: Provenance, detail: string): Sourced<T> {
  return { value, source, detail };
}

function isEmpty(v: unknown): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') return text((v as Json)['name'] ?? (v as Json)['@value']);
  return null;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list.map((a) => text(a)).filter((a): a is string => !!a && !/^https?:/.test(a));
}

function fromJsonLd(doc: HtmlDocument): PageMetadata {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // Invalid JSON-LD is common; the other layers still apply.
    }
  }
  const article =
    nodes.find((n) =>
      [n['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage'),
    ) ?? nodes.find((n) => [n['@type']].flat().includes('WebPage'));
  if (!article) return {};
  const type = [article['@type']].flat()[0] as string;
  const d = (field: string) => `${type}.${field}`;
  const out: PageMetadata = {};
  const title = text(article['headline']) ?? text(article['name']);
  if (title) out.title = sourced(title, 'json-ld', d('headline'));
  const authors = names(article['author']);
  if (authors.length) out.authors = sourced(authors, 'json-ld', d('author'));
  const publisher =
    text(article['publisher']) ??
    text(nodes.find((n) => [n['@type']].flat().includes('Organization'))?.['name']);
  if (publisher) out.outlet = sourced(publisher, 'json-ld', d('publisher.name'));
  const url = text(article['url']) ?? text((article['mainEntityOfPage'] as Json | undefined)?.['@id']);
  if (url && /^https?:/.test(url)) out.canonicalUrl = sourced(url, 'json-ld', d('url'));
  const published = parseMaybe(text(article['datePublished']) ?? text(article['dateCreated']));
  if (published) out.publishedAt = sourced(published, 'json-ld', d('datePublished'));
  const modified = parseMaybe(text(article['dateModified']));
  if (modified) out.modifiedAt = sourced(modified, 'json-ld', d('dateModified'));
  const section = text(article['articleSection']);
  if (section) out.section = sourced(section, 'json-ld', d('articleSection'));
  const description = text(article['description']);
  if (description) out.description = sourced(description, 'json-ld', d('description'));
  const lang = text(article['inLanguage']);
  if (lang) out.language = sourced(lang, 'json-ld', d('inLanguage'));
  return out;
}

function collect(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) v.forEach((x) => collect(x, out));
  else if (v && typeof v === 'object') {
    out.push(v as Json);
    if ((v as Json)['@graph']) collect((v as Json)['@graph'], out);
  }
}

/** Every <meta> tag's content by its name, property or itemprop (first one wins), read in one pass. */
const metaCache = new WeakMap<object, Map<string, string>>();
function metaIndex(doc: HtmlDocument): Map<string, string> {
  let index = metaCache.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  metaCache.set(doc, index);
  return index;
}

function metaContent(doc: HtmlDocument, ...keys: string[]): [string, string] | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const v = index.get(key.toLowerCase());
    if (v) return [v, key];
  }
  return null;
}

function fromOpenGraph(doc: HtmlDocument): PageMetadata {
  const out: PageMetadata = {};
  const pairs: [keyof PageMetadata, string[]][] = [
    ['title', ['og:title']],
    ['outlet', ['og:site_name']],
    ['canonicalUrl', ['og:url']],
    ['publishedAt', ['article:published_time', 'og:published_time']],
    ['modifiedAt', ['article:modified_time', 'og:updated_time']],
    ['section', ['article:section']],
    ['description', ['og:description']],
    ['language', ['og:locale']],
  ];
  for (const [field, keys] of pairs) {
    const found = metaContent(doc, ...keys);
    if (!found) continue;
    const value = field === 'publishedAt' || field === 'modifiedAt' ? parseMaybe(found[0]) : found[0];
    if (value) (out as Record<string, unknown>)[field] = sourced(value, 'opengraph', found[1]);
  }
  const author = metaContent(doc, 'article:author');
  if (author && !/^https?:/.test(author[0])) out.authors = sourced([author[0]], 'opengraph', author[1]);
  return out;
}

function fromMeta(doc: HtmlDocument): PageMetadata {
  const out: PageMetadata = {};
  const date = metaContent(
    doc,
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'article.published',
    'dc.date',
    'DC.date',
    'DC.date.issued',
    'dcterms.created',
    'dcterms.date',
    'sailthru.date',
    'parsely-pub-date',
    'citation_publication_date',
    'datePublished',
    'cXenseParse:recs:publishtime',
  );
  const published = date ? parseMaybe(date[0]) : null;
  if (date && published) out.publishedAt = sourced(published, 'meta', date[1]);
  const modified = metaContent(doc, 'last-modified', 'dcterms.modified', 'dateModified');
  const mod = modified ? parseMaybe(modified[0]) : null;
  if (modified && mod) out.modifiedAt = sourced(mod, 'meta', modified[1]);
  const author = metaContent(
    doc,
    'author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'DC.creator',
    'citation_author',
    'byl',
  );
  if (author && !/^https?:/.test(author[0]))
    out.authors = sourced(
      author[0]
        .replace(/^by\s+/i, '')
        .split(/\s*(?:,|;|\band\b)\s*/)
        .filter(Boolean),
      'meta',
      author[1],
    );
  const description = metaContent(doc, 'description', 'dc.description');
  if (description) out.description = sourced(description[0], 'meta', description[1]);
  const section = metaContent(doc, 'parsely-section', 'section', 'article-section', 'category');
  if (section) out.section = sourced(section[0], 'meta', section[1]);
  const title = metaContent(doc, 'parsely-title', 'twitter:title', 'dc.title', 'citation_title', 'headline');
  if (title) out.title = sourced(title[0], 'meta', title[1]);
  const site = metaContent(doc, 'application-name', 'twitter:site', 'publisher', 'dc.publisher');
  if (site) out.outlet = sourced(site[0].replace(/^@/, ''), 'meta', site[1]);
  const lang = metaContent(doc, 'content-language', 'language', 'dc.language');
  if (lang) out.language = sourced(lang[0], 'meta', lang[1]);
  const httpLang = metaIndex(doc).get('content-language');
  if (!out.language && httpLang) out.language = sourced(httpLang, 'meta', 'http-equiv content-language');
  return out;
}

function fromTime(doc: HtmlDocument): PageMetadata {
  const el = doc.querySelector(
    'article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"][datetime], time[datetime]',
  );
  const value = parseMaybe(el?.getAttribute('datetime') ?? null);
  return value ? { publishedAt: sourced(value, 'time-element', '<time datetime>') } : {};
}

function fromMarkup(doc: HtmlDocument, pageUrl: string | null): PageMetadata {
  const out: PageMetadata = {};
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title) out.title = sourced(title.replace(/\s+/g, ' '), 'html', '<title>');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) {
    try {
      out.canonicalUrl = sourced(
        new URL(canonical, pageUrl ?? undefined).toString(),
        'html',
        'link rel=canonical',
      );
    } catch {
      // Relative canonical without a page URL: unusable.
    }
  }
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang) out.language = sourced(lang, 'html', '<html lang>');
  const byline = doc.querySelector(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name',
  );
  const name = byline?.textContent
    ?.replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
  if (name && name.length < 80) out.authors = sourced([name], 'html', 'byline markup');
  return out;
}

function fromUrl(url: string): PageMetadata {
  const out: PageMetadata = {};
  const date = dateInName(url);
  if (date) out.publishedAt = sourced(date, 'url', 'date in URL path');
  return out;
}

function parseMaybe(s: string | null): string | null {
  return s ? parseMetadataDate(s) : null;
}

/** "Leaders meet | Example Times" → "Leaders meet" when the suffix is the site's name. */
export function stripSiteSuffix(title: string, site: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (norm(last) === norm(site) || norm(site).includes(norm(last))) return parts.slice(0, -1).join(' - ');
  if (norm(first) === norm(site)) return parts.slice(1).join(' - ');
  return title;
}
