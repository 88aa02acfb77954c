import { describe, expect, it } from 'vitest';
import { buildCoverage } from './coverage.js';
import { storyDoc } from './test-docs.js';

describe('buildCoverage', () => {
  it('counts articles per day and fills the quiet days between', () => {
    const docs = [
      storyDoc('a', 'x', { date: '2023-03-20' }),
      storyDoc('b', 'x', { date: '2023-03-20T18:00:00Z' }),
      storyDoc('c', 'x', { date: '2023-03-23' }),
    ];
    expect(buildCoverage(docs)).toEqual([
      { day: '2023-03-20', articles: 2 },
      { day: '2023-03-21', articles: 0 },
      { day: '2023-03-22', articles: 0 },
      { day: '2023-03-23', articles: 1 },
    ]);
  });

  it('keeps only active days for stories longer than a year', () => {
    const docs = [storyDoc('a', 'x', { date: '2020-01-01' }), storyDoc('b', 'x', { date: '2023-01-01' })];
    expect(buildCoverage(docs)).toHaveLength(2);
    expect(buildCoverage([])).toEqual([]);
  });
});
