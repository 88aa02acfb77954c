import { describe, expect, it } from 'vitest';
import type { Analysis, ArticleEntity, EntityMention } from '../../model.js';
import { entityQualifiers, qualifiersConflict } from './qualifiers.js';

function analysisOf(text: string, names: [string, ArticleEntity['type'], string[]?][]): Analysis {
  const entities: ArticleEntity[] = names.map(([name, type, roles], id) => ({
    id,
    name,
    type,
    aliases: [],
    roles: roles ?? [],
    mentions: 0,
  }));
  const mentions: EntityMention[] = [];
  entities.forEach((e) => {
    for (const m of text.matchAll(new RegExp(e.name, 'g'))) {
      const start = m.index ?? 0;
      if (mentions.some((x) => x.start <= start && start < x.end)) continue;
      mentions.push({ start, end: start + e.name.length, text: e.name, entity: e.id, kind: 'name' });
      e.mentions++;
    }
  });
  return {
    articleId: 'a',
    version: 0,
    sentences: [],
    tokenCount: 0,
    entities,
    mentions,
    quotes: [],
    quantities: [],
    citedSources: [],
    opinion: [],
    times: [],
    publication: null,
    publicationInference: { date: null, confidence: 0, evidence: [] },
  };
}

describe('entity qualifiers', () => {
  it('reads a place or group written right before an entity', () => {
    const text = 'The Ukrainian Foreign Ministry said so. Ukraine’s National Security Council agreed.';
    const a = analysisOf(text, [
      ['Ukrainian', 'group'],
      ['Foreign Ministry', 'organization'],
      ['Ukraine', 'place'],
      ['National Security Council', 'organization'],
    ]);
    const q = entityQualifiers(a, text);
    expect(q[1]).toEqual(['ukrainian']);
    expect(q[3]).toEqual(['ukraine']);
    expect(q[0]).toEqual([]);
  });

  it('reads nationality words of person roles', () => {
    const text = 'Russian President Vladimir Putin met officials in Russia.';
    const a = analysisOf(text, [
      ['Vladimir Putin', 'person', ['russian president', 'kremlin leader']],
      ['Russia', 'place'],
    ]);
    expect(entityQualifiers(a, text)[0]).toEqual(['russian']);
    const b = analysisOf('Putin and the Russian people.', [
      ['Putin', 'person', ['russian president']],
      ['Russian', 'group'],
    ]);
    expect(entityQualifiers(b)[0]).toEqual(['russian']);
  });

  it('finds conflicts only between two known, different countries', () => {
    expect(qualifiersConflict(['ukrainian'], ['chinese'])).toBe(true);
    expect(qualifiersConflict(['ukrainian'], ['ukraine'])).toBe(false);
    expect(qualifiersConflict(['us'], ['american'])).toBe(false);
    expect(qualifiersConflict(['us'], ['austria'])).toBe(true);
    expect(qualifiersConflict([], ['chinese'])).toBe(false);
  });
});
