// Ranges written as two expressions: "from tomorrow to Wednesday", "between March 20 and March 22", "1998 to 2001".
import type { Candidate } from './rules.js';

const OPENERS = /\b(?:from|between)\s+$/i;
const JOINS = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
const OPEN_JOINS = /^\s*(?:to|through|until|till|-|–|—)\s*$/i;

const isDate = (c: Candidate) => c.type === 'date' || c.type === 'time';

/**
 * Folds two date expressions into one range when the text joins them: "between X and Y" / "from X to Y",
 * or "X to Y" / "X through Y" without an opener. "X and Y" alone is a list, not a range.
 */
export function mergeRanges(text: string, sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    if (b && isDate(a) && isDate(b) && a.endValue === null && b.endValue === null) {
      const between = text.slice(a.end, b.start);
      const opened = OPENERS.test(text.slice(Math.max(0, a.start - 10), a.start));
      if ((opened && JOINS.test(between)) || OPEN_JOINS.test(between)) {
        if (b.value >= a.value || /X/.test(a.value) || /X/.test(b.value)) {
          out.push({ ...a, end: b.end, endValue: b.value, rule: `${a.rule}+range` });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
