import { describe, expect, it } from 'vitest';
import { parseConll, scoreEntities, spansOf } from './conll.js';

describe('CoNLL reading and entity scoring', () => {
  it('reads sentences and spans, treating a stray I- as the start of an entity', () => {
    const [s] = parseConll(
      'Ann NNP B-NP B-PER\nSmith NNP I-NP I-PER\nvisited VBD B-VP O\nOslo NNP B-NP B-LOC\n\n',
    );
    expect(s).toEqual({
      tokens: ['Ann', 'Smith', 'visited', 'Oslo'],
      tags: ['B-PER', 'I-PER', 'O', 'B-LOC'],
    });
    expect(spansOf(['I-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER'])).toEqual(['ORG:0:2', 'PER:3:4', 'PER:4:5']);
  });

  it('counts an entity only when span and type both match', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = scoreEntities(gold, pred);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.perType['LOC']?.f1).toBeCloseTo(1);
  });
});
