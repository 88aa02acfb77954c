import { describe, expect, it } from 'vitest';
import { segment } from '../sentences.js';
import { recognizeNames } from './recognize.js';

const names = (text: string) => recognizeNames(text, segment(text)).map((n) => [n.text, n.type]);

describe('recognizeNames (model trained in this repository)', () => {
  it('finds people, organisations, places and nationalities in news sentences', () => {
    const found = names(
      'German Chancellor Olaf Scholz met Kenyan President William Ruto in Nairobi on Monday, the Foreign Ministry said.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        ['Olaf Scholz', 'PER'],
        ['William Ruto', 'PER'],
        ['Nairobi', 'LOC'],
        ['German', 'MISC'],
      ]),
    );
  });

  it('keeps offsets into the text and drops possessives', () => {
    const text = "The United Nations said Maria Lopez's team would visit Peru.";
    for (const n of recognizeNames(text, segment(text))) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(names(text)).toEqual(
      expect.arrayContaining([
        ['United Nations', 'ORG'],
        ['Maria Lopez', 'PER'],
        ['Peru', 'LOC'],
      ]),
    );
  });
});
