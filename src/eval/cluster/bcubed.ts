// B-cubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998), averaged over items.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/** `predicted[i]` and `gold[i]` are the cluster and the class of item i. */
export function bcubed(predicted: readonly string[], gold: readonly string[]): BCubed {
  if (predicted.length !== gold.length) throw new Error('bcubed: predicted and gold differ in length');
  const n = predicted.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const clusterSize = countOf(predicted);
  const classSize = countOf(gold);
  const both = countOf(predicted.map((p, i) => `${p}\u0000${gold[i]}`));
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const common = both.get(`${predicted[i]}\u0000${gold[i]}`) ?? 0;
    precision += common / (clusterSize.get(predicted[i] ?? '') ?? 1);
    recall += common / (classSize.get(gold[i] ?? '') ?? 1);
  }
  precision /= n;
  recall /= n;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

function countOf(xs: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}
