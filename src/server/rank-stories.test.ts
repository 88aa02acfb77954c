import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../model.js';
import { rankStories } from './rank-stories.js';

function story(
  id: string,
  lastSeen: string,
  sourceCount: number,
  articleCount = sourceCount,
  firstSeen = lastSeen,
): StorySummary {
  return {
    id,
    title: id,
    articleCount,
    sourceCount,
    outlets: [],
    languages: ['en'],
    firstSeen,
    lastSeen,
    createdAt: firstSeen,
    updatedAt: lastSeen,
  };
}

describe('rankStories', () => {
  it('puts a widely covered story of the same day above a single-source one', () => {
    const ranked = rankStories([
      story('small', '2024-05-02T10:00:00Z', 1),
      story('big', '2024-05-02T08:00:00Z', 6),
    ]);
    expect(ranked.map((r) => r.story.id)).toEqual(['big', 'small']);
  });

  it('lets recency win over size once a story is days old', () => {
    const ranked = rankStories([
      story('old-big', '2024-04-25T08:00:00Z', 8),
      story('new', '2024-05-02T08:00:00Z', 1),
    ]);
    expect(ranked.map((r) => r.story.id)).toEqual(['new', 'old-big']);
  });

  it('prefers the faster-growing of two stories with equal sources and dates', () => {
    const ranked = rankStories([
      story('slow', '2024-05-02T08:00:00Z', 3, 4, '2024-04-20T08:00:00Z'),
      story('fast', '2024-05-02T08:00:00Z', 3, 12, '2024-05-01T08:00:00Z'),
    ]);
    expect(ranked[0]?.story.id).toBe('fast');
    expect(rankStories([])).toEqual([]);
  });
});
