import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { paragraphSpans } from '../sentences.js';

const quotesOf = (text: string) => {
  const a = analyze({ id: 't', text, paragraphs: paragraphSpans(text) });
  return a.quotes.map((q) => ({
    kind: q.kind,
    content: q.content.text,
    verb: q.cue?.verb,
    speaker: q.speaker?.text,
    entity: q.speaker?.entity != null ? a.entities[q.speaker.entity]?.name : null,
    addressee: q.addressee?.text ?? null,
    medium: q.medium,
  }));
};

describe('findQuotes', () => {
  it('attributes direct quotes with the speaker after, before, or as a pronoun', () => {
    const text =
      'Finance Minister Maria Lopez arrived in Lima on Monday. "We will cut the deficit this year," Lopez told reporters. ' +
      'She added: "Nobody should expect new taxes before the election." "The plan is sound and fair to everyone," she said.';
    expect(quotesOf(text)).toEqual([
      {
        kind: 'direct',
        content: 'We will cut the deficit this year,',
        verb: 'tell',
        speaker: 'Lopez',
        entity: 'Maria Lopez',
        addressee: 'reporters',
        medium: null,
      },
      {
        kind: 'direct',
        content: 'Nobody should expect new taxes before the election.',
        verb: 'add',
        speaker: 'She',
        entity: 'Maria Lopez',
        addressee: null,
        medium: null,
      },
      {
        kind: 'direct',
        content: 'The plan is sound and fair to everyone,',
        verb: 'say',
        speaker: 'she',
        entity: 'Maria Lopez',
        addressee: null,
        medium: null,
      },
    ]);
  });

  it('finds indirect speech and "according to", with the medium when named', () => {
    const text =
      'Senator Tom Reyes said on Twitter that the vote would be delayed. The talks failed, according to two diplomats. ' +
      'The bridge will reopen in May, the transport ministry said in a statement.';
    const q = quotesOf(text);
    expect(q.map((x) => [x.kind, x.content, x.speaker, x.medium])).toEqual([
      ['indirect', 'the vote would be delayed', 'Senator Tom Reyes', 'Twitter'],
      ['indirect', 'The talks failed', 'two diplomats', null],
      ['indirect', 'The bridge will reopen in May', 'the transport ministry', 'statement'],
    ]);
  });

  it('takes a short quote that ends in its own punctuation, not a scare quote', () => {
    const q = quotesOf(
      'Judge Ruth Okafor listened. “Really?” she asked. The lawyers called it “routine” anyway.',
    );
    expect(q.filter((x) => x.kind === 'direct').map((x) => [x.content, x.speaker])).toEqual([
      ['Really?', 'she'],
    ]);
  });

  it('leaves narrative alone but reads evaluations as attributions', () => {
    expect(quotesOf('The river rose overnight and the town was flooded. The "new" bridge held.')).toEqual([]);
    expect(
      quotesOf('Critics called it a "double standard".').map((q) => [q.speaker, q.verb, q.content]),
    ).toEqual([['Critics', 'call', 'it a "double standard"']]);
  });
});
