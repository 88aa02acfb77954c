import { describe, expect, it } from 'vitest';
import { paragraphSpans, segment } from './sentences.js';

describe('segment', () => {
  it('tokenizes a text the same whatever was segmented before (possessives always split)', () => {
    const text = "The harbour master's report came first. Then Ms. Okafor's reply.";
    const before = segment(text);
    segment("The harbour master's office and Okafor's staff met again; the master's deputy said so.");
    const after = segment(text);
    expect(after).toEqual(before);
    expect(after.tokens.map((t) => t.text)).toContain("'s");
    expect(after.tokens.map((t) => t.text)).not.toContain("master's");
    expect(after.sentences).toHaveLength(2);
  });

  it('handles abbreviations, initials, times, decimals and quotes', () => {
    const text =
      'Mr. J. R. Smith arrived at 10:00 a.m. in the U.S. on Monday. "We are ready," he said. Growth was 3.5% in 2023.';
    const { sentences, tokens } = segment(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. J. R. Smith arrived at 10:00 a.m. in the U.S. on Monday.',
      '"We are ready," he said.',
      'Growth was 3.5% in 2023.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === '3.5')?.sentence).toBe(2);
  });

  it('ends sentences at paragraph breaks and records the paragraph', () => {
    const text = 'A headline without a stop\n\nThe first sentence. The second one.';
    const { sentences } = segment(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['A headline without a stop', 0],
      ['The first sentence.', 1],
      ['The second one.', 1],
    ]);
    expect(paragraphSpans(' a \n\n b')).toEqual([
      { start: 1, end: 2 },
      { start: 6, end: 7 },
    ]);
  });
});
