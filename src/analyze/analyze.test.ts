import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { paragraphSpans } from './sentences.js';

describe('analyze', () => {
  const text =
    'The finance ministers met in the capital on Monday.\n\nTalks lasted four and a half hours, according to the state news agency Xinhua.\n\n"It was a disgraceful deal," the opposition leader said, while the communist dictator smiled.';
  const article = { id: 'tx', text, paragraphs: paragraphSpans(text) };

  it('is deterministic and finds sentences, quantities, sources and opinion with offsets into the text', () => {
    const a = analyze(article);
    expect(analyze(article)).toEqual(a);
    expect(a.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['The finance ministers met in the capital on Monday.', 0],
      ['Talks lasted four and a half hours, according to the state news agency Xinhua.', 1],
      ['"It was a disgraceful deal," the opposition leader said, while the communist dictator smiled.', 2],
    ]);
    expect(a.quantities.map((q) => text.slice(q.start, q.end))).toEqual(['four and a half hours']);
    expect(a.citedSources.map((c) => [text.slice(c.start, c.end), c.kind])).toEqual([['Xinhua', 'agency']]);
    expect(a.opinion.map((o) => o.opinion)).toEqual([false, false, true]);
    expect(a.opinion[2]?.quotedTriggers.map((t) => t.text)).toEqual(['disgraceful']);
  });
});

describe('analyze on words that name Object.prototype members', () => {
  it('finds nothing in them and returns plain data (a worker can send it)', () => {
    const text =
      'The French constructor Renault said its toString and valueOf units would hasOwnProperty ' +
      'the constructor business. Analysts called the constructor deal a __proto__ of the industry.';
    const analysis = analyze({ id: 'proto', text, paragraphs: [{ start: 0, end: text.length }] });
    expect(() => structuredClone(analysis)).not.toThrow();
    const functions: string[] = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'function') functions.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(analysis, 'analysis');
    expect(functions).toEqual([]);
  });
});
