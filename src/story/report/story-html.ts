// A story as one self-contained HTML file: the web UI's story page with its stylesheet inlined and no script,
// so it reads the same offline, attached to an email or archived.
import type { Store } from '../../store/store.js';
import type { StoryView } from '../../model.js';
import { loadStory } from '../../server/story-data.js';
import { storyPage } from '../../server/pages/story.js';
import { STYLESHEET } from '../../server/style.js';

export async function storyReportHtml(store: Store, view: StoryView): Promise<string> {
  const loaded = await loadStory(store, view.storyId);
  if (!loaded) throw new Error(`story ${view.storyId} is no longer in the store`);
  const page = storyPage({ ...loaded, view, since: null, complete: true });
  return page
    .replace(/<link rel="stylesheet" href="\/assets\/style\.css"\s*\/?>/, `<style>${STYLESHEET}</style>`)
    .replace(/<script src="\/assets\/app\.js" defer><\/script>/, '');
}
