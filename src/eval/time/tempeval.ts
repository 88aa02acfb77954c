// TempEval-3 style scoring of time expressions: relaxed (overlap) and strict extent F1, and value F1
// (a system expression counts for value only when it overlaps a gold one and their values are equal).

export interface ScoredTimex {
  start: number;
  end: number;
  value: string;
}

export interface Counts {
  system: number;
  gold: number;
  relaxed: number;
  strict: number;
  value: number;
}

export function emptyCounts(): Counts {
  return { system: 0, gold: 0, relaxed: 0, strict: 0, value: 0 };
}

/** Matches system to gold one-to-one by overlap (in text order) and counts the agreements. */
export function scoreTimexes(
  gold: readonly ScoredTimex[],
  system: readonly ScoredTimex[],
  into = emptyCounts(),
): Counts {
  into.system += system.length;
  into.gold += gold.length;
  const used = new Set<number>();
  for (const s of system) {
    let best = -1;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      if (used.has(i) || g.end <= s.start || s.end <= g.start) continue;
      if (best < 0 || (g.start === s.start && g.end === s.end)) best = i;
    }
    if (best < 0) continue;
    used.add(best);
    const g = gold[best]!;
    into.relaxed++;
    if (g.start === s.start && g.end === s.end) into.strict++;
    if (g.value.toUpperCase() === s.value.toUpperCase()) into.value++;
  }
  return into;
}

export function f1(
  matched: number,
  system: number,
  gold: number,
): { precision: number; recall: number; f1: number } {
  const precision = system ? matched / system : 0;
  const recall = gold ? matched / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
