// One document made ready to store: its clean article (cleaning, metadata, language) and the article's analysis.
// Both are pure functions of the document, so they run wherever the analyzer runs (a worker thread when there are
// several cores): the thread that stores and links the articles then does only that.
import { analyze } from '../analyze/analyze.js';
import { buildArticle } from '../ingest/build-article.js';
import { describeFailure, type IngestStage } from '../ingest/errors.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Analysis, Article } from '../model.js';

export type PreparedArticle =
  | { status: 'prepared'; article: Article; analysis: Analysis | null; analysisError: string | null }
  | { status: 'failed'; stage: IngestStage; reason: string };

export function prepareArticle(doc: SourceDocument, now: Date): PreparedArticle {
  let article: Article;
  try {
    article = buildArticle(doc, now);
  } catch (e) {
    return { status: 'failed', ...describeFailure(e, 'extract') };
  }
  try {
    return { status: 'prepared', article, analysis: analyze(article), analysisError: null };
  } catch (e) {
    return { status: 'prepared', article, analysis: null, analysisError: (e as Error).message };
  }
}
