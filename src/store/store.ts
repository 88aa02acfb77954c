// The Store interface: the only shared state between stages. SQLite implements it today; PostgreSQL later.
import type {
  Analysis,
  Article,
  ArticleLink,
  IngestFailure,
  RawInput,
  StoreEntity,
  StoryMerge,
  StorySummary,
} from '../model.js';

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

export interface StoryQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  language?: string;
  /** Only stories that mention this global entity id. */
  entity?: string;
  /** Only stories seen on or after / before this ISO date. */
  since?: string;
  until?: string;
}

export interface EntityQuery {
  limit?: number;
  offset?: number;
  type?: string;
  /** Name or alias prefix. */
  q?: string;
}

/** A global entity as the link stage hands it to the store after an article touched it. */
export type EntityWrite = Omit<StoreEntity, 'articleCount' | 'storyCount'>;

/** Everything the link stage writes for one article, in one transaction. */
export interface LinkWrite {
  link: ArticleLink;
  /** Stories folded into others because of this article. */
  merges: StoryMerge[];
  /**
   * Entities the article touched (created or given new aliases), with the article's mentions of each;
   * `unchanged` when the entity is as an earlier write gave it (only the mentions need writing).
   */
  entities: { entity: EntityWrite; mentions: number; unchanged?: boolean }[];
}

/** A snapshot of a link-stage component's state, and the last link seq it includes. */
export interface LinkStateSnapshot {
  seq: number;
  json: string;
}

export type SaveResult = { status: 'inserted'; id: string } | { status: 'known'; id: string };

export interface Store {
  /** Stores the article and its raw input unless an article with the same id or the same text is known. */
  saveArticle(article: Article, raw: RawInput): Promise<SaveResult>;
  /** Records a failed input (once per origin, stage and reason; repeats bump its count). */
  recordFailure(failure: IngestFailure, raw?: RawInput | null): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  /** The clean texts of the given articles (those stored), in one read: for citation excerpts. */
  articleTexts(ids: readonly string[]): Promise<Map<string, string>>;
  /** Stores (or replaces) the analysis of a stored article. */
  /** `json`, when given, is JSON.stringify(analysis) already made (the store may keep it instead). */
  putAnalysis(analysis: Analysis, json?: string): Promise<void>;
  getAnalysis(articleId: string): Promise<Analysis | null>;
  getRaw(id: string): Promise<RawInput | null>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(query?: Omit<ArticleQuery, 'limit' | 'offset'>): Promise<number>;
  searchArticles(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  listFailures(options?: { limit?: number }): Promise<StoredFailure[]>;
  /** The outlets and languages present, most frequent first, for filters. */
  facets(): Promise<{ outlets: string[]; languages: string[] }>;
  getFeedState(url: string): Promise<FeedState | null>;

  // Linking
  /** Saves an article's link, the merges it caused and the entities it touched; refreshes the story's counts. */
  saveLink(write: LinkWrite): Promise<void>;
  getLink(articleId: string): Promise<ArticleLink | null>;
  /** The highest link seq stored (0 when none). */
  lastLinkSeq(): Promise<number>;
  /** Removes links with seq > `seq` (and the merges and counts they made), so they can be redone from a snapshot. */
  unlinkAfter(seq: number): Promise<void>;
  /** Ids of stored, analysed articles that have no link yet, in ingestion order. */
  unlinkedArticleIds(limit?: number): Promise<string[]>;
  getLinkState(name: string): Promise<LinkStateSnapshot | null>;
  putLinkState(name: string, snapshot: LinkStateSnapshot): Promise<void>;

  // Stories
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  countStories(query?: Omit<StoryQuery, 'limit' | 'offset'>): Promise<number>;
  /** A story by id; the id of a story merged away gives the story it was merged into. */
  getStory(id: string): Promise<StorySummary | null>;
  /** The story's links in arrival order. */
  storyLinks(storyId: string): Promise<ArticleLink[]>;
  listMerges(storyId: string): Promise<StoryMerge[]>;
  putStoryView(
    storyId: string,
    view: { version: number; headline: string | null; json: string },
  ): Promise<void>;
  getStoryView(storyId: string): Promise<{ version: number; builtAt: string; json: string } | null>;
  /** The version and build time of a story's stored view, without the view: enough to key a page cache. */
  getStoryViewStamp(storyId: string): Promise<{ version: number; builtAt: string } | null>;

  // Entities
  listEntities(query?: EntityQuery): Promise<StoreEntity[]>;
  getEntity(id: string): Promise<StoreEntity | null>;
  /** Articles that mention the entity, newest first. */
  entityArticleIds(id: string, options?: { limit?: number }): Promise<string[]>;

  putFeedState(state: FeedState): Promise<void>;
  /**
   * Runs `fn` with the store's writes grouped into fewer, larger transactions (each write still atomic on its
   * own): for bulk ingestion. Optional: a store without it writes each as it comes.
   */
  writeBatch?<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
