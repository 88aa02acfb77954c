import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

const pick = (text: string) =>
  findQuantities(text).map((q) => ({
    text: q.text,
    value: q.value,
    unit: q.unit,
    kind: q.kind,
    counted: q.counted,
    normalized: q.normalized,
  }));

describe('findQuantities', () => {
  it('normalises money with scale words and currency words or symbols', () => {
    expect(pick('Trade totaled 190,000 million dollars last year.')).toEqual([
      {
        text: '190,000 million dollars',
        value: 1.9e11,
        unit: 'USD',
        kind: 'money',
        counted: null,
        normalized: '1.9e11 USD',
      },
    ]);
    expect(pick('a $2.5 billion loan')[0]).toMatchObject({
      value: 2.5e9,
      unit: 'USD',
      kind: 'money',
      counted: 'loan',
    });
    expect(pick('fined €40 million')[0]).toMatchObject({ value: 4e7, unit: 'EUR' });
  });

  it('reads measures, percentages, hyphenated units and what is counted', () => {
    expect(pick('It would deliver 50 billion cubic meters of natural gas annually.')[0]).toMatchObject({
      value: 5e10,
      unit: 'm3',
      kind: 'measure',
      counted: 'natural gas',
    });
    expect(pick('a 2,600-mile border with Russia')[0]).toMatchObject({
      value: 2600,
      unit: 'mi',
      counted: 'border',
    });
    expect(pick('116% more than ten years ago')[0]).toMatchObject({ value: 116, unit: '%', kind: 'percent' });
    expect(pick('up 3.5 percent')[0]).toMatchObject({ value: 3.5, unit: '%' });
    expect(pick('a 12-point plan')[0]).toMatchObject({ value: 12, unit: 'point', counted: 'plan' });
  });

  it('reads durations, ages, counts and ordinals', () => {
    expect(pick('Talks lasted four and a half hours on Monday.')[0]).toMatchObject({
      value: 4.5,
      kind: 'duration',
      normalized: 'PT4H30M',
    });
    expect(pick('the 69-year-old leader')[0]).toMatchObject({ value: 69, kind: 'age' });
    expect(pick('Xi, 69 years old, said')[0]).toMatchObject({ value: 69, kind: 'age' });
    expect(pick('any of the 123 countries that adhere')[0]).toMatchObject({
      value: 123,
      kind: 'count',
      counted: 'countries',
    });
    expect(pick('one of ten deputy prime ministers')[0]).toMatchObject({
      value: 10,
      counted: 'deputy prime ministers',
    });
    expect(pick('His meeting will be the 40th in person.')[0]).toMatchObject({
      value: 40,
      kind: 'ordinal',
      normalized: '#40',
    });
    expect(pick('who has traveled there for the ninth time')[0]).toMatchObject({
      value: 9,
      kind: 'ordinal',
      counted: 'time',
    });
  });

  it('leaves years, dates, times, identifiers and pronoun "one" alone', () => {
    expect(
      pick('In 2022, on March 20 at 10:00, Vnukovo-2 and covid-19 and G20; one way or another, no one came.'),
    ).toEqual([]);
    expect(pick('We second that, and a second ago it was fine.')).toEqual([]);
  });
});

describe('findQuantities in context', () => {
  it('skips numbers that are parts of names and date ranges, and participle adjectives', () => {
    expect(
      pick('the Power of Siberia 2 pipeline will be in Russia between March 20 and 22; a one-sided deal'),
    ).toEqual([]);
    expect(pick('Two leaders met. 40 people came.').map((q) => q.value)).toEqual([2, 40]);
    expect(pick('my 10 yr old dog')[0]).toMatchObject({ value: 10, kind: 'age' });
  });
});
