import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown.js';

describe('markdownToText', () => {
  it('takes the first top-level heading as title and reduces markup to words', () => {
    const doc = markdownToText(
      '# Leaders meet\n\nThe **two** leaders met in [Moscow](https://x.test/m) on _Monday_.\n\n' +
        '## Background\n\n- First point\n- Second `point`\n\n![photo](p.jpg)\n\n> A quoted line\n',
    );
    expect(doc.title).toBe('Leaders meet');
    expect(doc.text).toBe(
      'The two leaders met in Moscow on Monday.\n\nBackground\n\nFirst point\n\nSecond point\n\nA quoted line',
    );
  });

  it('reads simple front matter and drops code fences', () => {
    const doc = markdownToText(
      '---\ntitle: "Trade talks"\ndate: 2023-03-20\noutlet: Example Post\n---\nBody line one\ncontinues here.\n\n```\ncode\n```\n',
    );
    expect(doc.frontMatter).toEqual({ title: 'Trade talks', date: '2023-03-20', outlet: 'Example Post' });
    expect(doc.title).toBe('Trade talks');
    expect(doc.text).toBe('Body line one continues here.');
  });
});
