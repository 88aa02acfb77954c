// The main job of `storyline ingest`, `demo` and the write API: store and analyse the inputs (analysis on every
// core), link each new article in arrival order, then rebuild the views of the stories that changed.
import type { ArticleLink, IngestOutcome } from '../model.js';
import type { DocumentContext } from '../ingest/documents.js';
import { Linker } from '../link/linker.js';
import type { Store } from '../store/store.js';
import { rebuildStoryViews } from '../story/rebuild-views.js';
import { createAnalyzer, type Analyzer } from './analyzer.js';
import { ingestInputs, type IngestProgress } from './ingest.js';

export interface IngestAndLinkOptions {
  /** Where analysis runs (default: a worker pool with one thread per core). */
  analyzer?: Analyzer;
  /** Skip rebuilding story views (a worker fleet coalesces them as jobs instead). */
  skipViews?: boolean;
  onLinked?(link: ArticleLink): void;
}

export interface IngestAndLinkResult {
  outcomes: IngestOutcome[];
  /** Articles linked. The links themselves are in the store (and passed to `onLinked`): a bulk run of many
   * thousands does not hold them all in memory. */
  linked: number;
  /** Stories the links went to, as the link stage gave them (before later merges), in first-link order. */
  linkedStories: string[];
  /** Stories whose views were rebuilt. */
  stories: string[];
}

export async function ingestAndLink(
  inputs: readonly string[],
  store: Store,
  ctx: DocumentContext,
  progress: IngestProgress = {},
  options: IngestAndLinkOptions = {},
): Promise<IngestAndLinkResult> {
  const analyzer = options.analyzer ?? createAnalyzer();
  let linked = 0;
  const linkedStories = new Set<string>();
  const onLinked = (link: ArticleLink) => {
    linked++;
    linkedStories.add(link.storyId);
    options.onLinked?.(link);
  };
  // Bulk writes: many articles per transaction (see Store.writeBatch); the views are rebuilt after.
  const batched = <T>(fn: () => Promise<T>): Promise<T> => (store.writeBatch ? store.writeBatch(fn) : fn());
  try {
    const linker = await Linker.open(store, { now: ctx.now });
    const outcomes = await batched(async () => {
      // Articles stored by an earlier run that stopped before linking them come first: they arrived first.
      await linker.linkPending(onLinked);
      const done = await ingestInputs(inputs, store, ctx, progress, { analyzer, linker, onLinked });
      await linker.snapshot();
      return done;
    });
    const stories = options.skipViews
      ? []
      : await rebuildStoryViews(
          store,
          [...linkedStories].map((storyId) => ({ storyId })),
        );
    return { outcomes, linked, linkedStories: [...linkedStories], stories };
  } finally {
    if (!options.analyzer) await analyzer.close();
  }
}
