import { describe, expect, it } from 'vitest';
import { buildSources } from './sources.js';
import { storyDoc } from './test-docs.js';

const cite = (name: string, key: string, start = 0) => ({
  start,
  end: start + name.length,
  text: name,
  name,
  key,
  kind: 'outlet' as const,
  cue: 'according to',
});

describe('buildSources', () => {
  it('counts reprints of one wire story once and draws who cites whom', () => {
    const wire = { key: 'ap', name: 'Associated Press', evidence: '(AP)' };
    const docs = [
      storyDoc('a', 'text a', { outlet: 'Daily One', sourceKey: 'wire:ap', link: { wireOrigin: wire } }),
      storyDoc('b', 'text b', { outlet: 'Daily Two', sourceKey: 'wire:ap', link: { wireOrigin: wire } }),
      storyDoc('c', 'text c', {
        outlet: 'Herald',
        sourceKey: 'outlet:herald',
        analysis: { citedSources: [cite('Politico', 'politico'), cite('Herald', 'herald', 10)] },
      }),
      storyDoc('d', 'text d', {
        outlet: 'Daily One',
        sourceKey: 'outlet:daily one',
        analysis: { citedSources: [cite('Politico', 'politico'), cite('Politico', 'politico', 20)] },
      }),
    ];
    const s = buildSources(docs);
    expect(s.independentSources).toBe(3);
    expect(s.outlets.map((o) => o.name)).toEqual(['Daily One', 'Daily Two', 'Herald']);
    expect(s.wireOrigins).toEqual([{ key: 'ap', name: 'Associated Press', articleIds: ['a', 'b'] }]);
    // An outlet naming itself is not a secondary source; Politico is cited by two outlets.
    expect(s.cited).toHaveLength(1);
    expect(s.cited[0]).toMatchObject({
      key: 'politico',
      citedBy: ['Daily One', 'Herald'],
      articleIds: ['c', 'd'],
    });
    const edge = s.graph.edges.find((e) => e.from === 'outlet:daily one' && e.to === 'cited:politico');
    expect(edge?.count).toBe(1);
    expect(s.graph.edges.filter((e) => e.to === 'wire:ap')).toHaveLength(2);
  });

  it('keeps articles that name no outlet apart, one source each', () => {
    const s = buildSources([
      storyDoc('a', 'x', { outlet: null, seq: 1 }),
      storyDoc('b', 'y', { outlet: null, seq: 2 }),
    ]);
    expect(s.outlets.map((o) => o.name).sort()).toEqual(['no outlet (#1)', 'no outlet (#2)']);
    expect(s.independentSources).toBe(2);
  });
});
