import { describe, expect, it } from 'vitest';
import { findTimes } from './find-times.js';

const values = (text: string, reference: string | null = '2023-03-22') =>
  findTimes(text, { reference }).map((t) => [t.text, t.value, t.endValue]);

describe('findTimes', () => {
  it('resolves weekdays with a past bias and "this Tuesday" to the article week', () => {
    expect(values('Putin visited Beijing last September. He will return this Tuesday.')).toEqual([
      ['last September', '2022-09', null],
      ['this Tuesday', '2023-03-21', null],
    ]);
    expect(values('The minister said on Friday that talks had failed.')).toEqual([
      ['Friday', '2023-03-17', null],
    ]);
  });
  it('reads ranges of days', () => {
    expect(values('Talks were held March 20 and 22.')).toEqual([
      ['March 20 and 22', '2023-03-20', '2023-03-22'],
    ]);
    expect(values('They met between March 20 and 22.')).toEqual([
      ['March 20 and 22', '2023-03-20', '2023-03-22'],
    ]);
    expect(values('The fair runs March 20-22, 2024.')).toEqual([
      ['March 20-22, 2024', '2024-03-20', '2024-03-22'],
    ]);
  });
  it('normalises durations, sets and reference words', () => {
    expect(values('It lasted three days, every Monday, for 2 1/2 years, now.')).toEqual([
      ['three days', 'P3D', null],
      ['every Monday', 'XXXX-WXX-1', null],
      ['2 1/2 years', 'P2Y6M', null],
      ['now', 'PRESENT_REF', null],
    ]);
    expect(values('Prices rose 5 percent a year in the 1990s.')).toEqual([
      ['a year', 'P1Y', null],
      ['the 1990s', '199', null],
    ]);
  });
  it('shifts by units against the reference', () => {
    expect(values('Sales fell last week, two years ago and in the third quarter of 2022.')).toEqual([
      ['last week', '2023-W11', null],
      ['two years ago', '2021', null],
      ['the third quarter of 2022', '2022-Q3', null],
    ]);
  });
  it('leaves relative expressions underspecified without a reference date', () => {
    expect(values('He arrived on Monday, March 20.', null)).toEqual([
      ['Monday, March 20', 'XXXX-03-20', null],
    ]);
    expect(values('He arrived on Monday.', null)).toEqual([['Monday', 'XXXX-WXX-1', null]]);
  });
  it('does not take counts or verbs for dates', () => {
    expect(values('About 2000 people may march to the square.')).toEqual([]);
  });
  it('resolves a weekday that ends a range after its start, and gives tense from the value', () => {
    const times = findTimes('The summit runs from tomorrow to Friday; they met last week.', {
      reference: '2023-03-22',
    });
    expect(times.map((t) => [t.text, t.value, t.endValue, t.tense])).toEqual([
      ['tomorrow to Friday', '2023-03-23', '2023-03-24', 'future'],
      ['last week', '2023-W11', null, 'past'],
    ]);
  });
  it('keeps a day named in a past-tense clause ahead when it is close ("said it would vote on April 4")', () => {
    expect(values('The party said it would vote on April 4.')).toEqual([['April 4', '2023-04-04', null]]);
    expect(values('The party said it voted on October 4.')).toEqual([['October 4', '2022-10-04', null]]);
  });
  it('reads spoken years', () => {
    expect(values('It began in nineteen ninety-six.')).toEqual([['nineteen ninety-six', '1996', null]]);
  });
});

describe('findTimes on hostile input', () => {
  it('reads long runs of spaces and number words without getting stuck', () => {
    expect(findTimes(`March${' '.repeat(20000)}for${' '.repeat(20000)}years`).map((t) => t.text)).toEqual([
      'March',
    ]);
    expect(findTimes(`${'twenty '.repeat(3000)}years`).length).toBeGreaterThan(0);
  });
});
