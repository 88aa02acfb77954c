// The demo corpus through the whole single-machine pipeline (ingest → analyze → link → synthesize): one story,
// and a view whose every part is traceable to the articles, with the reviewed conflicts in its claims ledger.
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreConflicts, type ExpectedConflict } from '../../src/eval/story/conflict-score.js';
import { createFetcher } from '../../src/ingest/http/fetcher.js';
import type { Citation, StoryView } from '../../src/model.js';
import { ingestAndLink } from '../../src/pipeline/ingest-and-link.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const CASE = join(import.meta.dirname, 'xi-visit-2023');
const CORPUS = resolve(CASE, '../../../examples/xi-visit-2023');

describe('story view of the demo corpus', () => {
  it('builds one story whose summary, timeline, claims and quotes cite its own articles', async () => {
    const store = openSqliteStore(':memory:');
    const { outcomes, linkedStories, stories } = await ingestAndLink([CORPUS], store, {
      fetcher: createFetcher(),
    });
    expect(outcomes.filter((o) => o.status === 'ingested')).toHaveLength(5);
    expect(linkedStories).toHaveLength(1);
    expect(stories).toHaveLength(1);
    const stored = await store.getStoryView(stories[0] ?? '');
    expect(stored).not.toBeNull();
    const view = JSON.parse(stored?.json ?? '{}') as StoryView;

    const ids = new Set(view.articles.map((a) => a.id));
    expect(ids.size).toBe(5);
    const texts = new Map<string, string>();
    for (const id of ids) texts.set(id, (await store.getArticle(id))?.text ?? '');
    const traceable = (c: Citation) => {
      const text = texts.get(c.articleId);
      return (
        text !== undefined && c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end
      );
    };

    expect(view.headline.length).toBeGreaterThan(10);
    expect(view.summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(view.summary.keyPoints.length).toBeLessThanOrEqual(5);
    for (const s of [...view.summary.keyPoints, ...view.summary.short, ...view.summary.long])
      expect(s.citations.every(traceable)).toBe(true);
    expect(view.timeline.length).toBeGreaterThan(3);
    for (const t of view.timeline) expect(t.citations.every(traceable)).toBe(true);
    for (const q of view.quotes) for (const v of q.variants) expect(ids.has(v.articleId)).toBe(true);
    // Undated articles get the days the story implies, not the day they were ingested.
    expect(
      view.articles.every((a) => a.date.source === 'inferred' && a.date.value.startsWith('2023-03')),
    ).toBe(true);
    expect(view.coverage[0]?.day.startsWith('2023-03')).toBe(true);
    // Each article appears once in "what changed", in arrival order.
    expect(view.changes.map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);

    const expected = JSON.parse(readFileSync(join(CASE, 'expected-story.json'), 'utf8')) as {
      conflicts: ExpectedConflict[];
    };
    const origins = new Map<string, string>();
    for (const id of ids) origins.set(id, basename((await store.getArticle(id))?.origin ?? '').slice(0, 3));
    const score = scoreConflicts(view.claims, expected.conflicts, (id) => origins.get(id) ?? id);
    expect(score.missed).toEqual([]);
    expect(score.invented).toEqual([]);
    await store.close();
  }, 120_000);
});
