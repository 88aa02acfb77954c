// Matching predicted quotes to gold attributions. Predicted quotes that share one cue (a direct quote split by
// "he said") are one attribution; its content is the union of their contents. A gold attribution's content is
// found when it and a predicted attribution's content overlap by at least half of each (so a prediction that
// swallows a whole paragraph does not count as finding the short clause inside it). The source is right when
// the predicted speaker, or the mention a pronoun speaker stands for, overlaps the gold source; when the gold
// has no source, when the prediction names no speaker either.
import type { Quote, Span } from '../../model.js';
import type { GoldAttribution } from './brat.js';

export interface PredictedAttribution {
  content: Span[];
  speakers: Span[];
}

const length = (s: readonly Span[]) => s.reduce((n, x) => n + x.end - x.start, 0);

/** Characters two sets of spans share (each set's spans assumed disjoint). */
export function sharedLength(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Predicted quotes grouped by their cue span; quotes without a cue stand alone. */
export function groupByCue(quotes: readonly Quote[]): PredictedAttribution[] {
  const groups = new Map<string, PredictedAttribution>();
  quotes.forEach((q, i) => {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : `#${i}`;
    const g = groups.get(key) ?? { content: [], speakers: [] };
    g.content.push({ start: q.content.start, end: q.content.end });
    for (const s of [q.speaker, q.speaker?.resolvedFrom])
      if (s) g.speakers.push({ start: s.start, end: s.end });
    groups.set(key, g);
  });
  return [...groups.values()];
}

export function contentMatches(gold: readonly Span[], predicted: readonly Span[]): boolean {
  const shared = sharedLength(gold, predicted);
  return shared > 0 && shared * 2 >= length(gold) && shared * 2 >= length(predicted);
}

export function scoreDocument(
  gold: readonly GoldAttribution[],
  quotes: readonly Quote[],
): { found: number; sourceRight: number; predicted: number; predictedHit: number } {
  const predicted = groupByCue(quotes);
  let found = 0;
  let sourceRight = 0;
  for (const g of gold) {
    const matches = predicted.filter((p) => contentMatches(g.content, p.content));
    const match = matches.sort(
      (a, b) => sharedLength(g.content, b.content) - sharedLength(g.content, a.content),
    )[0];
    if (!match) continue;
    found++;
    const right =
      g.source.length === 0 ? match.speakers.length === 0 : sharedLength(match.speakers, g.source) > 0;
    if (right) sourceRight++;
  }
  const predictedHit = predicted.filter((p) => gold.some((g) => contentMatches(g.content, p.content))).length;
  return { found, sourceRight, predicted: predicted.length, predictedHit };
}
