import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model.js';
import { contentMatches, groupByCue, scoreDocument } from './attribution-match.js';

const quote = (
  content: [number, number],
  cue: [number, number] | null,
  speaker?: [number, number],
): Quote => ({
  kind: 'direct',
  content: { start: content[0], end: content[1], text: '' },
  cue: cue ? { start: cue[0], end: cue[1], text: '', verb: 'say' } : null,
  speaker: speaker ? { start: speaker[0], end: speaker[1], text: '', entity: null } : null,
  addressee: null,
  medium: null,
  sentence: 0,
});

describe('contentMatches', () => {
  it('needs half of the gold and half of the prediction to overlap', () => {
    expect(contentMatches([{ start: 10, end: 30 }], [{ start: 12, end: 30 }])).toBe(true);
    expect(contentMatches([{ start: 10, end: 30 }], [{ start: 0, end: 200 }])).toBe(false);
    expect(contentMatches([{ start: 10, end: 30 }], [{ start: 25, end: 30 }])).toBe(false);
  });
});

describe('scoreDocument', () => {
  it('joins a quote split by its cue and checks the source', () => {
    const gold = [
      {
        content: [
          { start: 0, end: 20 },
          { start: 35, end: 60 },
        ],
        source: [{ start: 22, end: 27 }],
        cue: [{ start: 28, end: 32 }],
      },
      { content: [{ start: 100, end: 140 }], source: [], cue: [] },
      { content: [{ start: 200, end: 240 }], source: [{ start: 250, end: 255 }], cue: [] },
    ];
    const quotes = [
      quote([0, 20], [28, 32], [22, 27]),
      quote([35, 60], [28, 32], [22, 27]),
      quote([100, 140], [141, 145], [146, 150]),
      quote([205, 240], [241, 245], [250, 252]),
      quote([300, 340], null),
    ];
    expect(groupByCue(quotes)).toHaveLength(4);
    expect(scoreDocument(gold, quotes)).toEqual({ found: 3, sourceRight: 2, predicted: 4, predictedHit: 3 });
  });
});
