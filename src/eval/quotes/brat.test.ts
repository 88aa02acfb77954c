import { describe, expect, it } from 'vitest';
import { parseBrat } from './brat.js';

describe('parseBrat', () => {
  it('reads attribution events with discontinuous content and missing sources', () => {
    const ann = [
      'T1\tSource 0 5\tAnna',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;30 40\tit rained ... all day',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 50 60\tprices rose',
      'T6\tAttribution-no-source 61 70\tis feared',
      'E2\tAttribution-no-source:T6 Content:T5',
      'E3\tAttribution-no-source:T6 ',
    ].join('\n');
    expect(parseBrat(ann)).toEqual([
      {
        content: [
          { start: 11, end: 20 },
          { start: 30, end: 40 },
        ],
        source: [{ start: 0, end: 5 }],
        cue: [{ start: 6, end: 10 }],
      },
      { content: [{ start: 50, end: 60 }], source: [], cue: [] },
    ]);
  });
});
