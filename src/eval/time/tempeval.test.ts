import { describe, expect, it } from 'vitest';
import { parseTimeml } from './timeml.js';
import { f1, scoreTimexes } from './tempeval.js';

const DOC = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>Prices fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>`;

describe('TimeML reading and TempEval scoring', () => {
  it('reads the text, the timexes with offsets and the creation time', () => {
    const doc = parseTimeml('d1', DOC);
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('Prices fell & rose yesterday after three days.');
    expect(doc.timexes.map((t) => [t.text, t.value, doc.text.slice(t.start, t.end)])).toEqual([
      ['yesterday', '1998-01-07', 'yesterday'],
      ['three days', 'P3D', 'three days'],
    ]);
  });
  it('counts relaxed, strict and value matches one-to-one', () => {
    const gold = [
      { start: 0, end: 9, value: '1998-01-07' },
      { start: 20, end: 30, value: 'P3D' },
    ];
    const system = [
      { start: 0, end: 9, value: '1998-01-07' },
      { start: 14, end: 30, value: 'P2D' },
      { start: 40, end: 45, value: 'PRESENT_REF' },
    ];
    const c = scoreTimexes(gold, system);
    expect(c).toEqual({ system: 3, gold: 2, relaxed: 2, strict: 1, value: 1 });
    expect(f1(c.value, c.system, c.gold).f1).toBeCloseTo(0.4);
  });
});
