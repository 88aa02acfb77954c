// The 32-bit string hasher MinHash shingles are built from (xxhash-wasm). It initialises asynchronously, so it is
// loaded once and handed to the synchronous per-article code.
import xxhash from 'xxhash-wasm';

/** What the dedupe code needs of xxhash: a seeded 32-bit hash of a string. */
export interface Hasher {
  h32(input: string, seed?: number): number;
}

let loading: Promise<Hasher> | null = null;

/** Loads the xxhash WebAssembly module (once per process). */
export async function loadHasher(): Promise<Hasher> {
  loading ??= xxhash();
  return loading;
}
