// The scrapinghub article-extraction-benchmark metric: tokens are \w+ runs (case kept), shingles are 4
// consecutive tokens counted as multisets; per page, matched / extra / missing shingles normalised to sum 1.

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

const TOKEN = /[\p{L}\p{N}\p{M}\p{Pc}]+/gu; // Python's Unicode \w

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  // Like the benchmark: a text shorter than n tokens is one shingle of what there is (none for empty text).
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleMatch(truth: string, prediction: string, n = 4): ShingleCounts {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall from the per-page normalised counts averaged over pages; F1 from those two. */
export function aggregate(pages: readonly ShingleCounts[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  const n = Math.max(1, pages.length);
  const tp = pages.reduce((s, p) => s + p.tp, 0) / n;
  const fp = pages.reduce((s, p) => s + p.fp, 0) / n;
  const fn = pages.reduce((s, p) => s + p.fn, 0) / n;
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
