// Concepts a summary can cover: content-word stems and adjacent content-word bigrams of a sentence, each weighted
// by how many independent sources (distinct sourceKeys) mention it anywhere in their article.
import { stemSequence } from './words.js';

/** The concepts of a text: unigrams "u:stem" and bigrams "b:stem stem" of adjacent content words. */
export function conceptsOf(text: string): Set<string> {
  const seq = stemSequence(text);
  const out = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    const a = seq[i];
    if (!a) continue;
    out.add(`u:${a}`);
    // A bigram skips at most one stop word between two content words ("talks in Beijing" → talks beijing).
    const b = seq[i + 1] ?? (seq[i + 1] === null ? seq[i + 2] : undefined);
    if (b) out.add(`b:${a} ${b}`);
  }
  return out;
}

/**
 * Weight of each concept: the number of distinct sources whose text contains it. Concepts only one source
 * reports weigh nothing, so what most independent sources say drives the choice.
 */
export function conceptWeights(
  texts: readonly { sourceKey: string; text: string }[],
  minSources = 2,
): Map<string, number> {
  const sources = new Map<string, Set<string>>();
  for (const { sourceKey, text } of texts)
    for (const c of conceptsOf(text)) {
      let s = sources.get(c);
      if (!s) sources.set(c, (s = new Set()));
      s.add(sourceKey);
    }
  const weights = new Map<string, number>();
  for (const [c, s] of sources) if (s.size >= minSources) weights.set(c, s.size);
  return weights;
}
