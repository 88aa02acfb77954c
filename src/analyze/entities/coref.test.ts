import { describe, expect, it } from 'vitest';
import { resolveEntities, type NameMention } from './coref.js';

/** Finds each listed name in the text, in order, as a recogniser would. */
function names(text: string, list: [string, NameMention['type']][]): NameMention[] {
  const out: NameMention[] = [];
  let from = 0;
  for (const [name, type] of list) {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`not in text: ${name}`);
    out.push({ start, end: start + name.length, text: name, type });
    from = start + 1;
  }
  return out;
}

describe('resolveEntities', () => {
  it('joins short forms and role phrases to the person named with that role', () => {
    const text =
      'French President Anne Dupont arrived in Oslo. Dupont met Norwegian Prime Minister Lars Berg. The French president said the talks went well, and the Norwegian leader agreed. Later the president left.';
    const r = resolveEntities(
      text,
      names(text, [
        ['Anne Dupont', 'PER'],
        ['Oslo', 'LOC'],
        ['Dupont', 'PER'],
        ['Lars Berg', 'PER'],
      ]),
    );
    const dupont = r.entities.find((e) => e.name === 'Anne Dupont')!;
    const berg = r.entities.find((e) => e.name === 'Lars Berg')!;
    expect(dupont.aliases).toEqual(['Dupont']);
    expect(dupont.roles).toEqual(['french president']);
    expect(r.mentions.filter((m) => m.kind === 'role').map((m) => [m.text, m.entity])).toEqual([
      ['The French president', dupont.id],
      ['the Norwegian leader', berg.id],
      ['the president', dupont.id],
    ]);
  });

  it('links acronyms to organisations and keeps people who share a surname apart', () => {
    const text =
      'The International Criminal Court (ICC) issued a warrant. The ICC said more would follow. John Smith and Mary Smith spoke. Smith left early.';
    const r = resolveEntities(
      text,
      names(text, [
        ['International Criminal Court', 'ORG'],
        ['ICC', 'ORG'],
        ['John Smith', 'PER'],
        ['Mary Smith', 'PER'],
        ['Smith', 'PER'],
      ]),
    );
    const icc = r.entities.find((e) => e.name === 'International Criminal Court')!;
    expect(icc.aliases).toEqual(['ICC']);
    expect(r.mentions.filter((m) => m.entity === icc.id)).toHaveLength(2);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'John Smith',
      'Mary Smith',
    ]);
    expect(r.mentions.some((m) => m.text === 'Smith' && m.start > 100)).toBe(false);
  });

  it('gives a short name met first the full name met later', () => {
    const text = 'Kowalski said yes. Later, Jan Kowalski, the Polish foreign minister, repeated it.';
    const r = resolveEntities(
      text,
      names(text, [
        ['Kowalski', 'PER'],
        ['Jan Kowalski', 'PER'],
      ]),
    );
    expect(r.entities).toEqual([
      {
        id: 0,
        name: 'Jan Kowalski',
        type: 'person',
        aliases: ['Kowalski'],
        roles: ['polish foreign minister'],
        mentions: 3,
      },
    ]);
  });
});

describe('resolveEntities beyond the recogniser', () => {
  it('finds later bare surnames it missed and lets a role phrase replace a nationality inside it', () => {
    const text =
      'French President Anne Dupont spoke. Then Dupont left, and the French president did not return.';
    const r = resolveEntities(
      text,
      names(text, [
        ['French', 'MISC'],
        ['Anne Dupont', 'PER'],
        ['French', 'MISC'],
      ]),
    );
    const dupont = r.entities.find((e) => e.name === 'Anne Dupont')!;
    expect(r.mentions.filter((m) => m.entity === dupont.id).map((m) => [m.text, m.kind])).toEqual([
      ['Anne Dupont', 'name'],
      ['Dupont', 'short'],
      ['the French president', 'role'],
    ]);
  });
});
