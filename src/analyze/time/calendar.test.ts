import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatWeek,
  isoWeek,
  parseDay,
  weekday,
  weekdayOfWeek,
  formatDay,
} from './calendar.js';

describe('calendar', () => {
  it('parses and validates days', () => {
    expect(parseDay('2023-03-20T10:00:00Z')).toEqual({ year: 2023, month: 3, day: 20 });
    expect(parseDay('2023-02-30')).toBeNull();
    expect(parseDay('March 20')).toBeNull();
  });
  it('knows weekdays and ISO weeks', () => {
    const d = parseDay('2023-03-20')!;
    expect(weekday(d)).toBe(1);
    expect(formatWeek(d)).toBe('2023-W12');
    expect(isoWeek(parseDay('2021-01-01')!)).toEqual({ year: 2020, week: 53 });
    expect(formatDay(weekdayOfWeek(parseDay('2023-03-22')!, 2))).toBe('2023-03-21');
  });
  it('adds days and months across boundaries', () => {
    expect(formatDay(addDays(parseDay('2023-12-31')!, 1))).toBe('2024-01-01');
    expect(addMonths(2023, 1, -1)).toEqual({ year: 2022, month: 12 });
    expect(addMonths(2023, 11, 3)).toEqual({ year: 2024, month: 2 });
  });
});
