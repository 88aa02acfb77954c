import { describe, expect, it } from 'vitest';
import {
  editDistance,
  initialsOf,
  isAcronym,
  isSpellingVariant,
  nameKey,
  nameSkeleton,
  phoneticWord,
} from './name-key.js';

describe('name keys', () => {
  it('folds case, diacritics, articles, possessives and titles', () => {
    expect(nameKey('The Wall Street Journal')).toBe('wall street journal');
    expect(nameKey('President Xi')).toBe('xi');
    expect(nameKey('Prime Minister Fumio Kishida')).toBe('fumio kishida');
    expect(nameKey('Mr. Putin')).toBe('putin');
    expect(nameKey('El País')).toBe('el pais');
    expect(nameKey("Putin's")).toBe('putin');
    expect(nameKey('President')).toBe('president');
  });

  it('folds transliteration differences', () => {
    expect(phoneticWord('dmitry')).toBe(phoneticWord('dmitri'));
    expect(phoneticWord('zelenskyy')).toBe(phoneticWord('zelensky'));
    expect(phoneticWord('chernyshenko')).toBe(phoneticWord('chernishenko'));
    expect(nameSkeleton('kiev')).toBe(nameSkeleton('kyiv'));
  });

  it('recognises spelling variants but not different names', () => {
    expect(isSpellingVariant('dmitri chernishenko', 'dmitry chernyshenko', true)).toBe(true);
    expect(isSpellingVariant('kiev', 'kyiv', false)).toBe(true);
    expect(isSpellingVariant('volodymyr zelensky', 'volodymyr zelenskyy', true)).toBe(true);
    expect(isSpellingVariant('iran', 'iraq', false)).toBe(false);
    expect(isSpellingVariant('joe biden', 'jill biden', true)).toBe(false);
    expect(isSpellingVariant('jon smith', 'jan smith', true)).toBe(false);
    expect(isSpellingVariant('niger', 'nigeria', false)).toBe(false);
    expect(isSpellingVariant('austria', 'australia', false)).toBe(false);
    expect(isSpellingVariant('dmitri peskov', 'dmitri chernishenko', true)).toBe(false);
  });

  it('makes initials and spots acronyms', () => {
    expect(initialsOf('international criminal court')).toBe('ICC');
    expect(initialsOf('wall street journal')).toBe('WSJ');
    expect(initialsOf('national security and defense council')).toBe('NSDC');
    expect(initialsOf('reuters')).toBe('');
    expect(isAcronym('ICC')).toBe(true);
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('Xi')).toBe(false);
  });

  it('computes bounded edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abc', 'abc', 0)).toBe(0);
  });
});
