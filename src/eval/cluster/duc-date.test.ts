import { describe, expect, it } from 'vitest';
import { ducDate } from './duc-date.js';

describe('ducDate', () => {
  it('takes the day from the DOCNO and the time from the written date', () => {
    expect(ducDate('APW19980628.0168', '1998-28-06 05:36:00')).toBe('1998-06-28T05:36:00Z');
    expect(ducDate('NYT19980810.0423', '1998-08-10 21:35')).toBe('1998-08-10T21:35:00Z');
    expect(ducDate('XIE19990717.0012', '07/17/1999 7:32:00')).toBe('1999-07-17T07:32:00Z');
  });

  it('reads the written date when the DOCNO has none, whichever field is the month', () => {
    expect(ducDate('doc-1', '1998-28-06 05:36:00')).toBe('1998-06-28T05:36:00Z');
    expect(ducDate('doc-2', '07/17/1998')).toBe('1998-07-17T00:00:00Z');
    expect(ducDate('doc-3', 'sometime')).toBeNull();
  });
});
