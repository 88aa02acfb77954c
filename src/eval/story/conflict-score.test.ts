import { describe, expect, it } from 'vitest';
import type { Claim } from '../../model.js';
import { scoreConflicts } from './conflict-score.js';

function claim(status: Claim['status'], mentions: [string, string][], note = 'x vs y'): Claim {
  return {
    id: 'c',
    subject: null,
    predicate: 'p',
    value: null,
    when: null,
    status,
    independentSources: mentions.length,
    mentions: mentions.map(([articleId, value]) => ({
      articleId,
      sourceKey: articleId,
      outlet: null,
      date: '2023-01-01',
      text: '',
      span: { start: 0, end: 0 },
      value,
    })),
    variants: [],
    update: null,
    note,
  };
}

describe('scoreConflicts', () => {
  const real = [{ id: 'length', articles: ['a', 'b'], values: ['P2D', 'P3D'] }];
  it('finds a real conflict and counts an unmatched contradiction as invented', () => {
    const score = scoreConflicts(
      [
        claim('contradicted', [
          ['a', 'P2D'],
          ['b', 'P3D'],
        ]),
        claim('contradicted', [
          ['a', '5'],
          ['c', '6'],
        ]),
        claim('corroborated', [['a', '5']]),
      ],
      real,
      (id) => id,
    );
    expect(score.found).toEqual(['length']);
    expect(score.invented).toHaveLength(1);
  });
  it('misses a conflict reported with only one of its values', () => {
    const score = scoreConflicts(
      [
        claim('contradicted', [
          ['a', 'P2D'],
          ['b', 'P4D'],
        ]),
      ],
      real,
      (id) => id,
    );
    expect(score.missed).toEqual(['length']);
  });
});
