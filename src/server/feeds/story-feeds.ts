// The Atom feeds Storyline publishes: all stories (one entry per story, updated when it gains articles) and one
// feed per story (one entry per article, saying what it added).
import type { StorySummary, StoryView } from '../../model.js';
import { renderAtom, type AtomEntry } from './atom.js';

export function storiesFeed(
  base: string,
  stories: { story: StorySummary; oneLine: string | null }[],
): string {
  const updated = stories.reduce(
    (m, s) => (s.story.updatedAt > m ? s.story.updatedAt : m),
    '1970-01-01T00:00:00Z',
  );
  return renderAtom({
    id: `${base}/feeds/stories.atom`,
    title: 'Storyline: stories',
    subtitle: 'Stories as they grow, with the number of independent sources behind each.',
    updated,
    selfUrl: `${base}/feeds/stories.atom`,
    htmlUrl: `${base}/`,
    entries: stories.map(({ story: s, oneLine }) => ({
      id: `${base}/stories/${s.id}`,
      title: s.title ?? 'Untitled story',
      updated: s.updatedAt,
      link: `${base}/stories/${s.id}`,
      summary: [
        oneLine,
        `${s.articleCount} article${s.articleCount === 1 ? '' : 's'} from ${s.sourceCount} independent source${s.sourceCount === 1 ? '' : 's'} (${s.outlets.join(', ')}).`,
      ]
        .filter(Boolean)
        .join(' '),
    })),
  });
}

export function storyFeed(base: string, story: StorySummary, view: StoryView): string {
  const claims = new Map(view.claims.map((c) => [c.id, c]));
  const quotes = new Map(view.quotes.map((q) => [q.id, q]));
  const timeline = new Map(view.timeline.map((t) => [t.id, t]));
  const changes = new Map(view.changes.map((c) => [c.articleId, c]));
  const entries: AtomEntry[] = [...view.articles]
    .sort((a, b) => b.seq - a.seq)
    .map((a) => {
      const c = changes.get(a.id);
      const lines: string[] = [];
      for (const id of c?.contradictions ?? [])
        lines.push(`Contradiction: ${claims.get(id)?.predicate ?? id}`);
      for (const id of c?.newClaims ?? []) {
        const claim = claims.get(id);
        if (claim) lines.push(`New claim: ${claim.mentions[0]?.text ?? claim.predicate}`);
      }
      for (const id of c?.newTimeline ?? []) {
        const t = timeline.get(id);
        if (t) lines.push(`Timeline: ${t.date.start.slice(0, 10)} ${t.text}`);
      }
      for (const id of c?.newQuotes ?? []) {
        const q = quotes.get(id);
        if (q) lines.push(`Quote: ${q.speaker.name ?? 'unnamed'}: “${q.text}”`);
      }
      if (a.duplicateOf) lines.push('A copy of an earlier article.');
      return {
        id: `${base}/stories/${story.id}#article-${a.id}`,
        title: `${a.outlet ?? 'Unknown outlet'}: ${a.title ?? 'untitled article'}`,
        updated: a.date.value,
        link: `${base}/articles/${a.id}`,
        author: a.outlet,
        summary: lines.length ? lines.join('\n') : 'More coverage; nothing new.',
      };
    });
  return renderAtom({
    id: `${base}/stories/${story.id}/feed.atom`,
    title: `Storyline: ${view.headline}`,
    updated: story.updatedAt,
    selfUrl: `${base}/stories/${story.id}/feed.atom`,
    htmlUrl: `${base}/stories/${story.id}`,
    entries,
  });
}
