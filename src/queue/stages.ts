// The stateful and per-story stages the worker runs, handed in by whoever builds the worker, so the queue does
// not depend on how linking and synthesis are implemented.
import type { Store } from '../store/store.js';

export interface LinkStage {
  /** Links every analysed, unlinked article the store lists, in its order; returns the stories touched. */
  linkPending(store: Store): Promise<{ linked: number; storyIds: string[] }>;
}

export interface SynthesisStage {
  /** Builds and stores one story's view. */
  rebuild(store: Store, storyId: string): Promise<void>;
}

export interface Stages {
  link?: LinkStage;
  synthesize?: SynthesisStage;
}
