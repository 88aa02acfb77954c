// Greedy budgeted concept coverage: repeatedly take the sentence whose not-yet-covered concepts weigh most per
// word (weights from conceptWeights: independent sources reporting the concept), earlier sentences of an article
// favoured, until the word budget is used. Covered concepts count once, so repeats add nothing (no redundancy).
import { cosine, SUPPORT_THRESHOLD } from './support.js';
import type { SentenceUnit } from './units.js';

export interface SelectOptions {
  /** Word budget: selection stops once this many words are chosen. */
  words: number;
  /** Most sentences to take (key points). */
  maxSentences?: number;
  /** Exponent on sentence length in the gain-per-word ratio (1 = per word, 0 = per sentence). */
  lengthPower?: number;
  /** How much an article's opening sentences are favoured: gain × (1 + lead / (1 + position)). */
  lead?: number;
  /** How far past the budget the last sentence may run. */
  overflow?: number;
  /**
   * A sentence this similar (cosine of content stems) to a chosen one says the same again and is skipped; by
   * default the similarity from which a sentence counts as supporting another.
   */
  maxSimilarity?: number;
  /** Extra concept context (the headline) that definite descriptions may refer to. */
  context?: ReadonlySet<string>;
}

/** Reading order: article order (date, then arrival), then position in the article. */
export function readingOrder(a: SentenceUnit, b: SentenceUnit, docRank: readonly number[]): number {
  return (docRank[a.doc] ?? 0) - (docRank[b.doc] ?? 0) || a.sentence - b.sentence;
}

/** Whether a sentence's opening reference is resolved by the sentences that precede it in the summary. */
export function admissible(
  unit: SentenceUnit,
  chosen: readonly SentenceUnit[],
  docRank: readonly number[],
  context: ReadonlySet<string> = new Set(),
): boolean {
  const before = chosen.filter((c) => readingOrder(c, unit, docRank) < 0);
  switch (unit.reference.kind) {
    case 'none':
      return true;
    case 'pronoun':
      // Its antecedent is the article's previous sentence, which then stands right before it.
      return before.some((c) => c.doc === unit.doc && c.sentence === unit.sentence - 1);
    case 'definite': {
      const heads = unit.reference.heads;
      if (heads.some((h) => context.has(`u:${h}`))) return true;
      return before.some((c) => heads.some((h) => c.concepts.has(`u:${h}`)));
    }
  }
}

export function selectSentences(
  units: readonly SentenceUnit[],
  weights: ReadonlyMap<string, number>,
  docRank: readonly number[],
  options: SelectOptions,
): SentenceUnit[] {
  const lengthPower = options.lengthPower ?? 1;
  const lead = options.lead ?? 0;
  const overflow = options.overflow ?? Infinity;
  const maxSentences = options.maxSentences ?? Infinity;
  const maxSimilarity = options.maxSimilarity ?? SUPPORT_THRESHOLD;
  const covered = new Set<string>();
  const chosen: SentenceUnit[] = [];
  const seenTexts = new Set<string>();
  let used = 0;
  const pool = units.filter((u) => u.eligible);
  while (used < options.words && chosen.length < maxSentences) {
    let best: SentenceUnit | null = null;
    let bestScore = 0;
    for (const u of pool) {
      if (chosen.includes(u) || seenTexts.has(u.text.toLowerCase())) continue;
      if (used + u.words > options.words + overflow) continue;
      let gain = 0;
      for (const c of u.concepts) if (!covered.has(c)) gain += weights.get(c) ?? 0;
      if (gain <= 0) continue;
      const score = (gain / Math.pow(u.words, lengthPower)) * (1 + lead / (1 + u.sentence));
      if (
        score > bestScore &&
        admissible(u, chosen, docRank, options.context) &&
        !chosen.some((c) => cosine(c.stems, u.stems) >= maxSimilarity)
      ) {
        best = u;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    seenTexts.add(best.text.toLowerCase());
    used += best.words;
    for (const c of best.concepts) covered.add(c);
  }
  return chosen;
}
