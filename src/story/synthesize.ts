// synthesize(story) → StoryView: everything a story page shows, built from the story's articles, their analyses
// and what linking decided for them. Pure: the same documents give the same view.
import type { StoryDoc, StoryView } from '../model.js';
import { buildChanges } from './changes.js';
import { buildClaims } from './claims/build-claims.js';
import { buildCoverage } from './coverage.js';
import { buildPerspectives } from './perspectives.js';
import { buildQuoteLedger } from './quotes-ledger.js';
import { buildSources } from './sources.js';
import { buildStoryArticles } from './story-articles.js';
import { buildStoryEntities } from './story-entities.js';
import { storyReferences } from './story-dates.js';
import { summarize } from './summary/summarize.js';
import { buildTimeline } from './timeline.js';

/** Bump when the view's shape or content rules change: stored views of older versions are rebuilt. */
export const SYNTHESIS_VERSION = 3;

export function synthesize(storyId: string, docs: readonly StoryDoc[]): StoryView {
  const ordered = withStoryDates([...docs].sort((a, b) => a.link.seq - b.link.seq));
  const summary = summarize(ordered);
  const claims = buildClaims(ordered);
  const quotes = buildQuoteLedger(ordered);
  const timeline = buildTimeline(ordered);
  return {
    version: SYNTHESIS_VERSION,
    storyId,
    headline: summary.headline,
    summary,
    timeline,
    claims,
    quotes,
    entities: buildStoryEntities(ordered),
    sources: buildSources(ordered),
    perspectives: buildPerspectives(ordered, claims),
    changes: buildChanges(ordered, { claims, quotes, timeline }),
    coverage: buildCoverage(ordered),
    articles: buildStoryArticles(ordered),
  };
}

/**
 * Articles dated only by when they were ingested get the day the story itself implies for them (the days other
 * articles give or name, and their own weekdays and relative words), marked as inferred.
 */
function withStoryDates(docs: StoryDoc[]): StoryDoc[] {
  if (docs.every((d) => d.link.date.source !== 'ingested')) return docs;
  const refs = storyReferences(docs);
  return docs.map((d, i) => {
    const ref = refs[i];
    if (d.link.date.source !== 'ingested' || !ref?.day) return d;
    return { ...d, link: { ...d.link, date: { value: ref.day, source: 'inferred' as const } } };
  });
}
