import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store.js';
import { ferryStrikeFixture } from './fixtures/ferry-strike.js';
import { seedStoryFixture } from './fixtures/seed.js';
import { fallbackStoryView, FALLBACK_VIEW_VERSION, type StoryArticle } from './story-fallback.js';

describe('fallbackStoryView', () => {
  it('builds coverage, lead sentences, sources and quotes from a story without a synthesised view', async () => {
    const store = openSqliteStore(':memory:');
    const fixture = ferryStrikeFixture('sfallback');
    await seedStoryFixture(store, fixture, { withView: false });
    const story = await store.getStory('sfallback');
    expect(story).not.toBeNull();
    const docs: StoryArticle[] = [];
    for (const link of await store.storyLinks('sfallback')) {
      const article = (await store.getArticle(link.articleId))!;
      docs.push({ article, analysis: await store.getAnalysis(article.id), link });
    }
    const view = fallbackStoryView(story!, docs);
    expect(view.version).toBe(FALLBACK_VIEW_VERSION);
    expect(view.articles).toHaveLength(4);
    // The reprint of the wire story adds no lead sentence of its own.
    expect(view.summary.keyPoints).toHaveLength(3);
    expect(view.summary.keyPoints[0]?.text).toContain('walked off the job on Monday');
    expect(view.coverage).toEqual([
      { day: '2026-03-02', articles: 2 },
      { day: '2026-03-03', articles: 2 },
    ]);
    expect(view.sources.independentSources).toBe(3);
    expect(view.sources.wireOrigins.map((w) => w.name)).toEqual(['Coastal Press Agency']);
    expect(view.sources.graph.edges.some((e) => e.to === 'w:wire:cpa')).toBe(true);
    expect(view.quotes.some((q) => q.text.includes('not asking for luxury'))).toBe(true);
    expect(view.entities.find((e) => e.name === 'Lindmark Lines')?.articleIds.length).toBeGreaterThan(1);
    await store.close();
  });
});
