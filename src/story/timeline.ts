// buildTimeline(docs) → TimelineEntry[]: the story's dated developments, merged across sources, in time order.
// Each entry is a resolved date (or range) from an article's time expressions with the sentence around it;
// what happened, what was announced and what is expected are told apart from tense and cue verbs, and
// earlier history the articles recall is marked as background.
import { addDays, type Day, daysBetween, formatDay, parseDay } from '../analyze/time/calendar.js';
import { findTimes } from '../analyze/time/find-times.js';
import type { Citation, DatePrecision, Span, StoryDoc, TimeExpression, TimelineEntry } from '../model.js';
import { storyReferences } from './story-dates.js';

/** Days before the story's first article from which a dated development counts as background. */
export const BACKGROUND_DAYS = 7;

interface Development {
  start: string;
  end: string | null;
  precision: DatePrecision;
  kind: TimelineEntry['kind'];
  text: string;
  words: Set<string>;
  citation: Citation;
  sourceKey: string;
  seq: number;
}

const ANNOUNCE =
  /\b(?:announc\w*|confirm\w*|reveal\w*|present\w*|declar\w*|unveil\w*|stat(?:ed|ement)|publish\w*|releas\w*|report\w*|said|says|told|invit\w*|wrote)\b/i;
const STOP = new Set(
  'the a an of to in on at for and or but with by from as is are was were be been being has have had did does that this these those it its his her their they them he him she we our you your will would can could may might should must shall also after before about than then there which who whom what when where while into over more most such not no yes just only very even now said says all any some both each other one two'.split(
    ' ',
  ),
);

/** Lower-case content words (stem-cut): what a development says, not who it is about (names are capitalised). */
function contentWords(text: string): Set<string> {
  return new Set(
    (text.match(/[\p{L}\d]+/gu) ?? [])
      .filter((w) => w.length > 2 && !/^\p{Lu}/u.test(w) && !STOP.has(w))
      .map((w) => w.toLowerCase().slice(0, 5)),
  );
}

/** Shared words over the smaller set's size. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (Math.min(a.size, b.size) || 1);
}

/** The ISO start/end and precision of a time value, when it is a calendar date the timeline can place. */
export function entryDate(value: string, endValue: string | null): TimelineEntry['date'] | null {
  const time = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (time) return { start: `${time[1]}T${time[2]}`, end: null, precision: 'time' };
  const dayPart = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI))?$/.exec(value);
  const endDay = endValue && /^\d{4}-\d{2}-\d{2}$/.test(endValue) ? endValue : null;
  if (dayPart)
    return { start: dayPart[1]!, end: endDay && endDay > dayPart[1]! ? endDay : null, precision: 'day' };
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week → its Monday to Sunday.
    const jan4: Day = { year: Number(week[1]), month: 1, day: 4 };
    const monday = addDays(
      jan4,
      -((new Date(Date.UTC(jan4.year, 0, 4)).getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7,
    );
    return { start: formatDay(monday), end: formatDay(addDays(monday, 6)), precision: 'day' };
  }
  if (/^\d{4}-\d{2}$/.test(value))
    return {
      start: value,
      end: endValue && /^\d{4}-\d{2}$/.test(endValue) ? endValue : null,
      precision: 'month',
    };
  if (/^\d{4}$/.test(value))
    return { start: value, end: endValue && /^\d{4}$/.test(endValue) ? endValue : null, precision: 'year' };
  return null;
}

/** happened / announced / expected: future values are expected; announcement verbs near the date make it announced. */
function kindOf(
  text: string,
  t: TimeExpression,
  sentence: { start: number; end: number },
): TimelineEntry['kind'] {
  if (t.tense === 'future') return 'expected';
  const before = text.slice(Math.max(sentence.start, t.start - 60), t.start);
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 40));
  return ANNOUNCE.test(before.split(/[,;]/).pop() ?? '') || ANNOUNCE.test(after.split(/[,;]/)[0] ?? '')
    ? 'announced'
    : 'happened';
}

/** The part of the sentence, between semicolons, that holds the expression. */
function clauseAround(text: string, sentence: Span, t: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (let i = t.start - 1; i > sentence.start; i--)
    if (text[i] === ';') {
      start = i + 1;
      break;
    }
  for (let i = t.end; i < sentence.end; i++)
    if (text[i] === ';') {
      end = i;
      break;
    }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/** The time expressions of an article resolved against its reference day (re-resolved when the story gave it). */
function timesFor(doc: StoryDoc, reference: string | null): TimeExpression[] {
  const used = doc.analysis.publication?.value?.slice(0, 10) ?? null;
  if (reference === used) return doc.analysis.times ?? [];
  return findTimes(doc.article.text, { reference, sentences: doc.analysis.sentences });
}

function developments(docs: readonly StoryDoc[]): { list: Development[]; firstDay: string | null } {
  const refs = storyReferences(docs);
  const list: Development[] = [];
  for (const [i, doc] of docs.entries()) {
    if (doc.link.duplicateOf) continue; // a copy adds no development of its own
    const text = doc.article.text;
    const sentences = doc.analysis.sentences;
    // A sentence gives every day it names; a year or month only when it names no day, and then the first one
    // ("met this morning for the first time since 2019" is a development of this morning).
    const placed: { t: TimeExpression; date: TimelineEntry['date'] }[] = [];
    for (const t of timesFor(doc, refs[i]!.day)) {
      if (t.type !== 'date' && t.type !== 'time') continue;
      const date = entryDate(t.value, t.endValue);
      if (date) placed.push({ t, date });
    }
    const kept = placed.filter(({ t, date }, k) => {
      if (PRECISION_RANK[date.precision] >= PRECISION_RANK.day) return true;
      const same = placed.filter((p) => p.t.sentence === t.sentence);
      if (same.some((p) => PRECISION_RANK[p.date.precision] >= PRECISION_RANK.day)) return false;
      return same[0] === placed[k];
    });
    for (const { t, date } of kept) {
      const sentence = clauseAround(text, sentences[t.sentence] ?? { start: 0, end: text.length }, t);
      const sentenceText = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
      if (sentenceText.split(' ').length < 6) continue; // headlines and fragments carry no development
      list.push({
        ...date,
        kind: kindOf(text, t, sentence),
        text: sentenceText,
        words: contentWords(sentenceText),
        citation: { articleId: doc.article.id, span: sentence },
        sourceKey: doc.link.sourceKey,
        seq: doc.link.seq,
      });
    }
  }
  const days = refs.map((r) => r.day).filter((d): d is string => d !== null);
  return { list, firstDay: days.length ? days.sort()[0]! : null };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** Two developments on the same date that tell the same thing: the same range, or shared content words. */
function sameDevelopment(a: Development, b: Development): boolean {
  if (a.end !== null && a.start === b.start && a.end === b.end) return true;
  return (
    a.start === b.start && a.end === b.end && a.precision === b.precision && overlap(a.words, b.words) >= 0.25
  );
}

function isBackground(start: string, firstDay: string | null): boolean {
  if (!firstDay) return false;
  const first = parseDay(firstDay)!;
  const day = parseDay(start.length === 4 ? `${start}-12-31` : start.length === 7 ? `${start}-28` : start);
  return !!day && daysBetween(day, first) > BACKGROUND_DAYS;
}

export function buildTimeline(docs: readonly StoryDoc[]): TimelineEntry[] {
  const { list, firstDay } = developments(docs);
  const groups: Development[][] = [];
  for (const d of [...list].sort((a, b) => a.seq - b.seq || a.citation.span.start - b.citation.span.start)) {
    const group = groups.find((g) => g.some((x) => sameDevelopment(x, d)));
    if (group) group.push(d);
    else groups.push([d]);
  }
  const entries = groups.map((g) => {
    // The fullest range any source gives, and the strongest kind: happened > announced > expected.
    const end =
      g
        .map((d) => d.end)
        .filter((e): e is string => e !== null)
        .sort()
        .pop() ?? null;
    const kind: TimelineEntry['kind'] = g.some((d) => d.kind === 'happened')
      ? 'happened'
      : g.some((d) => d.kind === 'announced')
        ? 'announced'
        : 'expected';
    const lead = g.find((d) => d.kind === kind) ?? g[0]!;
    const citations: Citation[] = [];
    for (const d of g)
      if (
        !citations.some((c) => c.articleId === d.citation.articleId && c.span.start === d.citation.span.start)
      )
        citations.push(d.citation);
    return {
      date: { start: lead.start, end, precision: lead.precision },
      text: lead.text,
      kind,
      background: isBackground(lead.start, firstDay),
      citations,
      sources: new Set(g.map((d) => d.sourceKey)).size,
      seq: Math.min(...g.map((d) => d.seq)),
    };
  });
  entries.sort(
    (a, b) =>
      a.date.start.localeCompare(b.date.start) ||
      (a.date.end ?? '').localeCompare(b.date.end ?? '') ||
      b.sources - a.sources ||
      a.seq - b.seq,
  );
  return entries.map(({ seq: _seq, ...e }, i) => ({ id: `tl-${i + 1}-${e.date.start}`, ...e }));
}
