import { describe, expect, it } from 'vitest';
import { dayRanges, explicitDates } from './explicit-dates.js';

describe('explicitDates', () => {
  it('reads full dates, months and years, most precise first', () => {
    const got = explicitDates('the flood of June 3, 2011 and the one in May 2004, after the 1999 law');
    expect(got.map((d) => d.iso)).toEqual(['2011-06-03', '2004-05', '1999']);
  });
});

describe('dayRanges', () => {
  it('counts the days of a range, both ends included', () => {
    expect(dayRanges('she will be in Peru between April 3 and 5 for talks').map((r) => r.days)).toEqual([3]);
    expect(dayRanges('from May 30 to June 2').map((r) => r.days)).toEqual([4]);
    expect(dayRanges('from 7 to 9 October').map((r) => r.days)).toEqual([3]);
  });
});
