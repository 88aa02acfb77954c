import { describe, expect, it } from 'vitest';
import { dateInName, parseMetadataDate } from './dates.js';

describe('parseMetadataDate', () => {
  it('keeps plain dates as dates', () => {
    expect(parseMetadataDate('2023-03-20')).toBe('2023-03-20');
    expect(parseMetadataDate('20230320')).toBe('2023-03-20');
    expect(parseMetadataDate('20 March 2023')).toBe('2023-03-20');
  });
  it('reads RFC 822 and ISO timestamps into UTC ISO', () => {
    expect(parseMetadataDate('Mon, 20 Mar 2023 10:00:00 +0300')).toBe('2023-03-20T07:00:00.000Z');
    expect(parseMetadataDate('2023-03-20T10:00:00Z')).toBe('2023-03-20T10:00:00.000Z');
    expect(parseMetadataDate('2023-03-20 10:00')).toMatch(/^2023-03-20T/);
  });
  it('rejects nonsense', () => {
    expect(parseMetadataDate('yesterday-ish')).toBeNull();
    expect(parseMetadataDate('2023-02-30')).toBeNull();
    expect(parseMetadataDate('')).toBeNull();
  });
});

describe('dateInName', () => {
  it('finds dates in file names and URL paths', () => {
    expect(dateInName('2023-03-20-xi-visit.txt')).toBe('2023-03-20');
    expect(dateInName('https://news.test/2023/03/20/xi-visit')).toBe('2023-03-20');
    expect(dateInName('report_20230320.html')).toBe('2023-03-20');
  });
  it('ignores hashes and ids that are not dates', () => {
    expect(dateInName('000_6a54e8158bad12ab.txt')).toBeNull();
    expect(dateInName('article-123456789.html')).toBeNull();
  });
});
