// The link and synthesis stages a worker runs: the linker (src/link/linker.ts) and story synthesis
// (src/story/rebuild-views.ts). The linker's in-memory state is kept between link jobs and reopened from its
// snapshot whenever another process linked since (the stored last link seq moved).
import { Linker } from '../link/linker.js';
import { rebuildStoryView } from '../story/rebuild-views.js';
import type { Store } from '../store/store.js';
import type { Stages } from './stages.js';

export function pipelineStages(): Stages {
  let cached: { linker: Linker; seq: number } | null = null;
  return {
    link: {
      async linkPending(store: Store) {
        const seq = await store.lastLinkSeq();
        if (!cached || cached.seq !== seq) cached = { linker: await Linker.open(store), seq };
        let links;
        try {
          links = await cached.linker.linkPending();
        } catch (e) {
          cached = null;
          throw e;
        }
        cached.seq = await store.lastLinkSeq();
        return { linked: links.length, storyIds: links.map((l) => l.storyId) };
      },
    },
    synthesize: { rebuild: (store, storyId) => rebuildStoryView(store, storyId) },
  };
}
