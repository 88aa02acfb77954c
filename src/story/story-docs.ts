// Loads what synthesis needs for one story from the store: each linked article with its analysis and link.
import type { StoryDoc } from '../model.js';
import type { Store } from '../store/store.js';

export async function loadStoryDocs(store: Store, storyId: string): Promise<StoryDoc[]> {
  const links = await store.storyLinks(storyId);
  const docs: StoryDoc[] = [];
  for (const link of links) {
    const [article, analysis] = await Promise.all([
      store.getArticle(link.articleId),
      store.getAnalysis(link.articleId),
    ]);
    if (article && analysis) docs.push({ article, analysis, link });
  }
  return docs;
}
