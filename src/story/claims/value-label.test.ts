import { describe, expect, it } from 'vitest';
import { claimValueLabel } from './value-label.js';

describe('claimValueLabel', () => {
  it('says durations, ordinals and dates as a reader would', () => {
    expect(claimValueLabel('P2D')).toBe('2 days');
    expect(claimValueLabel('P1Y')).toBe('1 year');
    expect(claimValueLabel('PT4H30M')).toBe('4 hours 30 minutes');
    expect(claimValueLabel('#40')).toBe('40th');
    expect(claimValueLabel('#11')).toBe('11th');
    expect(claimValueLabel('#22')).toBe('22nd');
    expect(claimValueLabel('2022-02-24')).toBe('24 Feb 2022');
    expect(claimValueLabel('2023-03')).toBe('Mar 2023');
    expect(claimValueLabel('2019')).toBe('2019');
  });

  it('says amounts with scale words and currency codes', () => {
    expect(claimValueLabel('1.9e11 usd')).toBe('190 billion USD');
    expect(claimValueLabel('116 %')).toBe('116%');
    expect(claimValueLabel('12500 people')).toBe('12,500 people');
    expect(claimValueLabel('40')).toBe('40');
  });

  it('leaves what it does not recognise alone', () => {
    expect(claimValueLabel('more than ten')).toBe('more than ten');
    expect(claimValueLabel('P')).toBe('P');
  });
});
