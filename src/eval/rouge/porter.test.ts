import { describe, expect, it } from 'vitest';
import { porterStem, rougeStem } from './porter.js';

describe('Porter stemmer', () => {
  it('follows the published algorithm with one step-4 pass', () => {
    const cases: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['cats', 'cat'],
      ['agreed', 'agre'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['hopefulness', 'hope'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['controll', 'control'],
      ['youth', 'youth'],
      ['governmental', 'government'],
      ['congressional', 'congression'],
    ];
    for (const [word, stem] of cases) expect(porterStem(word)).toBe(stem);
  });

  it('does not strip a suffix that is the whole word', () => {
    expect(porterStem('ational')).toBe('ation');
    expect(porterStem('eed')).toBe('eed');
  });

  it("runs step 4 twice for ROUGE-1.5.5's figures", () => {
    expect(rougeStem('congressional')).toBe('congress');
    expect(rougeStem('governmental')).toBe('govern');
    expect(rougeStem('traditionally')).toBe('tradit');
    expect(rougeStem('congress')).toBe('congress');
    // Step 5 still runs once: "e" is not stripped again.
    expect(rougeStem('timorese')).toBe('timores');
    expect(rougeStem('accused')).toBe('accus');
  });
});
