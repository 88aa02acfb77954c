import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from './publication.js';

describe('inferPublicationDate', () => {
  it('takes a dated dateline', () => {
    const r = inferPublicationDate(
      'MOSCOW, March 20, 2023 (Reuters) - Chinese President Xi Jinping arrived in Moscow on Monday for talks.',
    );
    expect(r.date).toBe('2023-03-20');
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.evidence.join(' ')).toMatch(/dateline/);
  });
  it('takes a date the text calls today when the weekdays agree', () => {
    const r = inferPublicationDate(
      'Talks began today, Tuesday, March 21, 2023, in the Kremlin. On Tuesday the two leaders signed a statement.',
    );
    expect(r.date).toBe('2023-03-21');
  });
  it('abstains when the weekday contradicts the stated date', () => {
    // 20 March 2023 was a Monday, not a Friday.
    const r = inferPublicationDate('PARIS, Friday, March 20, 2023 - The minister resigned.');
    expect(r.date).toBeNull();
  });
  it('abstains when the text gives no year-fixed day', () => {
    expect(
      inferPublicationDate('BEIJING, June 28 (Xinhua) -- The premier met the visitors on Sunday.').date,
    ).toBeNull();
    expect(inferPublicationDate('The council met on Monday and will vote next week.').date).toBeNull();
  });
  it('does not take an old date in a history paragraph for the day of writing', () => {
    const r = inferPublicationDate(
      'The treaty was signed on June 4, 1998. Officials met again on Thursday to discuss it.',
    );
    expect(r.date).toBeNull();
  });
  it('reads a publication line, and weighs an update line less', () => {
    const r = inferPublicationDate(
      'By Jane Doe. Published: March 20, 2023. The talks began on Monday in Moscow.',
    );
    expect(r.date).toBe('2023-03-20');
    expect(r.evidence.join(' ')).toMatch(/publication line/);
    const u = inferPublicationDate(
      'Posted on March 20, 2023. Updated March 21, 2023. The talks began on Monday in Moscow.',
    );
    expect(u.date).toBe('2023-03-20');
  });
  it('dates a year-less dateline by a nearby full date, on the agency clock', () => {
    // 14 May 2024 was a Tuesday; a Washington evening is already the next day in Beijing.
    const r = inferPublicationDate(
      'WASHINGTON, May 14 (Xinhua) -- The senators voted on Tuesday to extend the program, which ends on June 30, 2024.',
    );
    expect(r.date).toBe('2024-05-15');
    expect(r.confidence).toBeGreaterThan(0.8);
    expect(r.evidence.join(' ')).toMatch(/next day/);
    const asia = inferPublicationDate(
      'HANOI, May 14 (Xinhua) -- The ministers met on Tuesday and agreed to meet again on June 30, 2024.',
    );
    expect(asia.date).toBe('2024-05-14');
  });
  it('abstains on a year-less dateline when the clocks leave the day open or no year is given', () => {
    // Paris is seven hours behind Beijing: half the day's stories land on the next day there.
    expect(
      inferPublicationDate(
        'PARIS, May 14 (Xinhua) -- The ministers met on Tuesday and agreed to meet again on June 30, 2024.',
      ).date,
    ).toBeNull();
    // No full date anywhere: the year stays unknown.
    expect(
      inferPublicationDate('HANOI, May 14 (Xinhua) -- The ministers met on Tuesday in the capital.').date,
    ).toBeNull();
    // The weekdays do not fit the dateline day in the year the full date suggests (14 May 2024 is a Tuesday).
    expect(
      inferPublicationDate(
        'HANOI, May 14 (Xinhua) -- The ministers met on Friday and on Saturday; talks resume on June 30, 2024.',
      ).date,
    ).toBeNull();
  });
  it('takes the last entry of a chronology', () => {
    const r = inferPublicationDate(
      'Key dates in the dispute:\n\n--March 3, 2021: The company files suit.\n\n--May 9, 2022: A judge rules.\n\n--June 1, 2023: The appeal is heard.\n',
    );
    expect(r.date).toBe('2023-06-01');
    expect(r.evidence.join(' ')).toMatch(/chronology/);
  });
  it('picks the year in which the weekdays fit when two nearby full dates allow two years', () => {
    // 12 March 2024 is a Tuesday; 12 March 2029, near the end of the term, a Monday.
    const r = inferPublicationDate(
      'UNITED NATIONS, March 12 (Xinhua) -- The council voted on Tuesday for a mission beginning on April 1, 2024 and ending on March 31, 2029.',
    );
    expect(r.date).toBe('2024-03-13');
  });
});
