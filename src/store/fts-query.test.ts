import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query.js';

describe('toFtsQuery', () => {
  it('ands plain words and quotes each', () => {
    expect(toFtsQuery('xi putin')).toBe('"xi" AND "putin"');
  });
  it('keeps quoted phrases as phrases', () => {
    expect(toFtsQuery('"state visit" moscow')).toBe('"state visit" AND "moscow"');
  });
  it('supports a trailing * as prefix search', () => {
    expect(toFtsQuery('sanction*')).toBe('"sanction" *');
  });
  it('neutralises FTS5 syntax and punctuation', () => {
    expect(toFtsQuery('NEAR(a b) OR -c "')).toBe('"NEAR a" AND "b" AND "OR" AND "c"');
    expect(toFtsQuery('  ?!  ')).toBeNull();
  });
  it('splits hyphenated tokens into a phrase', () => {
    expect(toFtsQuery('Vnukovo-2')).toBe('"Vnukovo 2"');
  });
});
