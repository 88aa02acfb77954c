// analyze(article) → Analysis: every finder run over the clean text. Pure and deterministic.
import type { Analysis, Article } from '../model.js';
import { findCitedSources } from './citations.js';
import { resolveEntities } from './entities/coref.js';
import { recognizeNames } from './ner/recognize.js';
import { findQuotes } from './quotes/find-quotes.js';
import { scoreOpinion } from './opinion.js';
import { findQuantities } from './quantities.js';
import { segment } from './sentences.js';

/** Bump when any finder changes what it produces, so stored analyses are recomputed. */
export const ANALYZER_VERSION = 3;

/** The part of an article the analyzer reads. */
export type AnalyzableArticle = Pick<Article, 'id' | 'text' | 'paragraphs'>;

export function analyze(article: AnalyzableArticle): Analysis {
  const { text } = article;
  const segmentation = segment(text, article.paragraphs);
  const { sentences, tokens } = segmentation;
  const { entities, mentions } = resolveEntities(text, recognizeNames(text, segmentation));
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
  };
}
