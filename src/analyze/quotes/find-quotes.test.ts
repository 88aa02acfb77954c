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

  it('reads two apostrophes as quote marks and a titled speaker after the quote', () => {
    const q = quotesOf(
      "Governor Ruth Vance toured the harbour.\n\n''We will rebuild the pier by spring,'' Gov. Vance said. ''Nobody will be left out.''",
    );
    expect(q.map((x) => [x.kind, x.content, x.speaker, x.entity])).toEqual([
      ['direct', 'We will rebuild the pier by spring,', 'Gov. Vance', 'Ruth Vance'],
      ['direct', 'Nobody will be left out.', 'Gov. Vance', 'Ruth Vance'],
    ]);
  });

  it('takes a speaker with an apposition after the quote', () => {
    const q = quotesOf('“The budget is a mess,” Omar Diaz, a council member since 2019, said on Monday.');
    expect(q.map((x) => [x.content, x.speaker, x.verb])).toEqual([
      ['The budget is a mess,', 'Omar Diaz', 'say'],
    ]);
  });

  it('reads views held by no one named, questions put to someone, and polls as sources', () => {
    const q = quotesOf(
      'The mayor is expected to resign next week. The harbour seemed calm. ' +
        'Asked whether the tax would rise, Ms. Okoro said she could not say. ' +
        'In a city poll released Monday, most residents were unhappy with the tram.',
    );
    expect(q.map((x) => [x.content, x.speaker, x.verb])).toEqual([
      ['The mayor is expected to resign next week', undefined, 'expect'],
      ['The harbour seemed calm', undefined, 'seem'],
      ['whether the tax would rise', undefined, 'ask'],
      ['she could not say', 'Ms. Okoro', 'say'],
      ['most residents were unhappy with the tram', 'a city poll released Monday', 'in'],
      ['the tram', 'most residents', 'unhappy'],
    ]);
  });

  it('attributes both sides of a cue set off by commas', () => {
    const q = quotesOf('If the vote is close, the campaign said, it will wait a week.');
    expect(q.map((x) => [x.content, x.speaker])).toEqual([
      ['If the vote is close', 'the campaign'],
      ['it will wait a week', 'the campaign'],
    ]);
  });

  it('resolves "who" and "which" to what they stand for, and never makes "it" or "that" a speaker entity', () => {
    const q = quotesOf(
      'Senator Lia Park, who chairs the panel, said the bill would pass. ' +
        'The Harbour Authority, which runs the port, said the cranes were old. It said repairs would start soon.',
    );
    expect(q.map((x) => [x.speaker, x.entity])).toEqual([
      ['Senator Lia Park, who chairs the panel', 'Lia Park'],
      ['The Harbour Authority, which runs the port', 'Harbour Authority'],
      ['It', null],
    ]);
    const rel = quotesOf('The vote went to Senator Lia Park, who said the bill would pass.');
    expect(rel.map((x) => [x.speaker, x.entity])).toEqual([['who', 'Lia Park']]);
  });
});

describe('direct quotes: speakers and leads', () => {
  const brief = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker ?? null, q.verb, q.content]);

  it('takes a common noun with a determiner, or a document, as the speaker after a quote', () => {
    expect(brief('“We will not give up,” the woman shouted.')).toEqual([
      ['direct', 'the woman', 'shout', 'We will not give up,'],
    ]);
    expect(brief('“The tram is late again,” the lawsuit says.')).toEqual([
      ['direct', 'the lawsuit', 'say', 'The tram is late again,'],
    ]);
    expect(
      brief('“From day one, I made the tram my priority,” the bespectacled, 71-year-old mayor said.'),
    ).toEqual([
      ['direct', 'the bespectacled, 71-year-old mayor', 'say', 'From day one, I made the tram my priority,'],
    ]);
  });

  it('reports the words before a quote along with it when the cue follows', () => {
    expect(
      brief('Since the vote, the city has spent “more than it will ever recover,” the audit says.'),
    ).toEqual([
      ['direct', 'the audit', 'say', 'Since the vote, the city has spent “more than it will ever recover,'],
    ]);
  });

  it('does not give a quoted title in mid-sentence the cue of the clause after it', () => {
    expect(
      brief('Sunday on the channel’s “Morning Show,” Rep. Ann Holt said the tram was too slow for the city.'),
    ).toEqual([['indirect', 'Rep. Ann Holt', 'say', 'the tram was too slow for the city']]);
  });

  it('takes the cue of a short sentence of its own before the quote', () => {
    expect(brief('Dana Holt agreed. “The tram is the best thing that happened to this town.”')).toEqual([
      ['direct', 'Dana Holt', 'agree', 'The tram is the best thing that happened to this town.'],
    ]);
  });
});
