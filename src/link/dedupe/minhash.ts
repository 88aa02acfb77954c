// MinHash signatures over word shingles. Text is normalised (Unicode NFKC, case folded, punctuation and
// whitespace folded to single spaces), cut into overlapping k-word shingles, and each shingle hashed to 32 bits
// from the xxhash values of its words. The signature keeps, for each of `size` independent hash permutations, the
// smallest permuted shingle hash; the share of equal positions in two signatures estimates the Jaccard similarity
// of the two shingle sets.
import type { Hasher } from './hasher.js';

export interface MinHashOptions {
  /** Words per shingle (default 5). */
  shingleWords: number;
  /** Signature length: number of hash permutations (default 100). */
  size: number;
}

export const DEFAULT_MINHASH: MinHashOptions = { shingleWords: 5, size: 100 };

/** Case, whitespace and punctuation folded: two texts that differ only in those are equal after this. */
export function normalizeForDuplicates(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The murmur3 32-bit finaliser: a cheap bijective mix of a 32-bit value. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the distinct k-word shingles of normalised text (one shingle of all words when there are fewer). */
export function shingleHashes(hasher: Hasher, normalized: string, shingleWords: number): Uint32Array {
  if (normalized === '') return new Uint32Array(0);
  const words = normalized.split(' ');
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hasher.h32(words[i]!, 0x9747b28c);
  const k = Math.min(shingleWords, words.length);
  const count = words.length - k + 1;
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = fmix32(Math.imul(h ^ wordHashes[i + j]!, 0x01000193) + j);
    out[i] = h;
  }
  out.sort();
  // Distinct values only (sets, not bags).
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.slice(0, n);
}

/** Seeds of the hash permutations: fixed, derived from a constant, so signatures are stable across runs. */
function permutationSeeds(size: number): Uint32Array {
  const seeds = new Uint32Array(size);
  let s = 0x2545f491;
  for (let i = 0; i < size; i++) {
    s = fmix32(s + 0x9e3779b9);
    seeds[i] = s;
  }
  return seeds;
}

const SEED_CACHE = new Map<number, Uint32Array>();

/** The MinHash signature of a set of shingle hashes; an empty set gives all 0xffffffff. */
export function minhashSignature(shingles: Uint32Array, size: number): Uint32Array {
  let seeds = SEED_CACHE.get(size);
  if (!seeds) {
    seeds = permutationSeeds(size);
    SEED_CACHE.set(size, seeds);
  }
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < size; i++) {
      const v = fmix32(x ^ seeds[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of the sets behind two signatures of equal length. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Normalises, shingles and signs a text in one go. */
export function signText(
  hasher: Hasher,
  text: string,
  options: MinHashOptions = DEFAULT_MINHASH,
): { normalized: string; shingleCount: number; signature: Uint32Array } {
  const normalized = normalizeForDuplicates(text);
  const shingles = shingleHashes(hasher, normalized, options.shingleWords);
  return { normalized, shingleCount: shingles.length, signature: minhashSignature(shingles, options.size) };
}
