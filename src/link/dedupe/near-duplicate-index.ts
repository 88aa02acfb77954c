// Exact and near-duplicate detection over a sliding window of recent articles.
//
// - Exact: the same text once case, whitespace and punctuation are folded (normalizeForDuplicates) → similarity 1.
// - Near: MinHash (100 permutations) over 5-word shingles, LSH with 20 bands of 5 rows (candidates from about
//   Jaccard 0.55 up; a pair at 0.8 is found with probability > 0.999), confirmed on the full signatures:
//   estimated Jaccard ≥ 0.8, or — for a reprint cut short or padded with a long header/footer — estimated
//   containment of the smaller shingle set in the larger ≥ 0.9 with Jaccard ≥ 0.5 and at least 30 shingles in the
//   smaller text. The best candidate wins; ties go to the earliest article.
// - Memory is bounded: the index keeps at most `maxArticles` articles and forgets those older than `maxAgeMs`
//   before the newest one it has seen.
import type { Hasher } from './hasher.js';
import { bandKeys, LshBuckets, type BandingOptions } from './lsh.js';
import { DEFAULT_MINHASH, estimateJaccard, signText, type MinHashOptions } from './minhash.js';

export { loadHasher, type Hasher } from './hasher.js';

export interface NearDuplicateOptions {
  minhash: MinHashOptions;
  banding: BandingOptions;
  /** Estimated Jaccard similarity at which two texts are near-duplicates. */
  threshold: number;
  /** Containment of the smaller text in the larger that also counts (with Jaccard ≥ containmentMinJaccard). */
  containment: number;
  containmentMinJaccard: number;
  containmentMinShingles: number;
  maxArticles: number;
  maxAgeMs: number;
}

export const DEFAULT_NEAR_DUPLICATE: NearDuplicateOptions = {
  minhash: DEFAULT_MINHASH,
  banding: { bands: 20, rows: 5 },
  threshold: 0.8,
  containment: 0.9,
  containmentMinJaccard: 0.5,
  containmentMinShingles: 30,
  maxArticles: 50_000,
  maxAgeMs: 30 * 24 * 3600 * 1000,
};

export interface DuplicateMatch {
  articleId: string;
  similarity: number;
}

interface Entry {
  id: string;
  /** The first article of its group of copies (itself when it copies nothing remembered). */
  original: string;
  at: number;
  exactKey: string;
  shingleCount: number;
  signature: Uint32Array;
  keys: number[];
}

interface Signed {
  text: string;
  exactKey: string;
  shingleCount: number;
  signature: Uint32Array;
  keys: number[];
}

/** The JSON form of the index state. */
export interface NearDuplicateState {
  version: 1;
  options: NearDuplicateOptions;
  newestAt: number;
  /** Entries oldest first: [id, at, exactKey, shingleCount, base64 signature, original id]. */
  entries: [string, number, string, number, string, string?][];
}

export class NearDuplicateIndex {
  readonly options: NearDuplicateOptions;
  private readonly entries = new Map<string, Entry>();
  /** Ids in insertion order (a queue: `head` is the oldest still kept). */
  private order: string[] = [];
  private head = 0;
  private readonly exact = new Map<string, string>();
  private readonly buckets: LshBuckets;
  private newestAt = -Infinity;
  private last: Signed | null = null;

  constructor(
    private readonly hasher: Hasher,
    options: Partial<NearDuplicateOptions> = {},
  ) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE, ...options };
    const { minhash, banding } = this.options;
    if (banding.bands * banding.rows > minhash.size) throw new Error('bands × rows exceeds signature size');
    this.buckets = new LshBuckets(banding);
  }

  /** Number of articles currently remembered. */
  get size(): number {
    return this.entries.size;
  }

  private sign(text: string): Signed {
    if (this.last && this.last.text === text) return this.last;
    const { normalized, shingleCount, signature } = signText(this.hasher, text, this.options.minhash);
    const exactKey = exactKeyOf(this.hasher, normalized);
    const signed = {
      text,
      exactKey,
      shingleCount,
      signature,
      keys: bandKeys(signature, this.options.banding),
    };
    this.last = signed;
    return signed;
  }

  /** The remembered article this text copies (exact or near), or null. */
  find(text: string): DuplicateMatch | null {
    const s = this.sign(text);
    const exactId = this.exact.get(s.exactKey);
    if (exactId !== undefined) return { articleId: exactId, similarity: 1 };
    if (s.shingleCount === 0) return null;
    const o = this.options;
    let best: DuplicateMatch | null = null;
    for (const id of this.buckets.candidates(s.keys)) {
      const e = this.entries.get(id);
      if (!e) continue;
      const j = estimateJaccard(s.signature, e.signature);
      let ok = j >= o.threshold;
      if (!ok && j >= o.containmentMinJaccard) {
        const small = Math.min(s.shingleCount, e.shingleCount);
        const intersection = (j * (s.shingleCount + e.shingleCount)) / (1 + j);
        ok = small >= o.containmentMinShingles && intersection / small >= o.containment;
      }
      if (!ok) continue;
      if (!best || j > best.similarity) best = { articleId: id, similarity: j };
    }
    return best;
  }

  /**
   * The first remembered article of the group of copies an article belongs to: copies of copies lead back to one
   * original ("one independent source"). The article itself when it copies nothing; null when not remembered.
   */
  originalOf(articleId: string): string | null {
    return this.entries.get(articleId)?.original ?? null;
  }

  /** Remembers an article (at: its time in ms, used for forgetting). Adding a known id again is a no-op. */
  add(articleId: string, text: string, at: number): void {
    if (this.entries.has(articleId)) return;
    const match = this.find(text);
    const s = this.sign(text);
    this.insert({
      id: articleId,
      original: match ? (this.entries.get(match.articleId)?.original ?? match.articleId) : articleId,
      at,
      exactKey: s.exactKey,
      shingleCount: s.shingleCount,
      signature: s.signature,
      keys: s.keys,
    });
  }

  private insert(e: Entry): void {
    this.entries.set(e.id, e);
    this.order.push(e.id);
    if (!this.exact.has(e.exactKey)) this.exact.set(e.exactKey, e.id);
    if (e.shingleCount > 0) this.buckets.add(e.id, e.keys);
    if (Number.isFinite(e.at) && e.at > this.newestAt) this.newestAt = e.at;
    this.forget();
  }

  private forget(): void {
    const { maxArticles, maxAgeMs } = this.options;
    while (this.head < this.order.length) {
      const e = this.entries.get(this.order[this.head]!)!;
      const tooMany = this.entries.size > maxArticles;
      const tooOld = Number.isFinite(e.at) && e.at < this.newestAt - maxAgeMs;
      if (!tooMany && !tooOld) break;
      this.entries.delete(e.id);
      if (this.exact.get(e.exactKey) === e.id) this.exact.delete(e.exactKey);
      if (e.shingleCount > 0) this.buckets.remove(e.id, e.keys);
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  toJSON(): NearDuplicateState {
    const entries: NearDuplicateState['entries'] = [];
    for (let i = this.head; i < this.order.length; i++) {
      const e = this.entries.get(this.order[i]!)!;
      const bytes = new Uint8Array(e.signature.buffer, e.signature.byteOffset, e.signature.byteLength);
      entries.push([
        e.id,
        e.at,
        e.exactKey,
        e.shingleCount,
        Buffer.from(bytes).toString('base64'),
        e.original,
      ]);
    }
    return { version: 1, options: this.options, newestAt: this.newestAt, entries };
  }

  static fromJSON(hasher: Hasher, json: unknown): NearDuplicateIndex {
    const state = json as NearDuplicateState;
    if (!state || state.version !== 1 || !Array.isArray(state.entries))
      throw new Error('not a NearDuplicateIndex state');
    const index = new NearDuplicateIndex(hasher, state.options);
    for (const [id, at, exactKey, shingleCount, sig, original] of state.entries) {
      const buf = Buffer.from(sig, 'base64');
      const signature = new Uint32Array(buf.byteLength / 4);
      new Uint8Array(signature.buffer).set(buf);
      index.insert({
        id,
        original: original ?? id,
        at,
        exactKey,
        shingleCount,
        signature,
        keys: bandKeys(signature, index.options.banding),
      });
    }
    if (typeof state.newestAt === 'number') index.newestAt = Math.max(index.newestAt, state.newestAt);
    return index;
  }
}

/** A 64-bit-ish key of the normalised text (two seeded 32-bit hashes and the length). */
function exactKeyOf(hasher: Hasher, normalized: string): string {
  return `${hasher.h32(normalized, 1).toString(36)}.${hasher.h32(normalized, 2).toString(36)}.${normalized.length.toString(36)}`;
}
