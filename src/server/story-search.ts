// Story search: the stories holding the articles that full-text search finds, most matching articles first.
import type { Store, SearchHit } from '../store/store.js';
import type { StoryHit } from './pages/search.js';

export async function searchStories(
  store: Store,
  hits: readonly SearchHit[],
  limit = 10,
): Promise<StoryHit[]> {
  const counts = new Map<string, { matches: number; best: number }>();
  const links = await Promise.all(hits.map((h) => store.getLink(h.id)));
  links.forEach((link, i) => {
    if (!link) return;
    const c = counts.get(link.storyId) ?? { matches: 0, best: i };
    c.matches++;
    counts.set(link.storyId, c);
  });
  const out: StoryHit[] = [];
  const seen = new Set<string>();
  const ranked = [...counts.entries()].sort((a, b) => b[1].matches - a[1].matches || a[1].best - b[1].best);
  for (const [id, c] of ranked) {
    const story = await store.getStory(id);
    // A story merged into another is found under the one it became.
    if (!story || seen.has(story.id)) continue;
    seen.add(story.id);
    out.push({ story, matches: c.matches });
    if (out.length >= limit) break;
  }
  return out;
}
