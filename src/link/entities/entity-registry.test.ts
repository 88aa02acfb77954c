import { describe, expect, it } from 'vitest';
import type { Analysis, ArticleEntity, EntityMention, EntityType } from '../../model.js';
import { EntityRegistry } from './entity-registry.js';

type Spec = [
  name: string,
  type: EntityType,
  extra?: { aliases?: string[]; roles?: string[]; mentions?: number },
];

/** An analysis with the given entities; `text` places mentions where the names occur in it (for qualifiers). */
function analysisOf(id: string, specs: Spec[], text?: string): Analysis {
  const entities: ArticleEntity[] = specs.map(([name, type, extra], i) => ({
    id: i,
    name,
    type,
    aliases: extra?.aliases ?? [],
    roles: extra?.roles ?? [],
    mentions: extra?.mentions ?? 1,
  }));
  const mentions: EntityMention[] = [];
  if (text)
    entities.forEach((e) => {
      for (const m of text.matchAll(new RegExp(`\\b${e.name}\\b`, 'g'))) {
        const start = m.index ?? 0;
        if (mentions.some((x) => x.start < start + e.name.length && start < x.end)) continue;
        mentions.push({ start, end: start + e.name.length, text: e.name, entity: e.id, kind: 'name' });
      }
    });
  mentions.sort((a, b) => a.start - b.start);
  return {
    articleId: id,
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

let seq = 0;
function resolve(registry: EntityRegistry, specs: Spec[], text?: string): string[] {
  const id = `a${++seq}`;
  return registry.resolve(analysisOf(id, specs, text), { articleId: id, date: '2026-01-01', text }).ids;
}

const CONTEXT: Spec[] = [
  ['Moscow', 'place'],
  ['Beijing', 'place'],
  ['Kremlin', 'place'],
];

describe('EntityRegistry', () => {
  it('gives one stable id to the same name in every article, and distinct ids to distinct names', () => {
    const r = new EntityRegistry();
    const [xi, putin] = resolve(r, [
      ['Xi Jinping', 'person', { aliases: ['Xi'] }],
      ['Vladimir Putin', 'person'],
      ...CONTEXT,
    ]);
    expect(xi).toBe('e:xi-jinping');
    expect(putin).toBe('e:vladimir-putin');
    expect(
      resolve(r, [
        ['Vladimir Putin', 'person'],
        ['Xi Jinping', 'person'],
      ]),
    ).toEqual([putin, xi]);
    // A bare "Xi" (or "President Xi") is the known short form when the article shares context…
    expect(resolve(r, [['President Xi', 'person'], ...CONTEXT])[0]).toBe(xi);
    // …but not on its own: another Xi may be meant.
    expect(
      resolve(r, [
        ['Xi', 'person'],
        ['Lagos', 'place'],
      ])[0],
    ).not.toBe(xi);
  });

  it('joins spelling variants when the articles share context, not otherwise', () => {
    const r = new EntityRegistry();
    const [a] = resolve(r, [['Dmitri Chernishenko', 'person'], ...CONTEXT]);
    const [b] = resolve(r, [['Dmitry Chernyshenko', 'person'], ...CONTEXT]);
    expect(b).toBe(a);
    expect(r.lastMatches[0]).toBe('variant');
    const [c] = resolve(r, [['Dmitry Chernyshenko', 'person']]);
    expect(c).toBe(a); // now a known alias: exact
    const [d] = resolve(r, [
      ['Dmitry Chernishenka', 'person'],
      ['Lagos', 'place'],
    ]);
    expect(d).not.toBe(a); // no shared context: kept apart
  });

  it('joins short place-name variants only with more context', () => {
    const r = new EntityRegistry();
    const [kiev] = resolve(r, [['Kiev', 'place'], ...CONTEXT]);
    expect(
      resolve(r, [
        ['Kyiv', 'place'],
        ['Moscow', 'place'],
      ])[0],
    ).not.toBe(kiev);
    const r2 = new EntityRegistry();
    const [kiev2] = resolve(r2, [['Kiev', 'place'], ...CONTEXT]);
    // Tagged as a person in this article: a one-word name may still be the place.
    expect(resolve(r2, [['Kyiv', 'person'], ...CONTEXT])[0]).toBe(kiev2);
  });

  it('joins a surname to the one full name it fits, and a full name to an earlier surname', () => {
    const r = new EntityRegistry();
    const [zelensky] = resolve(r, [['Volodymyr Zelensky', 'person'], ...CONTEXT]);
    expect(resolve(r, [['Zelensky', 'person'], ...CONTEXT])[0]).toBe(zelensky);
    expect(r.lastMatches[0]).toBe('short-form');

    const r2 = new EntityRegistry();
    const [lone] = resolve(r2, [['Kirby', 'person'], ...CONTEXT]);
    const [full] = resolve(r2, [['John Kirby', 'person'], ...CONTEXT]);
    expect(full).toBe(lone);
    expect(r2.get(lone!)?.name).toBe('John Kirby');
    expect(r2.get(lone!)?.aliases).toContain('Kirby');
  });

  it('never merges two people who share a surname, and leaves an ambiguous surname alone', () => {
    const r = new EntityRegistry();
    const [joe, hunter] = resolve(r, [['Joe Biden', 'person'], ['Hunter Biden', 'person'], ...CONTEXT]);
    expect(joe).not.toBe(hunter);
    const [biden] = resolve(r, [['Biden', 'person'], ...CONTEXT]);
    expect([joe, hunter]).not.toContain(biden);
    const [jill] = resolve(r, [['Jill Biden', 'person'], ...CONTEXT]);
    expect([joe, hunter, biden]).not.toContain(jill);
  });

  it('does not take a full name for a place of the same word', () => {
    const r = new EntityRegistry();
    const [jordan] = resolve(r, [['Jordan', 'place'], ...CONTEXT]);
    expect(resolve(r, [['Michael Jordan', 'person'], ...CONTEXT])[0]).not.toBe(jordan);
  });

  it('joins acronyms and their expansions across articles (with context) and within one article', () => {
    const r = new EntityRegistry();
    const [icc] = resolve(r, [['International Criminal Court', 'organization'], ...CONTEXT]);
    expect(resolve(r, [['ICC', 'organization'], ...CONTEXT])[0]).toBe(icc);
    expect(
      resolve(r, [
        ['ICC', 'organization'],
        ['Lagos', 'place'],
      ])[0],
    ).toBe(icc); // now an alias
    const r2 = new EntityRegistry();
    const [icc2] = resolve(r2, [['International Criminal Court', 'organization'], ...CONTEXT]);
    expect(
      resolve(r2, [
        ['ICC', 'organization'],
        ['Mumbai', 'place'],
      ])[0],
    ).not.toBe(icc2); // no context
    const [us, states] = resolve(r2, [
      ['US', 'organization'],
      ['United States', 'place'],
    ]);
    expect(states).toBe(us);
  });

  it('keeps ambiguous acronyms, demonyms and bare titles apart', () => {
    const r = new EntityRegistry();
    const [, ec] = resolve(r, [
      ['Brussels', 'place'],
      ['European Community', 'organization', { aliases: ['EC'] }],
      ...CONTEXT,
    ]);
    // The same acronym for another written-out name.
    const [, other] = resolve(r, [
      ['Brussels', 'place'],
      ['Executive Commission', 'organization', { aliases: ['EC'] }],
      ...CONTEXT,
    ]);
    expect(other).not.toBe(ec);
    // Two-letter acronyms do not travel across articles on context alone.
    const [bp] = resolve(r, [['British Petroleum', 'organization'], ...CONTEXT]);
    expect(resolve(r, [['BP', 'organization'], ...CONTEXT])[0]).not.toBe(bp);
    const [germany] = resolve(r, [['Germany', 'place'], ...CONTEXT]);
    expect(resolve(r, [['German', 'group'], ...CONTEXT])[0]).not.toBe(germany);
    const [tower] = resolve(r, [['John Tower', 'person', { roles: ['senator'] }], ...CONTEXT]);
    expect(resolve(r, [['Sen.', 'person'], ...CONTEXT])[0]).not.toBe(tower);
  });

  it('knows outlets by any of their names', () => {
    const r = new EntityRegistry();
    const [wsj] = resolve(r, [['The Wall Street Journal', 'organization']]);
    expect(resolve(r, [['Wall Street Journal', 'place']])[0]).toBe(wsj);
    expect(resolve(r, [['WSJ', 'organization']])[0]).toBe(wsj);
  });

  it('keeps one generic name apart when the articles give it different countries', () => {
    const r = new EntityRegistry();
    const t1 = 'The Ukrainian Foreign Ministry said so.';
    const t2 = 'The Chinese Foreign Ministry said so.';
    const [, ukr] = resolve(
      r,
      [
        ['Ukrainian', 'group'],
        ['Foreign Ministry', 'organization'],
      ],
      t1,
    );
    const [, chn] = resolve(
      r,
      [
        ['Chinese', 'group'],
        ['Foreign Ministry', 'organization'],
      ],
      t2,
    );
    expect(chn).not.toBe(ukr);
    expect(chn).toBe('e:foreign-ministry-2');
    const [, again] = resolve(
      r,
      [
        ['Ukraine', 'place'],
        ['Foreign Ministry', 'organization'],
      ],
      "Ukraine's Foreign Ministry said so.",
    );
    expect(again).toBe(ukr);
  });

  it('reports each touched entity once with the article’s mentions of it', () => {
    const r = new EntityRegistry();
    const a = analysisOf('x', [
      ['The Wall Street Journal', 'organization', { mentions: 2 }],
      ['Wall Street Journal', 'organization', { mentions: 3 }],
      ['Xi Jinping', 'person', { aliases: ['Xi'], roles: ['chinese president'], mentions: 4 }],
    ]);
    const { ids, touched } = r.resolve(a, { articleId: 'x', date: '2026-01-02' });
    expect(ids[0]).toBe(ids[1]);
    expect(touched).toEqual([
      {
        entity: {
          id: ids[0],
          name: 'The Wall Street Journal',
          type: 'organization',
          aliases: ['Wall Street Journal'],
          roles: [],
        },
        mentions: 5,
        unchanged: false,
      },
      {
        entity: {
          id: 'e:xi-jinping',
          name: 'Xi Jinping',
          type: 'person',
          aliases: ['Xi'],
          roles: ['chinese president'],
        },
        mentions: 4,
        unchanged: false,
      },
    ]);
    // The same names again change nothing the store has: only the mentions are new; a new role is a change.
    const again = r.resolve(
      analysisOf('y', [
        ['Wall Street Journal', 'organization'],
        ['Xi Jinping', 'person', { roles: ['party leader'] }],
      ]),
      { articleId: 'y', date: '2026-01-03' },
    );
    expect(again.touched.map((t) => [t.entity.id, t.unchanged])).toEqual([
      [ids[0], true],
      ['e:xi-jinping', false],
    ]);
    // Restored from a snapshot, each entity is written again the first time it is touched.
    const restored = EntityRegistry.fromJSON(JSON.parse(JSON.stringify(r.toJSON())));
    const third = restored.resolve(analysisOf('z', [['Wall Street Journal', 'organization']]), {
      articleId: 'z',
      date: '2026-01-04',
    });
    expect(third.touched.map((t) => t.unchanged)).toEqual([false]);
  });

  it('continues from a JSON snapshot exactly as it would have live', () => {
    const articles: Spec[][] = [
      [['Volodymyr Zelensky', 'person'], ...CONTEXT],
      [['International Criminal Court', 'organization'], ['Kiev', 'place'], ...CONTEXT],
      [['Zelensky', 'person'], ['ICC', 'organization'], ['Kyiv', 'place'], ...CONTEXT],
      [['Zelenskyy', 'person'], ['Dmitri Peskov', 'person'], ...CONTEXT],
    ];
    const live = new EntityRegistry();
    const liveIds = articles.map((a) => resolve(live, a));
    const first = new EntityRegistry();
    resolve(first, articles[0]!);
    resolve(first, articles[1]!);
    const restored = EntityRegistry.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
    expect([resolve(restored, articles[2]!), resolve(restored, articles[3]!)]).toEqual(liveIds.slice(2));
    expect(restored.toJSON()).toEqual(live.toJSON());
    expect(() => EntityRegistry.fromJSON({ version: 2 })).toThrow();
  });

  it('writes neighbours by position and still reads snapshots that name them by id', () => {
    const r = new EntityRegistry();
    resolve(r, [['Volodymyr Zelensky', 'person'], ...CONTEXT]);
    resolve(r, [['International Criminal Court', 'organization'], ['Kiev', 'place'], ...CONTEXT]);
    const state = r.toJSON();
    const ids = state.entities.map((e) => e.id);
    // The older form: [id, count] pairs.
    const older = {
      ...state,
      entities: state.entities.map(({ near, ...e }) => {
        const pairs: [string, number][] = [];
        for (let i = 0; i < (near ?? []).length; i += 2) pairs.push([ids[near![i]!]!, near![i + 1]!]);
        return { ...e, neighbours: pairs };
      }),
    };
    expect(older.entities.some((e) => e.neighbours.length > 0)).toBe(true);
    expect(EntityRegistry.fromJSON(JSON.parse(JSON.stringify(older))).toJSON()).toEqual(state);
    const broken = { ...state, entities: state.entities.map((e) => ({ ...e, near: [ids.length, 1] })) };
    expect(() => EntityRegistry.fromJSON(broken)).toThrow();
  });
});
