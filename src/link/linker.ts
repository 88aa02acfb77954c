// The link stage: for each stored, analysed article in arrival order it finds the copy it is of (if any), the wire
// it comes from, its independent-source identity, the global identity of each entity, and the story it joins; it
// writes all of that in one transaction and keeps its state in snapshots so a restart resumes where it stopped.
import type { Analysis, Article, ArticleLink } from '../model.js';
import type { LinkWrite, Store } from '../store/store.js';
import { StoryClusterer } from './cluster/story-clusterer.js';
import { clusterDocFrom } from './cluster/cluster-doc.js';
import { loadHasher, type Hasher } from './dedupe/hasher.js';
import { NearDuplicateIndex } from './dedupe/near-duplicate-index.js';
import { EntityRegistry } from './entities/entity-registry.js';
import { articleDate } from './article-date.js';
import { sourceKeyOf } from './source-key.js';
import { findWireOrigin } from './wire-origin.js';

/** Name of the link-state snapshot in the store. */
export const LINK_STATE = 'linker';
const STATE_VERSION = 1;

export interface LinkerOptions {
  /** Take a state snapshot after this many links (and at the end of every batch). */
  snapshotEvery?: number;
  /** The clock for `linkedAt` (tests pin it). */
  now?: () => Date;
}

interface LinkerState {
  version: number;
  dedupe: unknown;
  entities: unknown;
  clusterer: unknown;
}

export class Linker {
  private sinceSnapshot = 0;
  private seq: number;

  private constructor(
    private readonly store: Store,
    private readonly hasher: Hasher,
    private dedupe: NearDuplicateIndex,
    private entities: EntityRegistry,
    private clusterer: StoryClusterer,
    seq: number,
    private readonly options: LinkerOptions,
  ) {
    this.seq = seq;
  }

  /**
   * Opens the linker on a store: restores the last snapshot and undoes links made after it (they are redone
   * by the next `linkPending`), so the state always matches the stored links.
   */
  static async open(store: Store, options: LinkerOptions = {}): Promise<Linker> {
    const hasher = await loadHasher();
    const snapshot = await store.getLinkState(LINK_STATE);
    let state: LinkerState | null = null;
    if (snapshot) {
      const parsed = JSON.parse(snapshot.json) as LinkerState;
      if (parsed.version === STATE_VERSION) state = parsed;
    }
    const seq = state && snapshot ? snapshot.seq : 0;
    if ((await store.lastLinkSeq()) > seq) await store.unlinkAfter(seq);
    return new Linker(
      store,
      hasher,
      state ? NearDuplicateIndex.fromJSON(hasher, state.dedupe) : new NearDuplicateIndex(hasher),
      state ? EntityRegistry.fromJSON(state.entities) : new EntityRegistry(),
      state ? StoryClusterer.fromJSON(state.clusterer) : new StoryClusterer(),
      seq,
      options,
    );
  }

  /** Links one article (stored and analysed) as the next arrival; returns the link written. */
  async link(article: Article, analysis: Analysis): Promise<ArticleLink> {
    const seq = this.seq + 1;
    const date = articleDate(article, analysis);
    const at = Date.parse(date.value);
    const duplicate = this.dedupe.find(article.text);
    const original = duplicate ? await this.store.getLink(duplicate.articleId) : null;
    const wireOrigin = findWireOrigin(article);
    const sourceKey = original?.sourceKey ?? sourceKeyOf(article, wireOrigin);
    const { ids: entityIds, touched } = this.entities.resolve(analysis, {
      articleId: article.id,
      date: date.value,
      text: article.text,
    });
    const doc = clusterDocFrom(article, analysis, { entityIds, date: at, dated: date.source !== 'ingested' });
    const forcedInto = original
      ? ((await this.store.getStory(original.storyId))?.id ?? original.storyId)
      : null;
    const decision = this.clusterer.add(doc, forcedInto ? { forceStory: forcedInto } : undefined);
    this.dedupe.add(article.id, article.text, at);
    const link: ArticleLink = {
      articleId: article.id,
      seq,
      storyId: decision.storyId,
      duplicateOf: duplicate && original ? duplicate : null,
      wireOrigin,
      sourceKey,
      entityIds,
      date,
      explanation:
        duplicate && original
          ? {
              ...decision.explanation,
              kind: 'forced',
              reason: `copy of ${duplicate.articleId} (estimated Jaccard ${duplicate.similarity.toFixed(2)})`,
            }
          : decision.explanation,
      linkedAt: (this.options.now?.() ?? new Date()).toISOString(),
    };
    const write: LinkWrite = { link, merges: decision.merges, entities: touched };
    await this.store.saveLink(write);
    this.seq = seq;
    if (++this.sinceSnapshot >= (this.options.snapshotEvery ?? 2000)) await this.snapshot();
    return link;
  }

  /**
   * Links every stored, analysed article that has no link yet, in ingestion order; calls `onLinked` after each.
   * Returns the links made. Takes a snapshot at the end.
   */
  async linkPending(onLinked?: (link: ArticleLink) => void): Promise<ArticleLink[]> {
    const links: ArticleLink[] = [];
    for (;;) {
      const ids = await this.store.unlinkedArticleIds(1000);
      if (ids.length === 0) break;
      for (const id of ids) {
        const [article, analysis] = await Promise.all([
          this.store.getArticle(id),
          this.store.getAnalysis(id),
        ]);
        if (!article || !analysis) continue;
        const link = await this.link(article, analysis);
        links.push(link);
        onLinked?.(link);
      }
    }
    await this.snapshot();
    return links;
  }

  /** Stores the state, tagged with the last link it includes. */
  async snapshot(): Promise<void> {
    const state: LinkerState = {
      version: STATE_VERSION,
      dedupe: this.dedupe.toJSON(),
      entities: this.entities.toJSON(),
      clusterer: this.clusterer.toJSON(),
    };
    await this.store.putLinkState(LINK_STATE, { seq: this.seq, json: JSON.stringify(state) });
    this.sinceSnapshot = 0;
  }

  /** The seq of the last link this linker made or restored. */
  get lastSeq(): number {
    return this.seq;
  }

  /** The hasher, for callers that need the same shingle hashing (tests, tools). */
  get shingleHasher(): Hasher {
    return this.hasher;
  }
}
