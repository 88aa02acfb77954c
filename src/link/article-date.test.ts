import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../store/store-contract.js';
import { articleDate } from './article-date.js';

describe('articleDate', () => {
  const { article } = sampleArticle('Some text.');
  const noDate = {
    ...article,
    metadata: { ...article.metadata, publishedAt: { value: null, source: 'unknown' as const } },
  };

  it('prefers metadata, then the inferred day, then the ingestion time', () => {
    expect(articleDate(article, null)).toEqual({ value: '2023-03-20', source: 'metadata' });
    expect(articleDate(noDate, { publication: { value: '2023-03-21', source: 'inferred' } })).toEqual({
      value: '2023-03-21',
      source: 'inferred',
    });
    expect(articleDate(noDate, { publication: null })).toEqual({
      value: article.ingestedAt,
      source: 'ingested',
    });
  });

  it('ignores a metadata date that does not parse', () => {
    const bad = {
      ...article,
      metadata: { ...article.metadata, publishedAt: { value: 'soon', source: 'record' as const } },
    };
    expect(articleDate(bad, null).source).toBe('ingested');
  });
});
