// Evaluation texts → ClusterDocs along the real path: build the Article as ingestion does (clean text, metadata),
// run analyze(), then clusterDocFrom(). Texts too short to ingest are still clustered, from their raw text.
import { analyze } from '../../analyze/analyze.js';
import { sha256 } from '../../ingest/article-id.js';
import { buildArticle, mergeMetadata } from '../../ingest/build-article.js';
import type { MetadataHints } from '../../ingest/source-document.js';
import { clusterDocFrom, type ClusterDoc } from '../../link/cluster/cluster-doc.js';
import type { Article } from '../../model.js';

export interface StreamText {
  id: string;
  text: string;
  title?: string | null;
  /** ISO 8601; when absent the article is dated by its arrival (`arrivalDate`). */
  publishedAt?: string | null;
  outlet?: string | null;
}

/** The date an undated article gets: its arrival, one second after the one before. */
export function arrivalDate(index: number): number {
  return Date.UTC(2000, 0, 1) + index * 1000;
}

export function articleFromText(t: StreamText): Article {
  const hints: MetadataHints = {};
  if (t.title) hints.title = { value: t.title, source: 'record' };
  if (t.outlet) hints.outlet = { value: t.outlet, source: 'record' };
  if (t.publishedAt) hints.publishedAt = { value: t.publishedAt, source: 'record' };
  const origin = `eval#${t.id}`;
  const raw = {
    id: sha256(t.text),
    origin,
    kind: 'jsonl' as const,
    mediaType: null,
    body: t.text,
    fetchedAt: '',
  };
  try {
    return buildArticle(
      { origin, kind: 'jsonl', raw, body: { format: 'text', text: t.text, title: null }, hints: [hints] },
      new Date(0),
    );
  } catch {
    // Too short (or empty after cleaning) to ingest: keep the raw text so that it still gets a story.
    const text = t.text.trim();
    return {
      id: t.id,
      origin,
      kind: 'jsonl',
      title: t.title ?? null,
      text,
      paragraphs: [{ start: 0, end: text.length }],
      metadata: mergeMetadata([hints]),
      wordCount: text.split(/\s+/).filter(Boolean).length,
      cleaning: { removed: [], repairs: [] },
      rawId: raw.id,
      ingestedAt: new Date(0).toISOString(),
    };
  }
}

/**
 * The linker's date rule: the publication date (metadata, else inferred from the text by analyze()), else the
 * arrival, which is marked undated.
 */
export function clusterDocsOf(texts: readonly StreamText[]): ClusterDoc[] {
  return texts.map((t, i) => {
    const article = { ...articleFromText(t), id: t.id };
    const analysis = analyze(article);
    const published = analysis.publication ? Date.parse(analysis.publication.value) : NaN;
    const dated = Number.isFinite(published);
    return clusterDocFrom(article, analysis, { date: dated ? published : arrivalDate(i), dated });
  });
}
