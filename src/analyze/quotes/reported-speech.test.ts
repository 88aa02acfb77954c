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

describe('cue verbs, nouns, adjectives and phrases', () => {
  it('knows verbs of evaluation and stance beyond "say" (and doubles their final consonant)', () => {
    expect(found('Ray attacked the council and slammed the mayor.')).toEqual([
      ['Ray', 'attack', 'the council'],
      ['Ray', 'slam', 'the mayor'],
    ]);
    expect(found('Ray lambasted the plan as a waste of money.')).toEqual([
      ['Ray', 'lambaste', 'the plan as a waste of money'],
    ]);
  });

  it('reads a self-description but not "found himself"', () => {
    expect(found('Ramos describes himself as a lifelong Democrat.')).toEqual([
      ['Ramos', 'describe', 'himself as a lifelong Democrat'],
    ]);
    expect(found('Ray found himself alone on the platform.')).toEqual([]);
  });

  it('reads "looking to" only before an infinitive', () => {
    expect(found('The council is looking to sell the depot.')).toEqual([
      ['The council', 'look', 'to sell the depot'],
    ]);
    expect(found('The council is looking at the depot.')).toEqual([]);
  });

  it('does not read a noun-like bare form as a verb, nor let a noun cue inside a quote bound the cue after it', () => {
    expect(found('The council issued a warning about the tram.')).toEqual([
      ['The council', 'issue', 'a warning about the tram'],
    ]);
    expect(
      found(
        '“The two sides exchanged views on the tram issue,” Ruritania’s state news agency reported on Monday.',
      ),
    ).toEqual([
      ['Ruritania’s state news agency', 'report', '“The two sides exchanged views on the tram issue,”'],
    ]);
  });

  it('reads "see X as Y" as a view', () => {
    expect(found('Voters see the tram as a waste of money.')).toEqual([
      ['Voters', 'see', 'the tram as a waste of money'],
    ]);
    expect(found('We will see what happens.')).toEqual([]);
  });

  it('reads noun cues with a "that" clause or an object, the possessive being the source', () => {
    expect(found('Critics seized on his claim that the tram will pay for itself.')).toEqual([
      ['his', 'claim', 'the tram will pay for itself'],
    ]);
    // The object ends before the sentence's own verb.
    expect(found('The mayor’s support for the tram surprised the council.')).toEqual([
      ['The mayor’s', 'support', 'the tram'],
    ]);
    // A verb is no noun cue: "claims that" after its subject.
    expect(found('Ray claims that the tram will pay for itself.')).toEqual([
      ['Ray', 'claim', 'the tram will pay for itself'],
    ]);
  });

  it('reads adjective cues after a copula', () => {
    expect(found('The council is eager to finish the line by spring.')).toEqual([
      ['The council', 'eager', 'to finish the line by spring'],
    ]);
    expect(found('Engineers remain confident that the bridge will open in May.')).toEqual([
      ['Engineers', 'confident', 'the bridge will open in May'],
    ]);
    expect(found('Residents were worried about the noise.')).toEqual([['Residents', 'worry', 'the noise']]);
    // An attributive adjective is no cue.
    expect(found('A willing partner to build the line was found.')).toEqual([]);
  });

  it('reads verb phrases that cue', () => {
    expect(found('The mayor made it clear that she would not resign.')).toEqual([
      ['The mayor', 'made it clear', 'she would not resign'],
    ]);
    expect(found('Ray took aim at the council.')).toEqual([['Ray', 'took aim at', 'the council']]);
  });

  it('reads a cue in a title-case headline without taking the headline for a name', () => {
    expect(found('Mayor Says Tram Will Open Before Winter.')).toEqual([
      ['Mayor', 'say', 'Tram Will Open Before Winter'],
    ]);
  });

  it('reads passives with no agent as views held by no one named', () => {
    expect(found('The minister was asked to explain the delay.')).toEqual([
      [null, 'ask', 'The minister was asked to explain the delay'],
    ]);
  });
});

describe('sources', () => {
  it('takes a lone determiner, a dashed apposition and an acronym with periods as the subject', () => {
    expect(found('Some said the plan was too expensive.')).toEqual([
      ['Some', 'say', 'the plan was too expensive'],
    ]);
    expect(
      found('Several residents — including two shop owners — said the works had cost them customers.'),
    ).toEqual([
      ['Several residents — including two shop owners —', 'say', 'the works had cost them customers'],
    ]);
    expect(found('Earlier, the F.B.I. said it had found no evidence.')[0]).toEqual([
      'the F.B.I.',
      'say',
      'it had found no evidence',
    ]);
  });

  it('reads an apposition after the name, not the clause after the cue, as the source', () => {
    expect(found('Ana Ruiz, a nurse, said the river rose overnight.')).toEqual([
      ['Ana Ruiz, a nurse', 'say', 'the river rose overnight'],
    ]);
    expect(found('Mr. Ray, R-Ore., appearing on local radio, said the vote was rigged.')).toEqual([
      ['Mr. Ray, R-Ore., appearing on local radio', 'say', 'the vote was rigged'],
    ]);
  });

  it('leaves an adverb in -ly out of the source', () => {
    expect(found('Ana Ruiz forcefully told the crowd that the city had failed.')).toEqual([
      ['Ana Ruiz', 'tell', 'the city had failed'],
    ]);
    expect(found('The family said the police had lied.')).toEqual([
      ['The family', 'say', 'the police had lied'],
    ]);
  });

  it('takes the clause before "X told Y" when only the addressee and the setting follow', () => {
    expect(
      found('The tram would cost twice the estimate, a council engineer told the Ledger on Monday.'),
    ).toEqual([['a council engineer', 'tell', 'The tram would cost twice the estimate']]);
  });

  it('reads "when asked" after a cue and content on both sides of "according to"', () => {
    expect(found('“It will be fine,” Okoro said when asked how the city would pay.')).toEqual([
      ['Okoro', 'say', 'It will be fine,'],
      [null, 'ask', 'how the city would pay'],
    ]);
    expect(found('At the heart of the delay, according to the auditors, was a shortage of steel.')).toEqual([
      ['the auditors', 'according to', 'At the heart of the delay'],
      ['the auditors', 'according to', 'was a shortage of steel'],
    ]);
  });
});

describe('where reported content ends', () => {
  it('stops before a clause of the reporting sentence’s own', () => {
    expect(
      found('Ray said the line would open in May, while the opposition called the date unrealistic.'),
    ).toEqual([
      ['Ray', 'say', 'the line would open in May'],
      ['the opposition', 'call', 'the date unrealistic'],
    ]);
    expect(found('Ray said the line would open in May, and he expected crowds.')[0]).toEqual([
      'Ray',
      'say',
      'the line would open in May',
    ]);
  });

  it('does not stop at an "although" inside a noun phrase', () => {
    expect(found('Ray said the plan, although costly, would pay off.')).toEqual([
      ['Ray', 'say', 'the plan, although costly, would pay off'],
    ]);
  });

  it('reads a clause without "that" after verbs of knowing and hoping, and their objects', () => {
    expect(found('Farmers hope the rain will come soon.')).toEqual([
      ['Farmers', 'hope', 'the rain will come soon'],
    ]);
    expect(found('Analysts expect a rate cut in June.')).toEqual([
      ['Analysts', 'expect', 'a rate cut in June'],
    ]);
    expect(found('The coach knew they’re tired after the trip.')).toEqual([
      ['The coach', 'know', 'they’re tired after the trip'],
    ]);
  });

  it('gives an infinitive cue the subject of the verb it continues', () => {
    expect(found('The mayor continued to insist that the budget was balanced.')).toEqual([
      ['The mayor', 'insist', 'the budget was balanced'],
    ]);
    expect(found('The senator went on to say the deal was dead.')).toEqual([
      ['The senator', 'say', 'the deal was dead'],
    ]);
    expect(found('Younger voters were more likely to say they trusted the courts.')).toEqual([
      ['Younger voters', 'say', 'they trusted the courts'],
      ['they', 'trust', 'the courts'],
    ]);
  });

  it('takes the agent of a passive as the source', () => {
    expect(found('The new park plan was endorsed by the city council.')).toEqual([
      ['the city council', 'endorse', 'The new park plan'],
    ]);
    expect(found('Asked by a reporter whether the dam was safe, the engineer nodded.')).toEqual([
      ['a reporter', 'ask', 'whether the dam was safe'],
    ]);
    expect(found('It was announced by the museum that the gallery would reopen in May.')).toEqual([
      ['the museum', 'announce', 'the gallery would reopen in May'],
    ]);
  });

  it('reads a bare noun cue after a verb of voicing or a preposition', () => {
    expect(found('The union expressed concern that the plant would close.')).toEqual([
      ['The union', 'concern', 'the plant would close'],
    ]);
    expect(found('The company has no plans to cut jobs.')).toEqual([['The company', 'plan', 'to cut jobs']]);
    expect(found('Protests grew amid fears that prices would rise.')).toEqual([
      [null, 'fear', 'prices would rise'],
    ]);
  });
});
