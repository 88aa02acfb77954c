// analyze(article) → Analysis: every finder run over the clean text. Pure and deterministic.
import type { Analysis, Article } from '../model.js';
import { findCitedSources } from './citations.js';
import { scoreOpinion } from './opinion.js';
import { findQuantities } from './quantities.js';
import { segment } from './sentences.js';

/** Bump when any finder changes what it produces, so stored analyses are recomputed. */
export const ANALYZER_VERSION = 1;

/** The part of an article the analyzer reads. */
export type AnalyzableArticle = Pick<Article, 'id' | 'text' | 'paragraphs'>;

export function analyze(article: AnalyzableArticle): Analysis {
  const { text } = article;
  const { sentences, tokens } = segment(text, article.paragraphs);
  return {
    articleId: article.id,
    version: ANALYZER_VERSION,
    sentences,
    tokenCount: tokens.length,
    quantities: findQuantities(text),
    citedSources: findCitedSources(text),
    opinion: scoreOpinion(text, sentences),
  };
}
