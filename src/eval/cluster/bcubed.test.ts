import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.js';

describe('bcubed', () => {
  it('is 1 for a perfect clustering, whatever the labels', () => {
    expect(bcubed(['x', 'x', 'y'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('one cluster for everything: full recall, precision from the class sizes', () => {
    const s = bcubed(['x', 'x', 'x', 'x'], ['a', 'a', 'a', 'b']);
    expect(s.recall).toBe(1);
    expect(s.precision).toBeCloseTo((3 * 0.75 + 0.25) / 4);
  });

  it('singletons: full precision, recall from the class sizes', () => {
    const s = bcubed(['1', '2', '3'], ['a', 'a', 'b']);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo((0.5 + 0.5 + 1) / 3);
  });

  it('rejects lists of different lengths', () => {
    expect(() => bcubed(['x'], [])).toThrow(/length/);
  });
});
