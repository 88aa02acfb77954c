// Which claim mentions state the same fact: same kind of value, words about the same thing (stems near the
// number, what is counted), and compatible subjects (the entities around the number).
import type { RawClaimMention } from './claim-mention.js';

function valueClass(m: RawClaimMention): string {
  const v = m.value;
  if (m.family === 'first-since') return 'first-since';
  if (m.family === 'stay') return 'stay';
  if (v.kind === 'count' || v.kind === 'ordinal') return 'count';
  if (v.kind === 'duration') return 'duration';
  return `${v.kind}:${v.unit ?? ''}`;
}

function sharedStems(a: RawClaimMention, b: RawClaimMention): number {
  const bs = new Set(b.stems);
  return new Set(a.stems.filter((w) => bs.has(w))).size;
}

function entityOverlap(a: RawClaimMention, b: RawClaimMention): boolean | null {
  if (!a.context.entityIds.length || !b.context.entityIds.length) return null;
  const bs = new Set(b.context.entityIds);
  return a.context.entityIds.some((e) => bs.has(e));
}

/** How strongly two mentions look like statements of one fact (0 = not the same fact). */
export function alignmentScore(a: RawClaimMention, b: RawClaimMention): number {
  if (valueClass(a) !== valueClass(b)) return 0;
  const overlap = entityOverlap(a, b);
  if (overlap === false) return 0;
  let score = sharedStems(a, b);
  if (a.counted && b.counted) {
    if (a.counted === b.counted) score += 2;
    else if (a.value.kind === b.value.kind) return 0; // "14 agreements" and "14 countries" are different facts
  }
  if (score >= 2) return score;
  return score >= 1 && overlap === true ? score : 0;
}

/** Groups mentions into facts: a mention joins the group it aligns best with (single link), else starts one. */
export function alignMentions(mentions: readonly RawClaimMention[]): RawClaimMention[][] {
  const groups: RawClaimMention[][] = [];
  for (const m of mentions) {
    let best: RawClaimMention[] | null = null;
    let bestScore = 0;
    for (const g of groups) {
      const score = Math.max(...g.map((x) => alignmentScore(m, x)));
      if (score > bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.push(m);
    else groups.push([m]);
  }
  return groups;
}
