// In-article coreference: name mentions → entities. A later "Xi" joins "Xi Jinping", "ICC" joins
// "International Criminal Court", and role phrases ("the Chinese president", "the Kremlin spokesman") join the
// one person the article named with that role. Precision first: an ambiguous short form or role stays unlinked.
import type { ArticleEntity, EntityMention, EntityType, Span } from '../../model.js';
import { qualifiersOf, ROLE_PHRASE, roleAfter, roleBefore, roleMatches, type Role } from './roles.js';

/** A name found by the recogniser. */
export interface NameMention extends Span {
  text: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

const TYPE: Record<NameMention['type'], EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'group',
};
const STOP = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'del', 'on', 'in', '&']);

interface Working extends ArticleEntity {
  tokens: string[];
  roleList: Role[];
  lastSeen: number;
}

function tokensOf(name: string): string[] {
  return name
    .replace(/['’]s$/, '')
    .split(/[\s-]+/)
    .map((t) => t.toLowerCase().replace(/[^\p{L}\d]/gu, ''))
    .filter(Boolean);
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

export function resolveEntities(
  text: string,
  names: readonly NameMention[],
): { entities: ArticleEntity[]; mentions: EntityMention[] } {
  const entities: Working[] = [];
  const mentions: EntityMention[] = [];
  const sorted = harmoniseTypes(names);

  const create = (m: NameMention): Working => {
    const e: Working = {
      id: entities.length,
      name: m.text.replace(/['’]s$/, ''),
      type: TYPE[m.type],
      aliases: [],
      roles: [],
      mentions: 0,
      tokens: tokensOf(m.text),
      roleList: [],
      lastSeen: m.start,
    };
    entities.push(e);
    return e;
  };

  for (const m of sorted) {
    const type = TYPE[m.type];
    const clean = m.text.replace(/['’]s$/, '');
    const tokens = tokensOf(clean);
    if (tokens.length === 0) continue;
    let kind: EntityMention['kind'] = 'name';
    const same = entities.filter((e) => e.type === type);
    // 1. The same name again.
    let target: Working | null =
      same.find(
        (e) =>
          e.name.toLowerCase() === clean.toLowerCase() ||
          e.aliases.some((a) => a.toLowerCase() === clean.toLowerCase()),
      ) ?? null;
    // 2. An acronym of an organisation ("ICC"), or an organisation whose acronym was seen first.
    if (!target && /^[A-Z]{2,6}$/.test(clean)) {
      const found = entities.filter((e) => e.type !== 'person' && initials(e.name) === clean);
      if (found.length === 1) {
        target = found[0]!;
        kind = 'acronym';
      }
    }
    // 3. A short form of a person's name ("Xi", "Putin"): its tokens are part of exactly one earlier person's name.
    if (!target && type === 'person') {
      const found = same.filter(
        (e) => tokens.every((t) => e.tokens.includes(t)) && tokens.length < e.tokens.length,
      );
      if (found.length === 1) {
        target = found[0]!;
        kind = 'short';
      } else if (found.length > 1) {
        continue; // ambiguous: two people share this name part; precision first
      }
      // A fuller name after a short one ("Xi" ... "Xi Jinping"): the earlier entity takes the full name.
      if (!target) {
        const shorter = same.filter(
          (e) => e.tokens.every((t) => tokens.includes(t)) && e.tokens.length < tokens.length,
        );
        if (shorter.length === 1) {
          target = shorter[0]!;
          target.aliases.push(target.name);
          target.name = clean;
          target.tokens = tokens;
        }
      }
    }
    target ??= create(m);
    if (kind === 'acronym' || kind === 'short') {
      if (!target.aliases.includes(clean)) target.aliases.push(clean);
    }
    // A parenthesised acronym right after a name: "International Criminal Court (ICC)".
    const paren = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(m.end, m.end + 10));
    if (paren?.[1] && type !== 'person' && !target.aliases.includes(paren[1])) target.aliases.push(paren[1]);
    if (type === 'person') {
      for (const role of [roleBefore(text, m.start), roleAfter(text, m.end)]) {
        if (!role) continue;
        target.roleList.push(role);
        const label = [...role.qualifiers.slice(-1), role.role].join(' ');
        if (!target.roles.includes(label)) target.roles.push(label);
      }
    }
    target.mentions++;
    target.lastSeen = m.start;
    mentions.push({ start: m.start, end: m.end, text: m.text, entity: target.id, kind });
  }

  // Short forms the recogniser missed: a later bare "Xi" or "Putin" where the article already joined that short
  // form (or the surname) to one person.
  const shortForms = new Map<string, Working | null>();
  for (const e of entities) {
    if (e.type !== 'person' || e.tokens.length < 2) continue;
    const forms = [...e.aliases.filter((a) => !/\s/.test(a)), e.name.split(/\s+/).pop() ?? ''];
    for (const f of forms)
      if (f.length >= 2) shortForms.set(f, shortForms.has(f) && shortForms.get(f) !== e ? null : e);
  }
  for (const [form, e] of shortForms) {
    if (!e) continue; // two people share it
    const re = new RegExp(
      `(?<![\\p{L}\\d])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + form.length;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      e.mentions++;
      mentions.push({ start, end, text: form, entity: e.id, kind: 'short' });
    }
  }

  // Role phrases: "the Chinese president" → the one person named with a matching role.
  for (const m of text.matchAll(ROLE_PHRASE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A nationality inside the phrase ("Chinese") may be tagged on its own; the role phrase replaces it.
    const inside = (x: EntityMention) => x.start < end && start < x.end;
    if (mentions.some((x) => inside(x) && entities[x.entity]?.type !== 'group')) continue;
    const phrase: Role = {
      role: (m[2] ?? '').toLowerCase().replace(/\s+/g, ' '),
      qualifiers: qualifiersOf(m[1] ?? ''),
    };
    const candidates = entities.filter(
      (e) => e.type === 'person' && e.roleList.some((r) => roleMatches(phrase, r)),
    );
    if (candidates.length !== 1) continue;
    const e = candidates[0]!;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const x = mentions[k]!;
      if (inside(x)) {
        entities[x.entity]!.mentions--;
        mentions.splice(k, 1);
      }
    }
    e.mentions++;
    mentions.push({ start, end, text: m[0], entity: e.id, kind: 'role' });
  }

  mentions.sort((a, b) => a.start - b.start);
  return {
    entities: entities.map(({ id, name, type, aliases, roles, mentions: count }) => ({
      id,
      name,
      type,
      aliases,
      roles,
      mentions: count,
    })),
    mentions,
  };
}

/**
 * The recogniser can type one name differently in different sentences ("Kyiv" as a person once, a place four
 * times): each surface form takes its majority type, and a one-word name that is part of a person's full name in
 * the same article is that person ("Xi" tagged as a place).
 */
function harmoniseTypes(names: readonly NameMention[]): NameMention[] {
  const votes = new Map<string, Map<NameMention['type'], number>>();
  for (const n of names) {
    const key = n.text.toLowerCase();
    const v = votes.get(key) ?? new Map();
    v.set(n.type, (v.get(n.type) ?? 0) + 1);
    votes.set(key, v);
  }
  const personTokens = new Set(
    names.filter((n) => n.type === 'PER' && /\s/.test(n.text)).flatMap((n) => tokensOf(n.text)),
  );
  return [...names]
    .sort((a, b) => a.start - b.start)
    .map((n) => {
      if (!/\s/.test(n.text) && personTokens.has(n.text.toLowerCase().replace(/['’]s$/, '')))
        return { ...n, type: 'PER' as const };
      const v = [...(votes.get(n.text.toLowerCase()) ?? new Map<NameMention['type'], number>()).entries()];
      v.sort((a, b) => b[1] - a[1]);
      const top = v[0];
      return top && top[1] > (v.find(([t]) => t === n.type)?.[1] ?? 0) ? { ...n, type: top[0] } : n;
    });
}
