import { describe, expect, it } from 'vitest';
import { apartViolations, foldForm, goldIdentity, scorePairs, type GoldenEntities } from './pairwise.js';

const golden: GoldenEntities = {
  identities: [
    { id: 'xi', forms: ['Xi Jinping', 'Xi'] },
    { id: 'mfa-ua', forms: ['001:Foreign Ministry'] },
    { id: 'mfa-cn', forms: ['002:Foreign Ministry', 'Chinese Ministry of Foreign Affairs'] },
    { id: 'wsj', forms: ['The Wall Street Journal'] },
  ],
  apart: [['001:Foreign Ministry', '002:Foreign Ministry']],
};

describe('pairwise identity scoring', () => {
  it('matches forms loosely and scoped forms only in their article', () => {
    expect(foldForm('The  Chinese president’s')).toBe('chinese president');
    expect(goldIdentity(golden, '003', 'wall street journal')).toBe('wsj');
    expect(goldIdentity(golden, '001', 'Foreign Ministry')).toBe('mfa-ua');
    expect(goldIdentity(golden, '002', 'Foreign Ministry')).toBe('mfa-cn');
    expect(goldIdentity(golden, '003', 'Foreign Ministry')).toBeNull();
    expect(goldIdentity(golden, '001', 'Putin')).toBeNull();
  });

  it('counts cross-article pairs, right, wrong and missed', () => {
    const items = [
      { article: '001', form: 'Xi Jinping', gold: 'xi', predicted: 'e:xi' },
      { article: '002', form: 'Xi', gold: 'xi', predicted: 'e:xi' },
      { article: '003', form: 'Xi', gold: 'xi', predicted: 'e:xi-2' },
      { article: '001', form: 'Foreign Ministry', gold: 'mfa-ua', predicted: 'e:fm' },
      { article: '002', form: 'Foreign Ministry', gold: 'mfa-cn', predicted: 'e:fm' },
    ];
    const s = scorePairs(items);
    expect(s.goldPairs).toBe(3);
    expect(s.predictedPairs).toBe(2);
    expect(s.truePairs).toBe(1);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.wrong).toEqual(['001:Foreign Ministry ~ 002:Foreign Ministry']);
    expect(apartViolations(golden, items)).toEqual(['001:Foreign Ministry ~ 002:Foreign Ministry']);
    expect(scorePairs(items, { crossArticle: false }).goldPairs).toBe(3);
  });
});
