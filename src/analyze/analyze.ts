// analyze(article) → Analysis: every finder run over the clean text. Pure and deterministic.
import type { Analysis, Article } from '../model.js';
import { findCitedSources } from './citations.js';
import { resolveEntities } from './entities/coref.js';
import { recognizeNames } from './ner/recognize.js';
import { findQuotes } from './quotes/find-quotes.js';
import { scoreOpinion } from './opinion.js';
import { findQuantities } from './quantities.js';
import { segment } from './sentences.js';
import { findTimes } from './time/find-times.js';
import { inferPublicationDate } from './time/publication.js';

/** Bump when any finder changes what it produces, so stored analyses are recomputed. */
export const ANALYZER_VERSION = 9;

/**
 * The part of an article the analyzer reads. The publication date comes from `publishedAt`, else from
 * `metadata.publishedAt` (a stored Article); without either it is inferred from the text when confident.
 */
export type AnalyzableArticle = Pick<Article, 'id' | 'text' | 'paragraphs'> & {
  publishedAt?: string | null;
  metadata?: { publishedAt?: { value: string | null } };
};

/** The article's date from its metadata, if it has one. */
function metadataDate(article: AnalyzableArticle): string | null {
  const value = article.publishedAt ?? article.metadata?.publishedAt?.value ?? null;
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value : null;
}

export function analyze(article: AnalyzableArticle): Analysis {
  const { text } = article;
  const segmentation = segment(text, article.paragraphs);
  const { sentences, tokens } = segmentation;
  const { entities, mentions } = resolveEntities(text, recognizeNames(text, segmentation));
  const publicationInference = inferPublicationDate(text);
  const fromMetadata = metadataDate(article);
  const publication = fromMetadata
    ? { value: fromMetadata, source: 'metadata' as const }
    : publicationInference.date
      ? { value: publicationInference.date, source: 'inferred' as const }
      : null;
  return {
    articleId: article.id,
    version: ANALYZER_VERSION,
    sentences,
    tokenCount: tokens.length,
    entities,
    mentions,
    quotes: findQuotes(text, sentences, { entities, mentions }),
    quantities: findQuantities(text),
    citedSources: findCitedSources(text),
    opinion: scoreOpinion(text, sentences),
    times: findTimes(text, { reference: publication?.value ?? null, sentences }),
    publication,
    publicationInference,
  };
}
