// Rebuilds and stores the views of the stories some links touched: once per story however many articles it
// gained (coalesced), following merges to the story that absorbed them.
import type { ArticleLink } from '../model.js';
import type { Store } from '../store/store.js';
import { loadStoryDocs } from './story-docs.js';
import { synthesize, SYNTHESIS_VERSION } from './synthesize.js';

export async function rebuildStoryViews(
  store: Store,
  links: readonly Pick<ArticleLink, 'storyId'>[],
): Promise<string[]> {
  const ids = new Set<string>();
  for (const l of links) {
    const story = await store.getStory(l.storyId);
    if (story) ids.add(story.id);
  }
  for (const id of ids) await rebuildStoryView(store, id);
  return [...ids];
}

/** Synthesises one story from its stored articles and stores the view. */
export async function rebuildStoryView(store: Store, storyId: string): Promise<void> {
  const docs = await loadStoryDocs(store, storyId);
  if (docs.length === 0) return;
  const view = synthesize(storyId, docs);
  await store.putStoryView(storyId, {
    version: SYNTHESIS_VERSION,
    headline: view.headline,
    json: JSON.stringify(view),
  });
}
