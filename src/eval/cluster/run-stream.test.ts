import { describe, expect, it } from 'vitest';
import type { ClusterDoc } from '../../link/cluster/cluster-doc.js';
import { countTerms } from '../../link/cluster/streaming-tfidf.js';
import { runStream } from './run-stream.js';

function doc(id: string, text: string, entities: string[]): ClusterDoc {
  return {
    articleId: id,
    title: null,
    date: 0,
    dated: false,
    terms: countTerms(null, text, 3),
    entities: new Map(entities.map((e) => [e, 1])),
    places: new Map(),
    quantities: [],
    times: [],
  };
}

describe('runStream', () => {
  it('gives every article its final story, following merges', () => {
    const docs = [
      doc('m1', 'dam breaks flood valley town', ['river dam']),
      doc('m2', 'villagers flee water homes', ['valley town']),
      doc('m3', 'dam breaks villagers flee flood valley town water homes', ['river dam', 'valley town']),
    ];
    const r = runStream(docs, { threshold: 0.5, mergeThreshold: 0.3 });
    expect(r.merges).toBe(1);
    expect(new Set(r.stories).size).toBe(1);
  });

  it('keeps unrelated articles apart', () => {
    const r = runStream([
      doc('a', 'budget vote taxes parliament', []),
      doc('b', 'storm floods coast ferry', []),
    ]);
    expect(r.stories[0]).not.toBe(r.stories[1]);
  });
});
