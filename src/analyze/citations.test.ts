import { describe, expect, it } from 'vitest';
import { findCitedSources } from './citations.js';

const pick = (text: string) => findCitedSources(text).map((s) => [s.text, s.name, s.kind, s.cue]);

describe('findCitedSources', () => {
  it('finds outlets behind many wordings, resolved to one identity', () => {
    expect(pick('The deal faces doubts, according to the American newspaper ‘Politico’.')).toEqual([
      ['Politico', 'Politico', 'outlet', 'according to'],
    ]);
    expect(pick('stated the plan, per Fox News. It lobbied hard, per the BBC')).toEqual([
      ['Fox News', 'Fox News', 'outlet', 'per'],
      ['BBC', 'BBC', 'outlet', 'per'],
    ]);
    expect(pick('In a statement, cited by Reuters, the ministry said')).toEqual([
      ['Reuters', 'Reuters', 'agency', 'cited by'],
    ]);
    expect(pick('a possibility also advanced by talks, reported the Wall Street Journal')).toEqual([
      ['Wall Street Journal', 'The Wall Street Journal', 'outlet', 'reported'],
    ]);
    expect(pick('"We expect more," the spokesman told CNN.')).toEqual([['CNN', 'CNN', 'outlet', 'told']]);
    const keys = findCitedSources(
      'The WSJ reported it first. Earlier, The Wall Street Journal revealed the plan.',
    ).map((s) => s.key);
    expect(new Set(keys).size).toBe(1);
  });

  it('finds agencies named with a descriptor before or after', () => {
    expect(
      pick('Talks lasted hours, according to Russian state news agency RIA Novosti; more are expected.'),
    ).toEqual([['RIA Novosti', 'RIA Novosti', 'agency', 'according to']]);
    expect(pick("China's state-run Xinhua news agency reported later in the day")).toEqual([
      ['Xinhua', 'Xinhua', 'agency', 'reported'],
    ]);
    expect(pick('The Daily Planet newspaper reported the news.')).toEqual([
      ['The Daily Planet', 'Daily Planet', 'outlet', 'reported'],
    ]);
  });

  it('finds officials and anonymous sources but not every "said"', () => {
    expect(pick('The plan is dead, according to Ministry spokesman Wang Wenbin.')).toEqual([
      ['Ministry spokesman Wang Wenbin', 'Ministry spokesman Wang Wenbin', 'official', 'according to'],
    ]);
    expect(pick("According to Xi's remarks to the press, the plan stands.")).toEqual([
      ['Xi', 'Xi', 'official', 'according to'],
    ]);
    expect(pick('a diplomatic source noted with the press, citing close sources')).toEqual([
      ['a diplomatic source', 'a diplomatic source', 'anonymous', 'noted'],
      ['close sources', 'close sources', 'anonymous', 'citing'],
    ]);
    expect(pick('Putin said the talks went well. Xi told Putin he was glad.')).toEqual([]);
  });
});
