// Page metadata with provenance. Each field is read from every layer that has it, and the first layer wins:
// JSON-LD > OpenGraph > <meta> > <time> > page markup (<title>, <html lang>, rel=canonical) > URL pattern.
import type { ArticleMetadata, Provenance, Sourced } from '../../model.js';
import { dateInName, parseMetadataDate } from '../dates.js';
import { normaliseLanguageTag } from '../language.js';
import type { HtmlDocument } from './dom.js';
import { articleNode, readJsonLd, textOf, types, type JsonLdNode } from './json-ld.js';

export type PageMetadata = Partial<Omit<ArticleMetadata, 'credits'>>;

type Field = keyof PageMetadata;

export function readHtmlMetadata(doc: HtmlDocument, pageUrl: string | null = null): PageMetadata {
  const layers: PageMetadata[] = [
    fromJsonLd(readJsonLd(doc)),
    fromOpenGraph(doc),
    fromMeta(doc),
    fromTimeElement(doc),
    fromMarkup(doc, pageUrl),
  ];
  const out: PageMetadata = {};
  for (const layer of layers)
    for (const [k, v] of Object.entries(layer) as [Field, Sourced<unknown>][])
      if (v && !isEmpty(v.value) && !out[k]) (out as Record<string, unknown>)[k] = v;
  const url = out.canonicalUrl?.value ?? pageUrl;
  if (url) {
    const date = dateInName(pathOf(url));
    if (date && !out.publishedAt) out.publishedAt = sourced(date, 'url', 'date in URL path');
    const host = hostOf(url);
    if (host && !out.outlet) out.outlet = sourced(host, 'url', 'domain');
  }
  if (out.title?.value && out.outlet?.value) {
    const stripped = stripSiteSuffix(out.title.value, out.outlet.value);
    if (stripped !== out.title.value) out.title = { ...out.title, value: stripped };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Layers

function fromJsonLd(nodes: JsonLdNode[]): PageMetadata {
  const article = articleNode(nodes);
  if (!article) return {};
  const type = types(article)[0] ?? 'Article';
  const at = (field: string) => `${type}.${field}`;
  const out: PageMetadata = {};
  const title = textOf(article['headline']) ?? textOf(article['name']);
  if (title) out.title = sourced(oneLine(title), 'json-ld', at(article['headline'] ? 'headline' : 'name'));
  const authors = personNames(article['author'] ?? article['creator']);
  if (authors.length) out.authors = sourced(authors, 'json-ld', at('author'));
  const publisher = textOf(article['publisher']);
  const organization = textOf(nodes.find((n) => types(n).some((t) => /Organization$/.test(t)))?.['name']);
  if (publisher) out.outlet = sourced(publisher, 'json-ld', at('publisher.name'));
  else if (organization) out.outlet = sourced(organization, 'json-ld', 'Organization.name');
  const main = article['mainEntityOfPage'];
  const url = textOf(article['url']) ?? (typeof main === 'string' ? main : textOf(asNode(main)?.['@id']));
  if (url && /^https?:\/\//.test(url)) out.canonicalUrl = sourced(url, 'json-ld', at('url'));
  for (const [field, keys] of [
    ['publishedAt', ['datePublished', 'dateCreated']],
    ['modifiedAt', ['dateModified']],
  ] as const)
    for (const key of keys) {
      const date = parseDate(textOf(article[key]));
      if (date && !out[field]) out[field] = sourced(date, 'json-ld', at(key));
    }
  const section = textOf(article['articleSection']);
  if (section) out.section = sourced(section, 'json-ld', at('articleSection'));
  const description = textOf(article['description']);
  if (description) out.description = sourced(oneLine(description), 'json-ld', at('description'));
  const lang = normaliseLanguageTag(textOf(article['inLanguage']));
  if (lang) out.language = sourced(lang, 'json-ld', at('inLanguage'));
  return out;
}

function fromOpenGraph(doc: HtmlDocument): PageMetadata {
  const meta = metaIndex(doc);
  const out: PageMetadata = {};
  const first = (...keys: string[]): [string, string] | null => firstMeta(meta, keys);
  const title = first('og:title');
  if (title) out.title = sourced(oneLine(title[0]), 'opengraph', title[1]);
  const site = first('og:site_name');
  if (site) out.outlet = sourced(site[0], 'opengraph', site[1]);
  const url = first('og:url');
  if (url && /^https?:\/\//.test(url[0])) out.canonicalUrl = sourced(url[0], 'opengraph', url[1]);
  const published = firstDate(meta, [
    'article:published_time',
    'og:published_time',
    'og:article:published_time',
  ]);
  if (published) out.publishedAt = sourced(published[0], 'opengraph', published[1]);
  const modified = firstDate(meta, ['article:modified_time', 'og:updated_time', 'og:article:modified_time']);
  if (modified) out.modifiedAt = sourced(modified[0], 'opengraph', modified[1]);
  const section = first('article:section');
  if (section) out.section = sourced(section[0], 'opengraph', section[1]);
  const description = first('og:description');
  if (description) out.description = sourced(oneLine(description[0]), 'opengraph', description[1]);
  const locale = first('og:locale');
  const lang = normaliseLanguageTag(locale?.[0]);
  if (lang) out.language = sourced(lang, 'opengraph', 'og:locale');
  // article:author is often a profile URL; names only.
  const authors = (meta.get('article:author') ?? []).filter((a) => !isUrl(a));
  if (authors.length) out.authors = sourced(splitNames(authors), 'opengraph', 'article:author');
  return out;
}

const META_DATE_KEYS = [
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published-date',
  'article.published',
  'article:published',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.created',
  'dcterms.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'datepublished',
  'originalpublicationdate',
  'cxenseparse:recs:publishtime',
];

function fromMeta(doc: HtmlDocument): PageMetadata {
  const meta = metaIndex(doc);
  const out: PageMetadata = {};
  const first = (...keys: string[]): [string, string] | null => firstMeta(meta, keys);
  const published = firstDate(meta, META_DATE_KEYS);
  if (published) out.publishedAt = sourced(published[0], 'meta', published[1]);
  const modified = firstDate(meta, ['last-modified', 'dcterms.modified', 'dc.date.modified', 'datemodified']);
  if (modified) out.modifiedAt = sourced(modified[0], 'meta', modified[1]);
  for (const key of [
    'author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'dcterms.creator',
    'citation_author',
    'byl',
  ]) {
    const values = (meta.get(key) ?? []).filter((a) => !isUrl(a));
    if (values.length) {
      out.authors = sourced(splitNames(values), 'meta', key);
      break;
    }
  }
  const description = first('description', 'dc.description', 'dcterms.description', 'twitter:description');
  if (description) out.description = sourced(oneLine(description[0]), 'meta', description[1]);
  const section = first('parsely-section', 'article-section', 'section', 'category', 'sailthru.section');
  if (section) out.section = sourced(section[0], 'meta', section[1]);
  const title = first(
    'parsely-title',
    'sailthru.title',
    'twitter:title',
    'dc.title',
    'citation_title',
    'headline',
  );
  if (title) out.title = sourced(oneLine(title[0]), 'meta', title[1]);
  const site = first('application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'citation_publisher');
  if (site) out.outlet = sourced(site[0], 'meta', site[1]);
  for (const key of [
    'content-language',
    'language',
    'dc.language',
    'dcterms.language',
    'citation_language',
  ]) {
    const lang = normaliseLanguageTag(meta.get(key)?.[0]);
    if (lang) {
      out.language = sourced(lang, 'meta', key);
      break;
    }
  }
  return out;
}

/** <time datetime>: the one marked as the publication date, else the first in the article. */
function fromTimeElement(doc: HtmlDocument): PageMetadata {
  for (const [selector, detail] of [
    ['time[pubdate][datetime]', '<time pubdate>'],
    ['time[itemprop="datePublished"][datetime]', '<time itemprop=datePublished>'],
    ['article time[datetime]', '<time> in <article>'],
    ['main time[datetime]', '<time> in <main>'],
  ] as const) {
    const date = parseDate(doc.querySelector(selector)?.getAttribute('datetime') ?? null);
    if (date) return { publishedAt: sourced(date, 'time-element', detail) };
  }
  return {};
}

function fromMarkup(doc: HtmlDocument, pageUrl: string | null): PageMetadata {
  const out: PageMetadata = {};
  const title = doc.querySelector('title')?.textContent;
  if (title?.trim()) out.title = sourced(oneLine(title), 'html', '<title>');
  const canonical = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  const resolved = canonical ? absoluteUrl(canonical, pageUrl) : null;
  if (resolved) out.canonicalUrl = sourced(resolved, 'html', 'link rel=canonical');
  const lang = normaliseLanguageTag(doc.documentElement?.getAttribute('lang'));
  if (lang) out.language = sourced(lang, 'html', '<html lang>');
  for (const el of doc.querySelectorAll(
    'a[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline__name, .author-name',
  )) {
    const name = oneLine(el.textContent ?? '').replace(/^by\s+/i, '');
    if (name && name.length < 80) {
      out.authors = sourced([name], 'html', 'byline markup');
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** Every <meta> tag's contents by its property, name, itemprop or http-equiv (lower-cased), read once per page. */
const metaCache = new WeakMap<object, Map<string, string[]>>();
function metaIndex(doc: HtmlDocument): Map<string, string[]> {
  let index = metaCache.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(content);
      else index.set(key, [content]);
    }
  }
  metaCache.set(doc, index);
  return index;
}

function firstMeta(meta: Map<string, string[]>, keys: readonly string[]): [string, string] | null {
  for (const key of keys) {
    const v = meta.get(key)?.[0];
    if (v) return [v, key];
  }
  return null;
}

/** The first of the keys whose content parses as a date, normalised; invalid dates are skipped. */
function firstDate(meta: Map<string, string[]>, keys: readonly string[]): [string, string] | null {
  for (const key of keys)
    for (const v of meta.get(key) ?? []) {
      const date = parseDate(v);
      if (date) return [date, key];
    }
  return null;
}

function sourced<T>(value: T, source: Provenance, detail: string): Sourced<T> {
  return { value, source, detail };
}

function isEmpty(v: unknown): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function asNode(v: unknown): JsonLdNode | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonLdNode) : null;
}

function isUrl(s: string): boolean {
  return /^(?:https?:)?\/\//i.test(s.trim());
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function parseDate(s: string | null | undefined): string | null {
  return s ? parseMetadataDate(s) : null;
}

/** JSON-LD author / creator: a name, a Person or Organization object, or an array of them. */
function personNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const names = list
    .map((a) => textOf(a))
    .filter((a): a is string => !!a && !isUrl(a))
    .map((a) => oneLine(a).replace(/^by\s+/i, ''));
  return unique(names.filter(Boolean));
}

/** "By Ann Reporter and Bo Writer", "Ann Reporter, Bo Writer" → ["Ann Reporter", "Bo Writer"]. */
export function splitNames(values: readonly string[]): string[] {
  return unique(
    values.flatMap((v) =>
      oneLine(v)
        .replace(/^by\s+/i, '')
        .split(/\s*(?:,|;|\band\b|&)\s*/i)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  );
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function absoluteUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null; // a relative URL without a page URL to resolve it against
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "Leaders meet | Example Times" → "Leaders meet" when the suffix (or prefix) is the site's name. */
export function stripSiteSuffix(title: string, site: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (sameSite(last, site)) return title.slice(0, title.length - last.length).replace(TRAILING_SEPARATOR, '');
  if (sameSite(first, site)) return title.slice(first.length).replace(LEADING_SEPARATOR, '');
  return title;
}

const SEPARATOR = /\s+[|–—·•»-]\s+/;
const TRAILING_SEPARATOR = /\s+[|–—·•»-]\s*$/;
const LEADING_SEPARATOR = /^\s*[|–—·•»-]\s+/;

/** "Example Times" ~ "The Example Times" ~ "ExampleTimes.com": one contains the other, and most of it. */
function sameSite(part: string, site: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '')
      .replace(/^the/, '');
  const a = norm(part);
  const b = norm(site);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return (
    short.length >= 2 &&
    long.includes(short) &&
    (short === long || (short.length >= 4 && short.length >= long.length / 2))
  );
}
