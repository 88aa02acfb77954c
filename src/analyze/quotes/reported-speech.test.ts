import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { paragraphSpans } from '../sentences.js';

const found = (text: string) => {
  const a = analyze({ id: 't', text, paragraphs: paragraphSpans(text) });
  return a.quotes.map((q) => [q.speaker?.text ?? null, q.cue?.verb ?? null, q.content.text]);
};

describe('reported speech', () => {
  it('takes the clause after "X says" with or without "that"', () => {
    expect(found('Mayor Ann Holt says the new tram line will open before winter.')).toEqual([
      ['Mayor Ann Holt', 'say', 'the new tram line will open before winter'],
    ]);
    expect(found('Forty percent said they would keep the incumbent.')).toEqual([
      ['Forty percent', 'say', 'they would keep the incumbent'],
    ]);
  });

  it('keeps an attribution nested in the content of another', () => {
    expect(found('Forty percent said they would vote for the incumbent.')).toEqual([
      ['Forty percent', 'say', 'they would vote for the incumbent'],
      ['they', 'vote', 'the incumbent'],
    ]);
  });

  it('skips the addressee and the setting before the content', () => {
    const text = 'The coach told the local newspaper on Sunday that the team had lost its spirit.';
    const q = analyze({ id: 't', text, paragraphs: paragraphSpans(text) }).quotes;
    expect(q.map((x) => [x.speaker?.text, x.addressee?.text, x.content.text])).toEqual([
      ['The coach', 'the local newspaper', 'the team had lost its spirit'],
    ]);
  });

  it('reads a source with an apposition and an inverted source', () => {
    expect(found('Tom Reed, who chairs the port authority, says the cranes are too old to repair.')).toEqual([
      ['Tom Reed, who chairs the port authority', 'say', 'the cranes are too old to repair'],
    ]);
    expect(found('The merger was blocked by the regulator, noted the Daily Ledger.')).toEqual([
      ['the Daily Ledger', 'note', 'The merger was blocked by the regulator'],
    ]);
  });

  it('takes the clause before ", X said on Monday" and continues the speaker through a participle', () => {
    expect(found('The dam will be finished next year, the engineer said on Monday.')).toEqual([
      ['the engineer', 'say', 'The dam will be finished next year'],
    ]);
    expect(found('Lena Ortiz praised the volunteers, adding that more help was on the way.')).toEqual([
      ['Lena Ortiz', 'praise', 'the volunteers'],
      ['Lena Ortiz', 'add', 'more help was on the way'],
    ]);
  });

  it('does not take nouns, passives or infinitives for cues', () => {
    expect(
      found('The show was cancelled. He wanted to say more. Her report of the meeting was late.'),
    ).toEqual([['He', 'want', 'to say more']]);
    expect(found('The show was cancelled. He went to say more. Her report of the meeting was late.')).toEqual(
      [],
    );
    expect(found('The prisoner was told nothing about the hearing at all.')).toEqual([]);
  });
});

describe('cues across paragraphs', () => {
  it('does not take the cue of the next paragraph for a quote that ends its own', () => {
    const text =
      'The mayor added: “We can afford the tram.”\nNora Diaz says the tram will cost twice the estimate.';
    expect(found(text)).toEqual([
      ['The mayor', 'add', 'We can afford the tram.'],
      ['Nora Diaz', 'say', 'the tram will cost twice the estimate'],
    ]);
  });
});

describe('cues in the same sentence only', () => {
  it('does not give a quote the cue of the next sentence', () => {
    expect(
      found(
        'Critics wrote about “trolling and threats by the hour” online. Her aides say the report was wrong.',
      ),
    ).toEqual([
      ['Critics', 'write', '“trolling and threats by the hour” online'],
      ['Her aides', 'say', 'the report was wrong'],
    ]);
  });

  it('continues the subject through "and says"', () => {
    expect(found('Senator Maya Brandt voted in Ames on Saturday and says she liked the farm bill.')).toEqual([
      ['Maya Brandt', 'say', 'she liked the farm bill'],
    ]);
  });
});

describe('quotes by the shape of their paragraph', () => {
  it('reads headline attributions and embedded posts', () => {
    expect(found('Harper: The budget deal is a betrayal of taxpayers')).toEqual([
      ['Harper', 'say', 'The budget deal is a betrayal of taxpayers'],
    ]);
    expect(found('The ferry is running late again this morning — Jo Banks (@jobanks) May 3, 2016')).toEqual([
      ['Jo Banks', 'post', 'The ferry is running late again this morning'],
    ]);
  });

  it('reads a quote signed with its author', () => {
    expect(found('“The river took our whole street in one night.” ― Ana Ruiz, 34, nurse')).toEqual([
      ['Ana Ruiz', 'say', 'The river took our whole street in one night.'],
    ]);
  });

  it('continues a quote through the sentences and paragraphs that follow', () => {
    const text =
      '“We have waited long enough for this road,” Sara Lind said. “The council promised it in 2010.\n' +
      '“Nobody has explained the delay to the people who live here.”\n' +
      'The council did not reply.';
    const a = analyze({ id: 't', text, paragraphs: paragraphSpans(text) });
    // Nested attributions inside the quote ("The council promised …") are reported too; the continuation is the point.
    const continued = a.quotes.filter((q) => q.cue?.text === 'said');
    expect(continued.map((q) => [q.speaker?.text, q.cue?.text, q.content.text])).toEqual([
      ['Sara Lind', 'said', 'We have waited long enough for this road,'],
      ['Sara Lind', 'said', 'The council promised it in 2010.'],
      ['Sara Lind', 'said', 'Nobody has explained the delay to the people who live here.'],
    ]);
  });
});
