import { describe, expect, it } from 'vitest';
import { parseMetadataDate } from './dates.js';
import { parseJsonLines, parseJsonRecords, recordHints } from './records.js';

describe('article records', () => {
  it('reads JSON Lines, reporting bad lines by number', () => {
    const results = parseJsonLines(
      '{"text":"a b c","outlet":"Wire","publishedAt":"2023-03-20"}\n\n{oops\n[1]\n{"title":"t"}\n',
    );
    expect(results.map((r) => r.where)).toEqual(['line 1', 'line 3', 'line 4', 'line 5']);
    expect(results[0]).toMatchObject({ record: { text: 'a b c', outlet: 'Wire' } });
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/invalid JSON on line 3/) });
    expect(results[2]).toMatchObject({ error: expect.stringMatching(/not a JSON object/) });
    expect(results[3]).toMatchObject({ error: expect.stringMatching(/no "text", "html" or "url"/) });
  });

  it('reads a JSON array or a wrapped list, and common field aliases', () => {
    expect(
      parseJsonRecords('[{"body":"x y"},{"link":"https://n.test/a","headline":"H","author":{"name":"A"}}]'),
    ).toMatchObject([
      { record: { text: 'x y' } },
      { record: { url: 'https://n.test/a', title: 'H', authors: ['A'] } },
    ]);
    expect(parseJsonRecords('{"articles":[{"text":"z"}]}')).toHaveLength(1);
    expect(() => parseJsonRecords('{broken')).toThrow(/invalid JSON/);
  });

  it('gives record metadata the "record" provenance', () => {
    const [r] = parseJsonRecords(
      '{"text":"t","outlet":"Wire","publishedAt":"Mon, 20 Mar 2023 10:00:00 GMT","language":"es"}',
    );
    if (!r || !('record' in r)) throw new Error('expected a record');
    const hints = recordHints(r.record, parseMetadataDate);
    expect(hints).toMatchObject({
      outlet: { value: 'Wire', source: 'record' },
      publishedAt: { value: '2023-03-20T10:00:00.000Z', source: 'record' },
      language: { value: 'es', source: 'record' },
    });
  });
});
