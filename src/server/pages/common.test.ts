import { describe, expect, it } from 'vitest';
import { dateLabel, monthLabel, shortDayLabel, thousands } from './common.js';

describe('date and number labels', () => {
  it('formats days, times, months and counts without Intl', () => {
    expect(dateLabel('2026-03-02')).toBe('2 Mar 2026');
    expect(dateLabel('2026-12-31T23:05:00Z')).toBe('31 Dec 2026 23:05 UTC');
    expect(dateLabel(null)).toBe('date unknown');
    expect(dateLabel('sometime')).toBe('sometime');
    expect(shortDayLabel('2026-01-09')).toBe('9 Jan');
    expect(monthLabel('2019-06')).toBe('Jun 2019');
    expect(thousands(1234567)).toBe('1,234,567');
    expect(thousands(999)).toBe('999');
  });
});
