import { describe, expect, it } from 'vitest';
import type { Claim } from '../model.js';
import { buildChanges } from './changes.js';
import { storyDoc } from './test-docs.js';

const mention = (articleId: string, value: string) => ({
  articleId,
  sourceKey: articleId,
  outlet: null,
  date: '2023-03-20',
  text: value,
  span: { start: 0, end: 1 },
  value,
});

describe('buildChanges', () => {
  it('credits each claim to its first article and the contradiction to the article that disagreed', () => {
    const docs = [
      storyDoc('a', 'x', { seq: 1 }),
      storyDoc('b', 'x', { seq: 2 }),
      storyDoc('c', 'x', { seq: 3 }),
    ];
    const claim: Claim = {
      id: 'c1',
      subject: null,
      predicate: 'visit length',
      value: null,
      when: null,
      status: 'contradicted',
      independentSources: 3,
      mentions: [mention('c', 'P2D'), mention('a', 'P3D'), mention('b', 'P3D')],
      variants: [
        { value: 'P2D', mentions: [0] },
        { value: 'P3D', mentions: [1, 2] },
      ],
      update: null,
      note: null,
    };
    const changes = buildChanges(docs, { claims: [claim], quotes: [], timeline: [] });
    expect(changes.map((c) => c.articleId)).toEqual(['a', 'b', 'c']);
    expect(changes[0]?.newClaims).toEqual(['c1']);
    expect(changes[1]?.contradictions).toEqual([]);
    expect(changes[2]?.contradictions).toEqual(['c1']);
  });
});
