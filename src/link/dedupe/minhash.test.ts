import { beforeAll, describe, expect, it } from 'vitest';
import { loadHasher, type Hasher } from './hasher.js';
import {
  estimateJaccard,
  minhashSignature,
  normalizeForDuplicates,
  shingleHashes,
  signText,
} from './minhash.js';

let hasher: Hasher;
beforeAll(async () => {
  hasher = await loadHasher();
});

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

describe('minhash', () => {
  it('folds case, whitespace and punctuation', () => {
    expect(normalizeForDuplicates('  Hello,   WORLD!\n\n“Quoted” — text. ')).toBe('hello world quoted text');
  });

  it('makes distinct shingles of k words, one shingle for short texts', () => {
    expect(shingleHashes(hasher, 'a b c d e f', 5)).toHaveLength(2);
    expect(shingleHashes(hasher, 'a b c', 5)).toHaveLength(1);
    expect(shingleHashes(hasher, 'a b c d e a b c d e', 5)).toHaveLength(5);
    expect(shingleHashes(hasher, '', 5)).toHaveLength(0);
  });

  it('is order-sensitive within shingles', () => {
    const a = shingleHashes(hasher, 'one two three four five', 5);
    const b = shingleHashes(hasher, 'five four three two one', 5);
    expect(a[0]).not.toBe(b[0]);
  });

  it('estimates Jaccard similarity within a few points', () => {
    // 300 shared words plus 60 own words each: shingle Jaccard ≈ (300-4)/(300-4 + 2·(60+4)) ≈ 0.70
    const shared = words(300, 's');
    const a = signText(hasher, `${words(60, 'a')} ${shared}`, { shingleWords: 5, size: 256 });
    const b = signText(hasher, `${shared} ${words(60, 'b')}`, { shingleWords: 5, size: 256 });
    const sa = new Set(shingleHashes(hasher, a.normalized, 5));
    const sb = shingleHashes(hasher, b.normalized, 5);
    const inter = [...sb].filter((x) => sa.has(x)).length;
    const truth = inter / (sa.size + sb.length - inter);
    expect(Math.abs(estimateJaccard(a.signature, b.signature) - truth)).toBeLessThan(0.08);
  });

  it('gives identical signatures for identical sets and low similarity for unrelated ones', () => {
    const x = shingleHashes(hasher, words(100, 'x'), 5);
    expect(estimateJaccard(minhashSignature(x, 64), minhashSignature(x, 64))).toBe(1);
    const y = shingleHashes(hasher, words(100, 'y'), 5);
    expect(estimateJaccard(minhashSignature(x, 128), minhashSignature(y, 128))).toBeLessThan(0.05);
  });
});
