import { describe, expect, it } from 'vitest';
import { bandKeys, collisionProbability, LshBuckets } from './lsh.js';

describe('lsh banding', () => {
  it('has an S-curve around (1/b)^(1/r)', () => {
    const o = { bands: 20, rows: 5 };
    expect(collisionProbability(0.8, o)).toBeGreaterThan(0.999);
    expect(collisionProbability(0.3, o)).toBeLessThan(0.05);
  });

  it('finds signatures that share a band and forgets removed ids', () => {
    const o = { bands: 4, rows: 2 };
    const a = Uint32Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const b = Uint32Array.from([1, 2, 9, 9, 9, 9, 9, 9]); // shares band 0
    const c = Uint32Array.from([2, 1, 3, 9, 5, 9, 7, 9]); // shares no full band
    const buckets = new LshBuckets(o);
    buckets.add('a', bandKeys(a, o));
    expect(buckets.candidates(bandKeys(b, o))).toEqual(['a']);
    expect(buckets.candidates(bandKeys(c, o))).toEqual([]);
    buckets.remove('a', bandKeys(a, o));
    expect(buckets.candidates(bandKeys(b, o))).toEqual([]);
    expect(buckets.size()).toBe(0);
  });

  it('keeps equal values in different bands apart', () => {
    const o = { bands: 2, rows: 2 };
    const keys = bandKeys(Uint32Array.from([5, 5, 5, 5]), o);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
