import { describe, expect, it } from 'vitest';
import { indexTerms, normaliseWord } from './terms.js';

describe('indexTerms', () => {
  it('drops stop words, stems the rest and keeps years', () => {
    expect(indexTerms('The earthquakes hit Peru in 2007, killing 500.')).toEqual([
      'earthquak',
      'hit',
      'peru',
      'y2007',
      'kill',
    ]);
  });

  it('splits hyphenated words and folds diacritics and possessives', () => {
    expect(indexTerms("Zürich's court-mandated stay")).toEqual(['zurich', 'court', 'mandat', 'stai']);
  });
});

describe('normaliseWord', () => {
  it('lower-cases and strips marks and apostrophes', () => {
    expect(normaliseWord('Café’s')).toBe('cafe');
    expect(normaliseWord("O'Neill")).toBe('oneill');
  });
});
