import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { paragraphSpans } from '../analyze/sentences.js';
import type { StoryDoc } from '../model.js';
import { buildTimeline, entryDate } from './timeline.js';
import { storyDoc } from './test-docs.js';

/** A StoryDoc with a real analysis of the text, dated (metadata) or not. */
function doc(
  id: string,
  text: string,
  date: string | null,
  seq: number,
  sourceKey = `outlet:${id}`,
): StoryDoc {
  const analysis = analyze({ id, text, paragraphs: paragraphSpans(text), publishedAt: date });
  const d = storyDoc(id, text, { seq, sourceKey, analysis });
  d.link.date = date
    ? { value: date, source: 'metadata' }
    : { value: '2030-01-01T00:00:00Z', source: 'ingested' };
  return d;
}

describe('buildTimeline', () => {
  const a = doc(
    'a',
    'The summit opened in Geneva on Monday. Delegates will sign the water treaty on Wednesday, officials said. The dispute began in June 2019 when the dam was closed.',
    '2024-05-14',
    1,
  );
  const b = doc(
    'b',
    'Ministers signed the water treaty on Wednesday after two days of talks. Next month the commission will meet again to review the treaty.',
    '2024-05-16',
    2,
  );
  const timeline = buildTimeline([a, b]);
  const view = timeline.map((e) => [
    e.date.start,
    e.date.end,
    e.date.precision,
    e.kind,
    e.background,
    e.sources,
  ]);

  it('places developments in time order with their precision', () => {
    expect(view).toEqual([
      ['2019-06', null, 'month', 'happened', true, 1],
      ['2024-05-13', null, 'day', 'happened', false, 1],
      ['2024-05-15', null, 'day', 'happened', false, 2],
      ['2024-06', null, 'month', 'expected', false, 1],
    ]);
  });
  it('merges one development across sources, citing each article', () => {
    const signing = timeline.find((e) => e.date.start === '2024-05-15')!;
    expect(signing.citations.map((c) => c.articleId).sort()).toEqual(['a', 'b']);
    expect(signing.kind).toBe('happened'); // expected in the first article, reported done in the second
  });
  it('marks announcements', () => {
    const c = doc('c', 'The ministry announced on Friday that the border would reopen.', '2024-05-13', 1);
    expect(buildTimeline([c]).map((e) => [e.date.start, e.kind])).toEqual([['2024-05-10', 'announced']]);
  });
  it('borrows the story days for articles without any date', () => {
    const dated = doc(
      'd',
      'The leaders will meet in Rome between March 20 and 22, the office said in 2022.',
      null,
      1,
    );
    const undated = doc('e', 'The leaders met in Rome on Monday and will meet again on Wednesday.', null, 2);
    // 2023-03-20 is a Monday and 2023-03-22 a Wednesday: the days the articles name fit the weekdays they use.
    const t = buildTimeline([dated, undated]);
    // The year in the first sentence gives way to the days it names.
    expect(t.map((e) => [e.date.start, e.date.end, e.kind])).toEqual([
      ['2023-03-20', null, 'happened'],
      ['2023-03-20', '2023-03-22', 'expected'],
      ['2023-03-22', null, 'expected'],
    ]);
  });
});

describe('entryDate', () => {
  it('turns TIMEX3 values into start, end and precision', () => {
    expect(entryDate('2023-03-20', '2023-03-22')).toEqual({
      start: '2023-03-20',
      end: '2023-03-22',
      precision: 'day',
    });
    expect(entryDate('2023-03-20T10:00', null)).toEqual({
      start: '2023-03-20T10:00',
      end: null,
      precision: 'time',
    });
    expect(entryDate('2023-W12', null)).toEqual({ start: '2023-03-20', end: '2023-03-26', precision: 'day' });
    expect(entryDate('PRESENT_REF', null)).toBeNull();
    expect(entryDate('XXXX-03-20', null)).toBeNull();
  });
});
