// Ranges written as two expressions: "from tomorrow to Wednesday", "between March 20 and March 22", "1998 to 2001".
import { addDays, formatDay, parseDay } from './calendar.js';
import type { Candidate } from './rules.js';

const OPENERS = /\b(?:from|between)\s+$/i;
const JOINS = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
const OPEN_JOINS = /^\s*(?:to|through|until|till|-|–|—)\s*$/i;

const isDate = (c: Candidate) => c.type === 'date' || c.type === 'time';

/** The end of a range given as a weekday resolves after its start ("from tomorrow to Friday"). */
function laterWeekday(a: Candidate, b: Candidate): string {
  const start = parseDay(a.value);
  let end = parseDay(b.value);
  if (b.rule !== 'weekday' || !start || !end || !/^\d{4}-\d{2}-\d{2}$/.test(b.value)) return b.value;
  while (formatDay(end) < formatDay(start)) end = addDays(end, 7);
  return formatDay(end);
}

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
        const endValue = laterWeekday(a, b);
        if (endValue >= a.value || /X/.test(a.value) || /X/.test(endValue)) {
          out.push({ ...a, end: b.end, endValue, rule: `${a.rule}+range` });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
