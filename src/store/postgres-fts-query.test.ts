import { describe, expect, it } from 'vitest';
import { toPgTextQuery } from './postgres-fts-query.js';

describe('toPgTextQuery', () => {
  it('keeps words and quoted phrases for websearch_to_tsquery', () => {
    expect(toPgTextQuery('gas "trade deal" talks')).toEqual({ web: 'gas "trade deal" talks', prefix: null });
  });

  it('turns a trailing star into a prefix term', () => {
    expect(toPgTextQuery('Pipe* moscow')).toEqual({ web: 'moscow', prefix: 'pipe:*' });
  });

  it('strips syntax so nothing typed is read as an operator', () => {
    expect(toPgTextQuery('NEAR( "')).toEqual({ web: 'NEAR', prefix: null });
    expect(toPgTextQuery('-gas OR oil & !x:*')).toEqual({ web: 'gas oil', prefix: 'x:*' });
    expect(toPgTextQuery('e-mail')).toEqual({ web: '"e mail"', prefix: null });
  });

  it('returns null when no word is left', () => {
    expect(toPgTextQuery(' "" * ( ')).toBeNull();
  });
});
