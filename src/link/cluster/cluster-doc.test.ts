import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../model.js';
import { clusterDocFrom, entityKey } from './cluster-doc.js';

const text =
  'The Kremlin said Vladimir Putin met Xi Jinping in Moscow. Trade reached $190 billion, the Trade Ministry said.';
const article = { id: 'a1', title: 'Xi visits Moscow', text } as Article;
const analysis = {
  articleId: 'a1',
  entities: [
    { id: 0, name: 'The Kremlin', type: 'organization', aliases: [], roles: [], mentions: 1 },
    { id: 1, name: 'Vladimir Putin', type: 'person', aliases: [], roles: [], mentions: 2 },
    { id: 2, name: 'Moscow', type: 'place', aliases: [], roles: [], mentions: 1 },
    { id: 3, name: 'Trade Ministry', type: 'organization', aliases: [], roles: [], mentions: 1 },
  ],
  sentences: [
    { start: 0, end: 57, paragraph: 0 },
    { start: 58, end: 110, paragraph: 0 },
  ],
  mentions: [
    { start: 4, end: 11, text: 'Kremlin', entity: 0, kind: 'name' },
    { start: 17, end: 31, text: 'Vladimir Putin', entity: 1, kind: 'name' },
    { start: 50, end: 56, text: 'Moscow', entity: 2, kind: 'name' },
    { start: 90, end: 104, text: 'Trade Ministry', entity: 3, kind: 'name' },
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
      ['trade ministry', 1],
    ]);
    expect([...d.places]).toEqual([['moscow', 1]]);
    expect(d.quantities).toEqual(['1.9e11 usd']);
    expect(d.times).toEqual([]);
  });

  it('uses global entity ids when entity resolution gives them', () => {
    const d = clusterDocFrom(article, analysis, { date: 0, entityIds: ['E1', 'E2', 'E3', 'E4'] });
    expect([...d.entities.keys()]).toEqual(['E1', 'E2', 'E4']);
    expect([...d.places.keys()]).toEqual(['E3']);
  });

  it('leads with what the title and the first sentence name, most mentioned first', () => {
    const d = clusterDocFrom(article, analysis, { date: 0 });
    expect(d.leads).toEqual(['e:vladimir putin', 'e:kremlin', 'p:moscow']);
    const titled = clusterDocFrom(
      { ...article, title: 'Trade Ministry upbeat' },
      { ...analysis, mentions: [] } as Analysis,
      { date: 0 },
    );
    expect(titled.leads).toEqual(['e:trade ministry']);
  });

  it('leaves the dateline out of the leads, and skips an opening line that names no one', () => {
    const wired = 'MOSCOW, May 3 (Xinhua) -- Vladimir Putin spoke.';
    const d = clusterDocFrom(
      { ...article, title: null, text: wired },
      {
        ...analysis,
        sentences: [{ start: 0, end: wired.length, paragraph: 0 }],
        mentions: [
          { start: 0, end: 6, text: 'MOSCOW', entity: 2, kind: 'name' },
          { start: 15, end: 21, text: 'Xinhua', entity: 0, kind: 'name' },
          { start: 26, end: 40, text: 'Vladimir Putin', entity: 1, kind: 'name' },
        ],
      } as Analysis,
      { date: 0 },
    );
    expect(d.leads).toEqual(['e:vladimir putin']);
    const linked = 'See www.example.com today. Vladimir Putin spoke.';
    const e = clusterDocFrom(
      { ...article, title: null, text: linked },
      {
        ...analysis,
        sentences: [
          { start: 0, end: 26, paragraph: 0 },
          { start: 27, end: linked.length, paragraph: 0 },
        ],
        mentions: [{ start: 27, end: 41, text: 'Vladimir Putin', entity: 1, kind: 'name' }],
      } as Analysis,
      { date: 0 },
    );
    expect(e.leads).toEqual(['e:vladimir putin']);
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
        { type: 'date', value: '1998' },
        { type: 'date', value: 'XXXX-Q3' },
      ],
    };
    expect(clusterDocFrom(article, timed as Analysis, { date: 0 }).times).toEqual([
      '2023-03-20',
      '2023-03',
      '1998',
    ]);
  });
});

describe('entityKey', () => {
  it('normalises a name', () => {
    expect(entityKey('The  Kremlin')).toBe('kremlin');
    expect(entityKey('Volodymyr Zelenskyy’s')).toBe('volodymyr zelenskyy');
  });
});
