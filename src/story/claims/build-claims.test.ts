import { describe, expect, it } from 'vitest';
import type { ArticleEntity, EntityMention, Quantity, StoryDoc } from '../../model.js';
import { storyDoc } from '../test-docs.js';
import { buildClaims } from './build-claims.js';

/** A one-sentence article whose named people and quantities are marked where the given words stand. */
function doc(
  id: string,
  text: string,
  people: string[],
  quantities: Omit<Quantity, 'start' | 'end' | 'text'>[] & { at: string }[],
  opts: { date?: string; cited?: string } = {},
): StoryDoc {
  const entities: ArticleEntity[] = people.map((name, i) => ({
    id: i,
    name,
    type: 'person',
    aliases: [],
    roles: [],
    mentions: 1,
  }));
  const mentions: EntityMention[] = people.map((name, i) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, entity: i, kind: 'name' };
  });
  const qs = quantities.map((q) => {
    const { at, ...rest } = q as Quantity & { at: string };
    const start = text.indexOf(at);
    return { ...rest, start, end: start + at.length, text: at } as Quantity;
  });
  const citedSources = opts.cited
    ? [
        {
          start: text.indexOf(opts.cited),
          end: text.indexOf(opts.cited) + opts.cited.length,
          text: opts.cited,
          name: opts.cited,
          key: opts.cited.toLowerCase(),
          kind: 'outlet' as const,
          cue: 'according to',
        },
      ]
    : [];
  return storyDoc(id, text, {
    date: opts.date ?? '2023-05-01',
    seq: Number(id.replace(/\D/g, '')) || 1,
    analysis: { entities, mentions, quantities: qs, citedSources },
    link: { entityIds: people.map((p) => `person:${p}`) },
  });
}

const count = (value: number, counted: string | null, at: string) => ({
  value,
  unit: null,
  kind: 'count' as const,
  counted,
  normalized: String(value),
  at,
});

describe('buildClaims', () => {
  it('corroborates one count stated by two sources', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz and Li Wei signed 14 agreements on trade.',
        ['Ana Ruiz', 'Li Wei'],
        [count(14, 'agreements', '14')],
      ),
      doc(
        'a2',
        'Ana Ruiz said the two sides signed 14 agreements.',
        ['Ana Ruiz'],
        [count(14, 'agreements', '14')],
      ),
    ]);
    const claim = claims.find((c) => c.predicate === 'agreements');
    expect(claim?.status).toBe('corroborated');
    expect(claim?.independentSources).toBe(2);
  });

  it('flags two different counts of one fact as a contradiction with both spans', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz and Li Wei signed 14 agreements on trade.',
        ['Ana Ruiz', 'Li Wei'],
        [count(14, 'agreements', '14')],
      ),
      doc(
        'a2',
        'Ana Ruiz and Li Wei signed 12 agreements, officials said.',
        ['Ana Ruiz', 'Li Wei'],
        [count(12, 'agreements', '12')],
      ),
    ]);
    const claim = claims.find((c) => c.predicate === 'agreements')!;
    expect(claim.status).toBe('contradicted');
    expect(claim.variants.map((v) => v.value)).toEqual(['14', '12']);
    expect(claim.note).toBe('14 vs 12');
  });

  it('does not compare different facts that share a unit', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz said 300 soldiers crossed the river.',
        ['Ana Ruiz'],
        [count(300, 'soldiers', '300')],
      ),
      doc('a2', 'Ana Ruiz visited 12 villages near the river.', ['Ana Ruiz'], [count(12, 'villages', '12')]),
    ]);
    expect(claims.filter((c) => c.status === 'contradicted')).toEqual([]);
  });

  it('updates a death toll when a newer article gives a higher figure', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'The storm killed 12 people, Mayor Ana Ruiz said.',
        ['Ana Ruiz'],
        [count(12, 'people', '12')],
        { date: '2023-05-01' },
      ),
      doc(
        'a2',
        'The storm has killed 19 people, Mayor Ana Ruiz said.',
        ['Ana Ruiz'],
        [count(19, 'people', '19')],
        { date: '2023-05-02' },
      ),
    ]);
    const claim = claims.find((c) => c.mentions.length === 2)!;
    expect(claim.status).toBe('updated');
    expect(claim.update).toEqual({ from: '12', to: '19' });
  });

  it('counts a shared cited source once', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz hired 40 advisers, according to Daily Planet.',
        ['Ana Ruiz'],
        [count(40, 'advisers', '40')],
        { cited: 'Daily Planet' },
      ),
      doc(
        'a2',
        'Ana Ruiz hired 40 advisers, according to Daily Planet.',
        ['Ana Ruiz'],
        [count(40, 'advisers', '40')],
        { cited: 'Daily Planet' },
      ),
    ]);
    expect(claims.find((c) => c.predicate === 'advisers')?.independentSources).toBe(1);
  });

  it('compares the length of a stay with a day range and finds "first since" anchors that differ', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz arrived in Lima to spend two days in the country.',
        ['Ana Ruiz'],
        [{ value: 2, unit: 'D', kind: 'duration', counted: null, normalized: 'P2D', at: 'two days' }],
      ),
      doc('a2', 'Ana Ruiz will be in Peru between April 3 and 5 for a state visit.', ['Ana Ruiz'], []),
      doc(
        'a3',
        'Ana Ruiz and Li Wei met for the first time since 2015 on Monday.',
        ['Ana Ruiz', 'Li Wei'],
        [],
      ),
      doc(
        'a4',
        'Ana Ruiz and Li Wei met on Monday, the first meeting between them since 2019.',
        ['Ana Ruiz', 'Li Wei'],
        [],
      ),
    ]);
    const stay = claims.find((c) => c.predicate === 'length of stay')!;
    expect(stay.status).toBe('contradicted');
    expect(stay.note).toBe('2 days vs 3 days');
    const since = claims.find((c) => c.mentions.some((m) => m.value === '2015'))!;
    expect(since.status).toBe('contradicted');
    expect(since.note).toBe('2015 vs 2019');
  });
});

describe('buildClaims across years', () => {
  it('does not oppose figures given for different years', () => {
    const pct = (value: number, at: string) => ({
      value,
      unit: '%',
      kind: 'percent' as const,
      counted: null,
      normalized: `${value} %`,
      at,
    });
    const claims = buildClaims([
      doc(
        'a1',
        'In 1994 Ana Ruiz won 22 percent of the vote in national elections.',
        ['Ana Ruiz'],
        [pct(22, '22 percent')],
      ),
      doc(
        'a2',
        'In 1999 Ana Ruiz won 27 percent of the vote in national elections.',
        ['Ana Ruiz'],
        [pct(27, '27 percent')],
      ),
    ]);
    expect(claims.filter((c) => c.status === 'contradicted')).toEqual([]);
  });
});

describe('buildClaims across time', () => {
  it('keeps figures stated months apart as separate facts', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'Ana Ruiz has a staff of 12 lawyers for the inquiry.',
        ['Ana Ruiz'],
        [count(12, 'lawyers', '12')],
        { date: '2023-01-05' },
      ),
      doc(
        'a2',
        'Ana Ruiz now has a staff of 17 lawyers for the inquiry.',
        ['Ana Ruiz'],
        [count(17, 'lawyers', '17')],
        { date: '2023-07-05' },
      ),
    ]);
    expect(claims.filter((c) => c.status === 'contradicted')).toEqual([]);
  });
});

describe('buildClaims and the word before the number', () => {
  it('does not oppose "killed three" and "injured 23" of one event', () => {
    const claims = buildClaims([
      doc(
        'a1',
        'The bombs of Ana Ruiz killed 3 people in the city.',
        ['Ana Ruiz'],
        [count(3, 'people', '3')],
      ),
      doc(
        'a2',
        'The bombs of Ana Ruiz injured 23 people in the city.',
        ['Ana Ruiz'],
        [count(23, 'people', '23')],
      ),
    ]);
    expect(claims.filter((c) => c.status === 'contradicted' || c.status === 'updated')).toEqual([]);
  });
});
