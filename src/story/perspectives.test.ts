import { describe, expect, it } from 'vitest';
import type { Claim, Quote } from '../model.js';
import { buildPerspectives, stanceOf } from './perspectives.js';
import { storyDoc } from './test-docs.js';

function quote(text: string, content: string, speaker: string, verb: string): Quote {
  const c = text.indexOf(content);
  const s = text.indexOf(speaker);
  return {
    kind: 'direct',
    content: { start: c, end: c + content.length, text: content },
    cue: { start: 0, end: 0, text: verb, verb },
    speaker: { start: s, end: s + speaker.length, text: speaker, entity: 0 },
    addressee: null,
    medium: null,
    sentence: 0,
  };
}

describe('stanceOf', () => {
  it('maps cue verbs to their stance', () => {
    expect(stanceOf('denied')).toBe('denies');
    expect(stanceOf('urged')).toBe('demands');
    expect(stanceOf('warns')).toBe('warns');
    expect(stanceOf('conceded')).toBe('concedes');
    expect(stanceOf('admitted')).toBe('admits');
    expect(stanceOf('remarked')).toBe('says');
    expect(stanceOf(null)).toBe('says');
  });
});

describe('buildPerspectives', () => {
  const text = '"We will never sign that deal," Ana Ruiz denied. The brazen scheme collapsed.';
  const a = storyDoc('a1', text, {
    outlet: 'Daily Planet',
    analysis: {
      entities: [
        { id: 0, name: 'Ana Ruiz', type: 'person', aliases: [], roles: ['peruvian minister'], mentions: 1 },
      ],
      quotes: [quote(text, 'We will never sign that deal,', 'Ana Ruiz', 'deny')],
      sentences: [
        { start: 0, end: 48, paragraph: 0 },
        { start: 49, end: text.length, paragraph: 0 },
      ],
      opinion: [
        {
          start: 49,
          end: text.length,
          sentence: 1,
          opinion: true,
          score: 1,
          triggers: [{ start: 53, end: 59, text: 'brazen', kind: 'charged adjective', weight: 1 }],
          quotedTriggers: [],
        },
      ],
    },
    link: { entityIds: ['person:ana-ruiz'] },
  });
  const b = storyDoc('b1', 'Talks went on.', { outlet: 'Morning Post', seq: 2 });
  const c = storyDoc('c1', 'Talks went on.', { outlet: 'Evening Star', seq: 3 });
  const claim = {
    id: 'claim-x',
    independentSources: 2,
    status: 'corroborated',
    mentions: [{ articleId: 'b1' }, { articleId: 'c1' }],
  } as unknown as Claim;

  it('groups statements by speaker and by the country their role names', () => {
    const p = buildPerspectives([a, b, c], [claim]);
    const ruiz = p.actors.find((x) => x.name === 'Ana Ruiz')!;
    expect(ruiz.entityId).toBe('person:ana-ruiz');
    expect(ruiz.statements[0]?.stance).toBe('denies');
    expect(p.actors.some((x) => x.name === 'Peru')).toBe(false);
  });

  it('gives each outlet its opinion share, loaded terms and the consensus claims it leaves out', () => {
    const p = buildPerspectives([a, b, c], [claim]);
    const planet = p.outlets.find((o) => o.outlet === 'Daily Planet')!;
    expect(planet.opinionShare).toBe(0.5);
    expect(planet.loadedTerms).toEqual(['brazen']);
    expect(planet.omittedClaims).toEqual(['claim-x']);
    expect(p.outlets.find((o) => o.outlet === 'Morning Post')?.omittedClaims).toEqual([]);
  });
});
