// What each article added to a story when it arrived: the claims, quotes and timeline entries it was first to
// carry, and the claims that became contradicted with it.
import type { Citation, Claim, QuoteEntry, StoryChange, StoryDoc, TimelineEntry } from '../model.js';
import { outletOf } from './outlet-name.js';

export interface StoryParts {
  claims: readonly Claim[];
  quotes: readonly QuoteEntry[];
  timeline: readonly TimelineEntry[];
}

export function buildChanges(docs: readonly StoryDoc[], parts: StoryParts): StoryChange[] {
  const ordered = [...docs].sort((a, b) => a.link.seq - b.link.seq);
  const seqOf = new Map(ordered.map((d) => [d.article.id, d.link.seq]));
  const firstBy = (ids: readonly string[]): string | null => {
    let best: string | null = null;
    for (const id of ids) {
      const s = seqOf.get(id);
      if (s !== undefined && (best === null || s < (seqOf.get(best) ?? Infinity))) best = id;
    }
    return best;
  };
  const added = new Map<string, StoryChange>(
    ordered.map((d) => [
      d.article.id,
      {
        articleId: d.article.id,
        seq: d.link.seq,
        date: d.link.date.value,
        outlet: outletOf(d),
        newClaims: [],
        newQuotes: [],
        newTimeline: [],
        contradictions: [],
      },
    ]),
  );
  for (const c of parts.claims) {
    const first = firstBy(c.mentions.map((m) => m.articleId));
    if (first) added.get(first)?.newClaims.push(c.id);
    if (c.status === 'contradicted' && first) {
      // The contradiction appears with the first article whose value differs from what the first report said.
      const variantOf = (articleId: string) =>
        c.variants.findIndex((v) => v.mentions.some((i) => c.mentions[i]?.articleId === articleId));
      const original = variantOf(first);
      const differing = c.mentions.map((m) => m.articleId).filter((id) => variantOf(id) !== original);
      const raiser = firstBy(differing);
      if (raiser) added.get(raiser)?.contradictions.push(c.id);
    }
  }
  for (const q of parts.quotes) {
    const first = firstBy(q.variants.map((v) => v.articleId));
    if (first) added.get(first)?.newQuotes.push(q.id);
  }
  for (const t of parts.timeline) {
    const first = firstBy(t.citations.map((c: Citation) => c.articleId));
    if (first) added.get(first)?.newTimeline.push(t.id);
  }
  return [...added.values()];
}
