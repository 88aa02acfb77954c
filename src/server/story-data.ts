// Loading a story for the page, the API and its feed: the synthesised view when there is one, else a view built
// from the story's articles. Read from the store on every request, so new articles show without a restart.
import type { Analysis, StorySummary, StoryView } from '../model.js';
import type { Store } from '../store/store.js';
import { fallbackStoryView, type StoryArticle } from './story-fallback.js';

export interface LoadedStory {
  story: StorySummary;
  view: StoryView;
  fallback: boolean;
  builtAt: string | null;
  /** Clean text of each article of the story, for citation excerpts. */
  texts: Map<string, string>;
}

/** Parses a stored view; null when it is not a StoryView (a corrupt or foreign row is not worth a 500). */
export function parseStoryView(json: string): StoryView | null {
  try {
    const v = JSON.parse(json) as Partial<StoryView>;
    return v &&
      typeof v === 'object' &&
      typeof v.storyId === 'string' &&
      Array.isArray(v.articles) &&
      v.summary
      ? (v as StoryView)
      : null;
  } catch {
    return null;
  }
}

/** What a synthesised story page depends on; null for a story without a view (its page reads analyses too). */
export function storyPageKey(
  story: StorySummary,
  stored: { version: number; builtAt: string } | null,
  extra: string,
): string | null {
  return stored
    ? `${story.id}|${story.updatedAt}|${story.articleCount}|${story.sourceCount}|${stored.version}|${stored.builtAt}|${extra}`
    : null;
}

export async function loadStory(
  store: Store,
  id: string,
  options: {
    /** Read article texts (for citation excerpts): all (default), none, or those a function of the view names. */
    texts?: boolean | ((view: StoryView) => Iterable<string>);
    /** Already read by the caller. */
    story?: StorySummary;
    stored?: { version: number; builtAt: string; json: string } | null;
  } = {},
): Promise<LoadedStory | null> {
  const story = options.story ?? (await store.getStory(id));
  if (!story) return null;
  const stored = options.stored !== undefined ? options.stored : await store.getStoryView(story.id);
  const parsed = stored ? parseStoryView(stored.json) : null;
  // The links are read only when the view may be missing articles (a view covering them all skips them).
  const links =
    parsed && parsed.articles.length === story.articleCount ? [] : await store.storyLinks(story.id);
  const wantTexts = options.texts ?? true;
  const texts = new Map<string, string>();
  if (parsed) {
    // Articles that arrived after the view was built are listed too, until synthesis runs again.
    const known = new Set(parsed.articles.map((a) => a.id));
    const newer = links.filter((l) => !known.has(l.articleId));
    const view: StoryView = newer.length ? { ...parsed, articles: [...parsed.articles] } : parsed;
    const newerArticles = new Map(
      (await Promise.all(newer.map((l) => store.getArticle(l.articleId))))
        .filter((x) => x !== null)
        .map((x) => [x.id, x]),
    );
    for (const l of newer) {
      const a = newerArticles.get(l.articleId);
      view.articles.push({
        id: l.articleId,
        title: a?.title ?? null,
        outlet: a?.metadata.outlet.value ?? null,
        language: a?.metadata.language.value ?? null,
        date: l.date,
        seq: l.seq,
        sourceKey: l.sourceKey,
        duplicateOf: l.duplicateOf,
        wireOrigin: l.wireOrigin ? { key: l.wireOrigin.key, name: l.wireOrigin.name } : null,
      });
    }
    const textIds =
      typeof wantTexts === 'function'
        ? [...new Set(wantTexts(view))]
        : wantTexts
          ? view.articles.map((x) => x.id)
          : [];
    for (const [id, text] of await store.articleTexts(textIds)) texts.set(id, text);
    return { story, view, fallback: false, builtAt: stored!.builtAt, texts };
  }
  // No view yet, or the view is older than the story's latest articles: build one from the articles.
  const docs: StoryArticle[] = [];
  for (const link of links) {
    const [article, analysis] = await Promise.all([
      store.getArticle(link.articleId),
      store.getAnalysis(link.articleId),
    ]);
    if (!article) continue;
    docs.push({ article, analysis: analysis as Analysis | null, link });
    texts.set(article.id, article.text);
  }
  return { story, view: fallbackStoryView(story, docs), fallback: true, builtAt: null, texts };
}
