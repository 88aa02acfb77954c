// Every article that supports a summary sentence: the sentence it came from plus, in each other article, the
// most similar sentence when it says much the same (cosine of content-word stems).
import type { Citation, CitedSentence, StoryDoc } from '../../model.js';
import type { SentenceUnit } from './units.js';

function counts(stems: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of stems) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

export function cosine(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ca = counts(a);
  const cb = counts(b);
  let dot = 0;
  for (const [k, v] of ca) dot += v * (cb.get(k) ?? 0);
  let na = 0;
  let nb = 0;
  for (const v of ca.values()) na += v * v;
  for (const v of cb.values()) nb += v * v;
  return dot / Math.sqrt(na * nb);
}

/** Similarity from which another article's sentence counts as saying the same thing. */
export const SUPPORT_THRESHOLD = 0.5;

export function citeSentence(
  unit: SentenceUnit,
  units: readonly SentenceUnit[],
  docs: readonly StoryDoc[],
  threshold = SUPPORT_THRESHOLD,
): CitedSentence {
  const best = new Map<number, { unit: SentenceUnit; score: number }>();
  for (const other of units) {
    if (other.doc === unit.doc) continue;
    const score = cosine(unit.stems, other.stems);
    if (score < threshold) continue;
    const current = best.get(other.doc);
    if (!current || score > current.score) best.set(other.doc, { unit: other, score });
  }
  const supporting = [unit, ...[...best.values()].sort((a, b) => a.unit.doc - b.unit.doc).map((b) => b.unit)];
  const citations: Citation[] = supporting.map((u) => ({ articleId: u.articleId, span: { ...u.span } }));
  const sources = new Set(supporting.map((u) => docs[u.doc]?.link.sourceKey ?? u.articleId));
  return {
    text: unit.text,
    from: { articleId: unit.articleId, sentence: unit.sentence },
    citations,
    sources: sources.size,
  };
}
