// Locality-sensitive hashing by banding: a MinHash signature is cut into `bands` bands of `rows` values; two
// signatures that agree on every value of at least one band become candidates. With b bands of r rows, sets of
// Jaccard similarity s collide with probability 1 - (1 - s^r)^b (an S-curve with its steepest point near
// (1/b)^(1/r)). Candidates are confirmed on the full signatures by the caller.
import { fmix32 } from './minhash.js';

export interface BandingOptions {
  bands: number;
  rows: number;
}

/** The probability that two sets of Jaccard similarity `s` share at least one band. */
export function collisionProbability(s: number, { bands, rows }: BandingOptions): number {
  return 1 - (1 - s ** rows) ** bands;
}

/** One 32-bit key per band of the signature (band index mixed in, so bands never collide with each other). */
export function bandKeys(signature: Uint32Array, { bands, rows }: BandingOptions): number[] {
  if (signature.length < bands * rows) throw new Error(`signature of ${signature.length} < ${bands}×${rows}`);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = fmix32(b + 0x51ed27);
    for (let r = 0; r < rows; r++) h = fmix32(Math.imul(h ^ signature[b * rows + r]!, 0x27d4eb2d));
    keys.push(h);
  }
  return keys;
}

/** Buckets of ids by band key, with removal, so the index can forget old entries. */
export class LshBuckets {
  private readonly buckets: Map<number, string[]>[];

  constructor(readonly options: BandingOptions) {
    this.buckets = Array.from({ length: options.bands }, () => new Map<number, string[]>());
  }

  add(id: string, keys: readonly number[]): void {
    keys.forEach((k, b) => {
      const map = this.buckets[b]!;
      const list = map.get(k);
      if (list) list.push(id);
      else map.set(k, [id]);
    });
  }

  remove(id: string, keys: readonly number[]): void {
    keys.forEach((k, b) => {
      const map = this.buckets[b]!;
      const list = map.get(k);
      if (!list) return;
      const i = list.indexOf(id);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) map.delete(k);
    });
  }

  /** Ids sharing at least one band, each once, in the order they were first added to a shared bucket. */
  candidates(keys: readonly number[]): string[] {
    const seen = new Set<string>();
    keys.forEach((k, b) => {
      for (const id of this.buckets[b]!.get(k) ?? []) seen.add(id);
    });
    return [...seen];
  }

  /** Number of non-empty buckets (for tests of forgetting). */
  size(): number {
    return this.buckets.reduce((n, m) => n + m.size, 0);
  }
}
