// The date a story uses for an article: its publication date from metadata, else the day inferred from its text
// (when the analysis was confident), else the time it was ingested — always saying which.
import type { Analysis, Article, ArticleLink } from '../model.js';

export function articleDate(
  article: Pick<Article, 'metadata' | 'ingestedAt'>,
  analysis: Pick<Analysis, 'publication'> | null,
): ArticleLink['date'] {
  const published = article.metadata.publishedAt.value;
  if (published && !Number.isNaN(Date.parse(published))) return { value: published, source: 'metadata' };
  const p = analysis?.publication;
  if (p && !Number.isNaN(Date.parse(p.value))) return { value: p.value, source: p.source };
  return { value: article.ingestedAt, source: 'ingested' };
}
