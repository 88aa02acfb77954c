// Keeps stories current after articles arrive outside a batch run (the write API, the feed watcher): links every
// stored article not linked yet, in arrival order, then rebuilds the views of the stories that changed.
// Calls are serialised; the linker is kept between calls and re-opened when another process linked meanwhile.
import { Linker } from '../link/linker.js';
import type { Store } from '../store/store.js';
import { rebuildStoryViews } from '../story/rebuild-views.js';

export type StoryUpdater = (articleIds?: readonly string[]) => Promise<void>;

export function storyUpdater(store: Store): StoryUpdater {
  let linker: Linker | null = null;
  let queue: Promise<void> = Promise.resolve();
  const run = async () => {
    if (!linker || linker.lastSeq !== (await store.lastLinkSeq())) linker = await Linker.open(store);
    const links = await linker.linkPending();
    await rebuildStoryViews(store, links);
  };
  return () => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
}
