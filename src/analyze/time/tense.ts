// The tense of the clause around a time expression: reported news defaults to the past, "will" points ahead.

export type Tense = 'past' | 'present' | 'future';

const FUTURE =
  /\b(?:will|won't|wo n't|shall|would|'ll|going to|expected|expects to|scheduled|set to|plans? to|planned|planning|intends? to|is to|are to|due to|upcoming|coming|next|later|from now|hopes? to|aims? to|to be held|would|could|might)\b/gi;
const PAST =
  /\b(?:was|were|had|did|said|told|ago|last|earlier|previously|yesterday|been|went|came|met|made|took|gave|began|saw|fell|rose|won|lost|left|held|sold|bought|paid|spent|got|sent|became|ran|put|set off|[a-z]{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|now|currently|today|this)\b/gi;
const NOT_PAST = new Set([
  'need',
  'speed',
  'feed',
  'seed',
  'breed',
  'indeed',
  'proceed',
  'exceed',
  'succeed',
  'red',
  'shed',
  'hundred',
  'bed',
  'united',
  'limited',
  'based',
]);

/** The clause around [start, end): from the previous sentence or clause break to the next one. */
export function clauseBounds(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const floor = Math.max(0, start - 300);
  while (s > floor && !/[.;!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  const ceil = Math.min(text.length, end + 300);
  while (e < ceil && !/[.;!?\n]/.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** The sub-clause around [start, end): the clause cut at commas and at "and", "but", "while", "after", "before". */
function subClauseBounds(text: string, clause: { start: number; end: number }, start: number, end: number) {
  const window = text.slice(clause.start, clause.end);
  const breaks = /,|\s(?:and|but|while|whereas|after|before|when|because|although|though|since)\s/gi;
  let s = clause.start;
  let e = clause.end;
  for (let m = breaks.exec(window); m; m = breaks.exec(window)) {
    const at = clause.start + m.index;
    if (at + m[0].length <= start) s = at + m[0].length;
    else if (at >= end) {
      e = at;
      break;
    }
  }
  return { start: s, end: e };
}

function nearestCue(
  text: string,
  bounds: { start: number; end: number },
  start: number,
  end: number,
): Tense | null {
  const window = text.slice(bounds.start, bounds.end);
  const at = start - bounds.start;
  const len = end - start;
  let best: { tense: Tense; distance: number } | null = null;
  const consider = (re: RegExp, tense: Tense, weight: number) => {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (m.index >= at && m.index < at + len) continue; // inside the expression itself
      if (tense === 'past' && NOT_PAST.has(m[0].toLowerCase())) continue;
      // Cues before the expression govern it more often than cues after it ("arrived on Monday").
      const distance = (m.index < at ? at - (m.index + m[0].length) : 1.5 * (m.index - (at + len))) * weight;
      if (!best || distance < best.distance) best = { tense, distance };
    }
  };
  consider(FUTURE, 'future', 0.6);
  consider(PAST, 'past', 1);
  consider(PRESENT, 'present', 1.5);
  return (best as { tense: Tense } | null)?.tense ?? null;
}

/**
 * The tense cue nearest to the expression, first in its sub-clause, else in its clause: a future cue ("will",
 * "is expected to", "next"), a past cue ("said", "-ed" verbs, "last", "ago") or a present one; null when none.
 */
export function clauseTense(text: string, start: number, end: number): Tense | null {
  const clause = clauseBounds(text, start, end);
  const sub = subClauseBounds(text, clause, start, end);
  return nearestCue(text, sub, start, end) ?? nearestCue(text, clause, start, end);
}
