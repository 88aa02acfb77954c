import { describe, expect, it } from 'vitest';
import { limitSummary, ngramCounts, rougeN, rougeTokens } from './rouge.js';
import { parseExceptions } from './wordnet-exceptions.js';

describe('ROUGE-1.5.5 tokens', () => {
  it('lower-cases, turns non-alphanumerics into spaces and stems only tokens longer than 3 characters', () => {
    expect(rougeTokens("The ministers' talks ended, U.S. said")).toEqual([
      'the',
      'minist',
      'talk',
      'end',
      'u',
      's',
      'said',
    ]);
    expect(rougeTokens('cats dogs', false)).toEqual(['cats', 'dogs']);
    expect(rougeTokens('its was')).toEqual(['its', 'was']);
  });

  it('looks irregular forms up before stemming', () => {
    const exceptions = parseExceptions(['said say\nchildren child\nmen man\nbits_and_pieces x']);
    expect(rougeTokens('Children said men', true, exceptions)).toEqual(['child', 'say', 'men']);
  });

  it('lets a later exception entry replace an earlier one, as ROUGE-1.5.5 builds its exception DB', () => {
    const exceptions = parseExceptions(['better well', 'offer off\noffer offer\nbetter good well']);
    expect(rougeTokens('better offer offers', true, exceptions)).toEqual(['good', 'offer', 'offer']);
  });

  it('stems with the second step-4 pass that ROUGE-1.5.5 shows', () => {
    expect(rougeTokens('Congressional leaders in Congress')).toEqual([
      'congress',
      'leader',
      'in',
      'congress',
    ]);
  });
});

describe('word limit', () => {
  it('keeps whole lines while they fit, then cuts the overflowing line word by word', () => {
    expect(limitSummary(['one two three', '', 'four five six'], 5)).toBe('one two three four five ');
    expect(limitSummary(['A b', 'C d'], 0)).toBe('a b c d ');
  });

  it('counts words before punctuation is removed', () => {
    // "U.S.-led" is one word for the limit though it yields three tokens.
    expect(rougeTokens(limitSummary(['U.S.-led strikes began today'], 2))).toEqual([
      'u',
      's',
      'led',
      'strike',
    ]);
  });
});

describe('rougeN', () => {
  it('counts clipped n-gram matches and pools them over the references', () => {
    const peer = ['the cat sat on the mat'];
    const refs = [['the cat lay on the mat'], ['a dog sat']];
    const r1 = rougeN(peer, refs, 1);
    // ref 1: the×2, cat, on, mat = 5 of 6; ref 2: sat = 1 of 3.
    expect(r1.hits).toBe(6);
    expect(r1.referenceCount).toBe(9);
    expect(r1.recall).toBeCloseTo(6 / 9);
    const r2 = rougeN(peer, refs, 2);
    // ref 1 bigrams: the cat, cat lay, lay on, on the, the mat → the cat, on the, the mat match.
    expect(r2.hits).toBe(3);
    expect(r2.referenceCount).toBe(7);
  });

  it('runs bigrams across line breaks and clips repeated n-grams', () => {
    expect(ngramCounts(['a', 'b', 'a', 'b'], 2).get('a b')).toBe(2);
    expect(rougeN(['talks end', 'today'], [['end today']], 2).hits).toBe(1);
    expect(rougeN(['war war war'], [['war']], 1).hits).toBe(1);
  });
});
