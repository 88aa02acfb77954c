// JSON-LD (<script type="application/ld+json">): every node of every block, through arrays and @graph, and
// the node that describes the article.
import type { HtmlDocument } from './dom.js';

export type JsonLdNode = Record<string, unknown>;

/** Article types, most specific first; a plain WebPage is used only when nothing better is there. */
const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
]);

/** Every JSON-LD node in the page, read once per document; blocks that are not valid JSON are skipped. */
export function readJsonLd(doc: HtmlDocument): JsonLdNode[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = (script.textContent ?? '').trim();
    if (!source) continue;
    try {
      collect(JSON.parse(source), nodes);
    } catch {
      // Invalid JSON-LD is common: the other metadata layers still apply.
    }
  }
  cache.set(doc, nodes);
  return nodes;
}

const cache = new WeakMap<object, JsonLdNode[]>();

function collect(v: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object') {
    const node = v as JsonLdNode;
    out.push(node);
    if (node['@graph']) collect(node['@graph'], out);
    // WebPage.mainEntity often holds the article itself.
    const main = node['mainEntity'];
    if (main && typeof main === 'object' && !Array.isArray(main) && (main as JsonLdNode)['@type'])
      collect(main, out);
  }
}

export function types(node: JsonLdNode | undefined): string[] {
  return [node?.['@type']].flat().filter((t): t is string => typeof t === 'string');
}

/** The node describing the article: an article type first, else a WebPage. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return (
    nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.has(t))) ??
    nodes.find((n) => types(n).includes('WebPage')) ??
    null
  );
}

/** The text value of a JSON-LD property: a string, the first of an array, or an object's name / @value. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textOf(x);
      if (t) return t;
    }
    return null;
  }
  if (v && typeof v === 'object') return textOf((v as JsonLdNode)['name'] ?? (v as JsonLdNode)['@value']);
  return null;
}

/** The article's own full text (`articleBody`), when the page publishes it. */
export function articleBody(nodes: readonly JsonLdNode[]): string | null {
  const node = articleNode(nodes);
  const own = textOf(node?.['articleBody']);
  if (own) return own;
  for (const n of nodes) {
    const body = textOf(n['articleBody']);
    if (body) return body;
  }
  return null;
}
