import { describe, expect, it } from 'vitest';
import type { Quote, StoryDoc } from '../model.js';
import { buildQuoteLedger } from './quotes-ledger.js';
import { storyDoc } from './test-docs.js';

function withQuote(
  id: string,
  text: string,
  content: string,
  speaker: string,
  opts: { seq: number; date: string },
): StoryDoc {
  const c = text.indexOf(content);
  const s = text.indexOf(speaker);
  const quote: Quote = {
    kind: 'direct',
    content: { start: c, end: c + content.length, text: content },
    cue: { start: 0, end: 0, text: 'said', verb: 'say' },
    speaker: { start: s, end: s + speaker.length, text: speaker, entity: 0 },
    addressee: null,
    medium: 'statement',
    sentence: 0,
  };
  return storyDoc(id, text, {
    ...opts,
    analysis: {
      entities: [{ id: 0, name: 'Ana Ruiz', type: 'person', aliases: [], roles: [], mentions: 1 }],
      quotes: [quote],
    },
    link: { entityIds: ['person:ana-ruiz'] },
  });
}

describe('buildQuoteLedger', () => {
  it('groups two wordings of one utterance and names the first outlet to report it', () => {
    const ledger = buildQuoteLedger([
      withQuote(
        'b1',
        'Ruiz said: "Peru is ready to work with Chile to firmly defend the regional order."',
        'Peru is ready to work with Chile to firmly defend the regional order.',
        'Ruiz',
        { seq: 2, date: '2023-05-02' },
      ),
      withQuote(
        'a1',
        '"Peru is ready to work with Chile to defend the regional order firmly," Ruiz said.',
        'Peru is ready to work with Chile to defend the regional order firmly,',
        'Ruiz',
        { seq: 1, date: '2023-05-01' },
      ),
      withQuote(
        'c1',
        '"We will lower taxes next year," Ruiz said.',
        'We will lower taxes next year,',
        'Ruiz',
        {
          seq: 3,
          date: '2023-05-03',
        },
      ),
    ]);
    expect(ledger).toHaveLength(2);
    const first = ledger[0]!;
    expect(first.variants.map((v) => v.articleId).sort()).toEqual(['a1', 'b1']);
    expect(first.independentSources).toBe(2);
    expect(first.firstReported.articleId).toBe('a1');
    expect(first.speaker).toEqual({ entityId: 'person:ana-ruiz', name: 'Ana Ruiz' });
    expect(first.medium).toBe('statement');
  });
});
