// Claim mentions from the quantities an article states: money, percentages, measures, counts, ordinals ("the
// 40th"), durations and ages — minus numbers that only refer ("the two leaders") or date something ("ten years ago").
import type { Quantity, StoryDoc } from '../../model.js';
import type { RawClaimMention } from './claim-mention.js';
import { headBefore, nearbyStems, sentenceAt, sentenceContext, type StoryRoles } from './mention-context.js';
import { baseUnit, durationSeconds, type ClaimValue, type Precision, type Scope } from './values.js';
import { stemWord } from './words.js';

const REFERRING = /\b(?:the|both|these|those|its|their|his|her|our|all)\s*$/i;
const DATING = /^\s*(?:ago|earlier|later|before|after|since|from now)\b/i;
const ADJECTIVAL_DURATION = /^\s*(?:anniversary|old)\b/i;
const APPROX =
  /\b(?:about|around|some|nearly|almost|roughly|approximately|close to|an estimated|estimated|circa|up to)\s*$/i;
const AT_LEAST = /\b(?:more than|over|at least|upwards of|in excess of|exceeding)\s*$/i;
const AT_MOST = /\b(?:less than|fewer than|under|at most|no more than|below)\s*$/i;

/** Words that make a duration the length of somebody's stay: "to spend two days", "a three-day visit". */
export const STAY_WORDS =
  /\b(?:spend|spends|spent|spending|stay|stays|stayed|visit|visits|trip|tour|sojourn)\b/i;

/** Heads of quantities that grow as news comes in: a newer figure updates an older one. */
const CHANGING = new Set(
  [
    'killed',
    'dead',
    'death',
    'deaths',
    'died',
    'toll',
    'injured',
    'wounded',
    'hurt',
    'missing',
    'casualties',
    'victims',
    'cases',
    'infected',
    'evacuated',
    'arrested',
    'detained',
    'displaced',
    'rescued',
    'survivors',
    'homeless',
    'confirmed',
    'raised',
    'collected',
    'donated',
  ].map(stemWord),
);

function precisionBefore(text: string): Precision {
  if (AT_LEAST.test(text)) return 'at-least';
  if (AT_MOST.test(text)) return 'at-most';
  if (APPROX.test(text)) return 'approx';
  return 'exact';
}

/** The scope a count of meetings or contacts covers, when the sentence says. */
export function scopeOf(sentence: string): Scope {
  if (/\bin[- ]person\b|\bface[- ]to[- ]face\b/i.test(sentence)) return 'in-person';
  if (/\bincluding\b[^.]{0,60}\b(?:phone|telephone|video|virtual|calls?)\b/i.test(sentence)) return 'all';
  return null;
}

export function quantityValue(q: Quantity, before: string, sentence: string): ClaimValue | null {
  const precision = precisionBefore(before);
  const scope = q.kind === 'count' || q.kind === 'ordinal' ? scopeOf(sentence) : null;
  if (q.kind === 'duration' || q.kind === 'age') {
    const seconds = durationSeconds(q.normalized);
    if (seconds === null) return null;
    return {
      kind: q.kind,
      unit: 's',
      amount: seconds,
      date: null,
      precision,
      scope,
      normalized: q.normalized,
    };
  }
  if (q.kind === 'count' || q.kind === 'ordinal')
    return {
      kind: q.kind,
      unit: null,
      amount: q.value,
      date: null,
      precision,
      scope,
      normalized: q.normalized,
    };
  const base = baseUnit(q.unit ?? '', q.value);
  return {
    kind: q.kind,
    unit: base.unit || null,
    amount: base.amount,
    date: null,
    precision,
    scope,
    normalized: q.normalized,
  };
}

export function quantityMentions(doc: StoryDoc, roles: StoryRoles): RawClaimMention[] {
  const text = doc.article.text;
  const out: RawClaimMention[] = [];
  for (const q of doc.analysis.quantities) {
    const before = text.slice(Math.max(0, q.start - 30), q.start);
    const after = text.slice(q.end, q.end + 20);
    if (q.kind === 'count' && (q.value <= 1 || REFERRING.test(before))) continue;
    // Not statements of quantity: decades ('40s), clock times (0954 GMT), scores and votes (5-4), "Name, 55,".
    if (
      /['’]$/.test(before) ||
      /^0\d/.test(q.text) ||
      /^\s*[-–]\s*\d/.test(after) ||
      /\d\s*[-–]\s*$/.test(before)
    )
      continue;
    if (q.kind === 'count' && !q.counted && /,\s*$/.test(before) && /^\s*[,.;)]/.test(after)) continue;
    if (/\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\s*$/u.test(before)) continue; // a label: "PHOTO SLUG 3
    if (q.kind === 'ordinal' && q.value === 1) continue; // "first … since" is read on its own
    if (q.kind === 'duration' && (DATING.test(after) || ADJECTIVAL_DURATION.test(after))) continue;
    const s = sentenceAt(doc, q.start);
    if (s === null) continue;
    const context = sentenceContext(doc, s, roles);
    const value = quantityValue(q, before, context.text);
    if (!value) continue;
    const stems = nearbyStems(context, q, 6);
    const stay = q.kind === 'duration' && STAY_WORDS.test(context.text);
    if (stay) stems.push('STAY');
    const counted = q.counted ? stemWord(q.counted.split(/\s+/).pop() ?? q.counted) : null;
    out.push({
      doc,
      context,
      family: stay ? 'stay' : 'quantity',
      value,
      stems,
      head: headBefore(context, q),
      counted,
      label: stay ? 'length of stay' : (q.counted ?? labelFrom(text, q)),
      changing: [counted, ...stems].some((w) => w !== null && CHANGING.has(w)),
      at: { start: q.start, end: q.end },
    });
  }
  return out;
}

/** A few words after (else before) the number that say what it is: "more than ten years ago" → "more". */
function labelFrom(text: string, q: Quantity): string {
  const after = /^\s*((?:[a-z][\w-]*\s*){1,3})/i.exec(text.slice(q.end, q.end + 40));
  if (after?.[1]) return after[1].trim();
  const before = /((?:[a-z][\w-]*\s*){1,3})$/i.exec(text.slice(Math.max(0, q.start - 40), q.start));
  return before?.[1]?.trim() ?? q.text;
}
