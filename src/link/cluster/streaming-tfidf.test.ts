import { describe, expect, it } from 'vitest';
import { countTerms, StreamingDf } from './streaming-tfidf.js';

const DAY = 86_400_000;

describe('StreamingDf', () => {
  it('counts documents per feature and weighs rare features above common ones', () => {
    const df = new StreamingDf();
    df.observe(['quake', 'peru'], 0);
    df.observe(['quake', 'chile'], 0);
    df.observe(['quake', 'quake'], 0);
    expect(df.df('quake', 0)).toBe(3);
    expect(df.df('peru', 0)).toBe(1);
    expect(df.idf('peru', 0)).toBeGreaterThan(df.idf('quake', 0));
    expect(df.weight('peru', 4, 0)).toBeCloseTo((1 + Math.log(4)) * df.idf('peru', 0));
  });

  it('forgets with time: a count halves after one half-life', () => {
    const df = new StreamingDf({ halfLifeDays: 10, forgetBelow: 0.01, maxFeatures: 1000 });
    df.observe(['storm'], 0);
    expect(df.df('storm', 10 * DAY)).toBeCloseTo(0.5);
    df.observe(['storm'], 10 * DAY);
    expect(df.df('storm', 10 * DAY)).toBeCloseTo(1.5);
  });

  it('prunes features it has forgotten, so the table stays bounded', () => {
    const df = new StreamingDf({ halfLifeDays: 1, forgetBelow: 0.2, maxFeatures: 100_000 });
    for (let i = 0; i < 1000; i++) df.observe([`w${i}`], i * DAY);
    expect(df.size).toBeLessThan(10);
  });

  it('caps the number of features', () => {
    const df = new StreamingDf({ halfLifeDays: 1e9, forgetBelow: 0, maxFeatures: 50 });
    for (let i = 0; i < 300; i++) df.observe([`w${i}`, 'common'], 0);
    expect(df.size).toBeLessThanOrEqual(50);
    expect(df.df('common', 0)).toBe(300);
  });

  it('survives a snapshot round trip', () => {
    const df = new StreamingDf();
    df.observe(['a', 'b'], 5 * DAY);
    const back = StreamingDf.fromJSON(JSON.parse(JSON.stringify(df.toJSON())));
    expect(back.df('a', 6 * DAY)).toBeCloseTo(df.df('a', 6 * DAY));
    expect(back.documentCount(6 * DAY)).toBeCloseTo(df.documentCount(6 * DAY));
  });

  it('reopens exactly as it was: the same counts to the last bit, and pruning on the same schedule', () => {
    const options = { halfLifeDays: 3, forgetBelow: 0.3, maxFeatures: 100_000 };
    const live = new StreamingDf(options);
    const feed = (df: StreamingDf, from: number, to: number) => {
      for (let i = from; i < to; i++) df.observe([`w${i % 7}`, `r${i}`], i * 0.37 * DAY);
    };
    feed(live, 0, 321);
    const back = StreamingDf.fromJSON(JSON.parse(JSON.stringify(live.toJSON())), options);
    // Decayed counts are fractions (w3 here is not a round number), kept exactly.
    expect(back.df('w3', 321 * 0.37 * DAY)).toBe(live.df('w3', 321 * 0.37 * DAY));
    // The 500th observation prunes: it must come at the same document in both.
    feed(live, 321, 520);
    feed(back, 321, 520);
    expect(back.toJSON()).toEqual(live.toJSON());
  });
});

describe('countTerms', () => {
  it('boosts title terms', () => {
    const counts = countTerms('Flood in Dhaka', 'The flood rose overnight.', 3);
    expect(counts.get('flood')).toBe(4);
    expect(counts.get('dhaka')).toBe(3);
    expect(counts.get('rose')).toBe(1);
  });
});
