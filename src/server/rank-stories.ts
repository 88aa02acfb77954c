// Home-page order: recent stories first, weighted by how many independent sources carry them and how fast they
// are growing. Time is measured against the newest story in the list, so an archive ranks the same way a live
// store does.
import type { StorySummary } from '../model.js';

export interface RankedStory {
  story: StorySummary;
  score: number;
}

const HALF_LIFE_HOURS = 36;

/** Hours between two ISO times (0 when either is unreadable). */
function hoursBetween(later: string, earlier: string): number {
  const a = Date.parse(later);
  const b = Date.parse(earlier);
  return Number.isNaN(a) || Number.isNaN(b) ? 0 : Math.max(0, (a - b) / 3_600_000);
}

/**
 * score = recency × weight, with recency = 2^(−age / 36 h) for the age of the story's last article relative to
 * the newest story, and weight = 1 + ln(1 + independent sources) + growth, where growth is articles per day of
 * the story's life (capped at 3) — a story gaining many articles fast outranks an older one of the same size.
 */
export function rankStories(stories: readonly StorySummary[]): RankedStory[] {
  if (stories.length === 0) return [];
  const newest = stories.reduce((m, s) => (s.lastSeen > m ? s.lastSeen : m), stories[0]!.lastSeen);
  return stories
    .map((story) => {
      const age = hoursBetween(newest, story.lastSeen);
      const lifeDays = Math.max(1, hoursBetween(story.lastSeen, story.firstSeen) / 24);
      const growth = Math.min(3, story.articleCount / lifeDays / 4);
      const weight = 1 + Math.log1p(story.sourceCount) + growth;
      return { story, score: Math.pow(2, -age / HALF_LIFE_HOURS) * weight };
    })
    .sort((a, b) => b.score - a.score || (a.story.lastSeen < b.story.lastSeen ? 1 : -1));
}
