import { describe, expect, it } from 'vitest';
import { disagreement, durationSeconds, type ClaimValue } from './values.js';

function v(kind: ClaimValue['kind'], amount: number, extra: Partial<ClaimValue> = {}): ClaimValue {
  return {
    kind,
    unit: null,
    amount,
    date: null,
    precision: 'exact',
    scope: null,
    normalized: String(amount),
    ...extra,
  };
}

describe('disagreement', () => {
  it('agrees on one amount written in different units', () => {
    expect(disagreement(v('money', 1.9e11, { unit: 'USD' }), v('money', 190e9, { unit: 'USD' }))).toBeNull();
  });
  it('lets an approximate figure agree with a close exact one, but not two different exact ones', () => {
    const approx = v('money', 2e11, { unit: 'USD', precision: 'approx' });
    expect(disagreement(approx, v('money', 1.9e11, { unit: 'USD' }))).toBeNull();
    expect(
      disagreement(v('money', 2e11, { unit: 'USD' }), v('money', 1.5e11, { unit: 'USD' })),
    ).not.toBeNull();
  });
  it('treats "more than 100" as agreeing with 120', () => {
    expect(disagreement(v('count', 100, { precision: 'at-least' }), v('count', 120))).toBeNull();
  });
  it('calls two small exact counts that differ a disagreement', () => {
    expect(disagreement(v('count', 14), v('count', 12))).toBe('14 vs 12');
  });
  it('accepts a count of earlier events with the ordinal of the next one', () => {
    expect(disagreement(v('count', 39), v('ordinal', 40))).toBeNull();
    expect(disagreement(v('count', 30), v('ordinal', 40))).not.toBeNull();
  });
  it('rejects one number for a total including calls and for the in-person meetings alone', () => {
    const all = v('count', 40, { scope: 'all', normalized: '40' });
    const inPerson = v('ordinal', 40, { scope: 'in-person', normalized: '#40' });
    expect(disagreement(all, inPerson)).toContain('in person');
    expect(disagreement(v('count', 60, { scope: 'all' }), inPerson)).toBeNull();
  });
  it('compares dates by their common precision', () => {
    const d = (date: string) => ({ ...v('date', 0), amount: null, date, normalized: date });
    expect(disagreement(d('2022'), d('2022-02-24'))).toBeNull();
    expect(disagreement(d('2019'), d('2022-02-24'))).toBe('2019 vs 24 Feb 2022');
  });
});

describe('durationSeconds', () => {
  it('reads ISO durations', () => {
    expect(durationSeconds('P2D')).toBe(2 * 86400);
    expect(durationSeconds('PT4H30M')).toBe(4.5 * 3600);
    expect(durationSeconds('#40')).toBeNull();
  });
});

describe('disagreement with decimals', () => {
  it('lets "50" agree with "50.4" but not with "57"', () => {
    expect(disagreement(v('count', 50), v('count', 50.4))).toBeNull();
    expect(disagreement(v('count', 50), v('count', 57))).not.toBeNull();
  });
});
