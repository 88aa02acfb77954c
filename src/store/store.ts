// The Store interface: the only shared state between stages. SQLite implements it today; PostgreSQL later.
import type { Analysis, Article, IngestFailure, RawInput } from '../model.js';

/** One row of an article listing: what the list pages and `storyline articles` show. */
export interface ArticleSummary {
  id: string;
  origin: string;
  title: string | null;
  /** Where the title came from ("inferred" when made from the first sentence). */
  titleSource: string;
  outlet: string | null;
  outletSource: string;
  publishedAt: string | null;
  publishedAtSource: string;
  language: string | null;
  wordCount: number;
  ingestedAt: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** Excerpt around the match; matched terms wrapped in «» markers (callers escape and highlight). */
  snippet: string;
  rank: number;
}

export interface ArticleQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  language?: string;
}

/** A failure as stored: the failure plus how often it has been seen. */
export interface StoredFailure extends IngestFailure {
  count: number;
}

/** HTTP validators remembered per feed for conditional GET. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string;
}

export type SaveResult = { status: 'inserted'; id: string } | { status: 'known'; id: string };

export interface Store {
  /** Stores the article and its raw input unless an article with the same id or the same text is known. */
  saveArticle(article: Article, raw: RawInput): Promise<SaveResult>;
  /** Records a failed input (once per origin, stage and reason; repeats bump its count). */
  recordFailure(failure: IngestFailure, raw?: RawInput | null): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  /** Stores (or replaces) the analysis of a stored article. */
  putAnalysis(analysis: Analysis): Promise<void>;
  getAnalysis(articleId: string): Promise<Analysis | null>;
  getRaw(id: string): Promise<RawInput | null>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(query?: Omit<ArticleQuery, 'limit' | 'offset'>): Promise<number>;
  searchArticles(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  listFailures(options?: { limit?: number }): Promise<StoredFailure[]>;
  /** The outlets and languages present, most frequent first, for filters. */
  facets(): Promise<{ outlets: string[]; languages: string[] }>;
  getFeedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  close(): Promise<void>;
}
