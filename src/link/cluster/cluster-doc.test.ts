import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../model.js';
import { clusterDocFrom, entityKey } from './cluster-doc.js';

const text = 'The Kremlin said Vladimir Putin met Xi Jinping in Moscow. Trade reached $190 billion.';
const article = { id: 'a1', title: 'Xi visits Moscow', text } as Article;
const analysis = {
  articleId: 'a1',
  entities: [
    { id: 0, name: 'The Kremlin', type: 'organization', aliases: [], roles: [], mentions: 1 },
    { id: 1, name: 'Vladimir Putin', type: 'person', aliases: [], roles: [], mentions: 2 },
    { id: 2, name: 'Moscow', type: 'place', aliases: [], roles: [], mentions: 1 },
  ],
  quantities: [{ normalized: '1.9e11 USD' }],
  times: [],
} as unknown as Analysis;

describe('clusterDocFrom', () => {
  it('reads terms (title boosted), entities, places and quantities', () => {
    const d = clusterDocFrom(article, analysis, { date: 42 });
    expect(d.date).toBe(42);
    expect(d.terms.get('moscow')).toBe(1 + 3);
    expect([...d.entities]).toEqual([
      ['kremlin', 1],
      ['vladimir putin', 2],
    ]);
    expect([...d.places]).toEqual([['moscow', 1]]);
    expect(d.quantities).toEqual(['1.9e11 usd']);
    expect(d.times).toEqual([]);
  });

  it('uses global entity ids when entity resolution gives them', () => {
    const d = clusterDocFrom(article, analysis, { date: 0, entityIds: ['E1', 'E2', 'E3'] });
    expect([...d.entities.keys()]).toEqual(['E1', 'E2']);
    expect([...d.places.keys()]).toEqual(['E3']);
  });

  it('reads the dates the article mentions when the analysis has them', () => {
    const timed = {
      ...analysis,
      times: [
        { type: 'date', value: '2023-03-20' },
        { type: 'date', value: 'PRESENT_REF' },
        { type: 'time', value: '2023-03-20T10:00' },
        { type: 'duration', value: 'P3D' },
        { type: 'date', value: '2023-03' },
      ],
    };
    expect(clusterDocFrom(article, timed as Analysis, { date: 0 }).times).toEqual(['2023-03-20', '2023-03']);
  });
});

describe('entityKey', () => {
  it('normalises a name', () => {
    expect(entityKey('The  Kremlin')).toBe('kremlin');
    expect(entityKey('Volodymyr Zelenskyy’s')).toBe('volodymyr zelenskyy');
  });
});
