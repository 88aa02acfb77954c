import { describe, expect, it } from 'vitest';
import { coverageChart, daysPerBar, denseDays } from './charts.js';

describe('coverage chart data', () => {
  it('fills the days between with zeros, one bar a day for a short story', () => {
    const bars = denseDays([
      { day: '2024-03-01', articles: 2 },
      { day: '2024-03-04', articles: 1 },
    ]);
    expect(bars).toEqual([
      { day: '2024-03-01', articles: 2 },
      { day: '2024-03-02', articles: 0 },
      { day: '2024-03-03', articles: 0 },
      { day: '2024-03-04', articles: 1 },
    ]);
  });

  it('covers the whole span of a long story, several days a bar, and counts every article', () => {
    const days = [
      { day: '1987-02-26', articles: 3 },
      { day: '1987-03-02', articles: 2 },
      { day: '1987-06-02', articles: 1 },
      { day: '1987-10-20', articles: 4 },
    ];
    const per = daysPerBar(days, 45);
    expect(per).toBe(6); // 237 days
    const bars = denseDays(days, 45);
    expect(bars.length).toBeLessThanOrEqual(45);
    expect(bars[0]!.day).toBe('1987-02-26');
    expect(bars.reduce((s, b) => s + b.articles, 0)).toBe(10);
    expect(bars[bars.length - 1]!.articles).toBe(4);
    expect(String(coverageChart(days))).toContain('Peak 5 articles in 6 days');
  });
});
