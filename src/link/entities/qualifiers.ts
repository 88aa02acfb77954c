// Nationality-like qualifiers of an entity in one article ("Ukrainian Foreign Ministry", "Chinese Foreign
// Ministry", "Ukraine's National Security and Defense Council", "Russian President"), so that two organisations
// with one generic name in different countries stay apart. A qualifier is a place or group the article names
// right before the entity, or the first word of a role the article gives a person when that word names a place or
// group of the same article.
import type { Analysis } from '../../model.js';
import { foldName } from './name-key.js';

/** Words that stand for one country however written (the common short forms only). */
const SAME_COUNTRY: string[][] = [
  ['us', 'u s', 'usa', 'united states', 'america', 'american'],
  ['uk', 'u k', 'britain', 'british', 'united kingdom', 'great britain'],
];
const COUNTRY_OF = new Map<string, string>();
for (const group of SAME_COUNTRY) for (const w of group) COUNTRY_OF.set(w, group[0]!);

/** Qualifiers of each entity of the analysis (same order as analysis.entities), folded to lower case. */
export function entityQualifiers(analysis: Analysis, text?: string): string[][] {
  const out = analysis.entities.map(() => new Set<string>());
  const regional = new Set(
    analysis.entities.filter((e) => e.type === 'place' || e.type === 'group').map((e) => foldName(e.name)),
  );
  const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start);
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const p = mentions[k - 1]!;
    if (p.entity === m.entity) continue;
    const before = analysis.entities[p.entity];
    if (!before || (before.type !== 'place' && before.type !== 'group')) continue;
    const gap = m.start - p.end;
    const gapText = text?.slice(p.end, m.start);
    const adjacent = gapText !== undefined ? /^(?:['’]s)?\s$/.test(gapText) : gap === 1;
    if (adjacent) out[m.entity]?.add(foldName(before.name));
  }
  analysis.entities.forEach((e, i) => {
    if (e.type !== 'person') return;
    for (const role of e.roles) {
      const first = role.split(' ')[0] ?? '';
      if (COUNTRY_OF.has(first) || [...regional].some((r) => compatible(first, r))) out[i]!.add(first);
    }
  });
  return out.map((s) => [...s].sort());
}

function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = COUNTRY_OF.get(a);
  const cb = COUNTRY_OF.get(b);
  if (ca || cb) return ca === cb;
  // "ukraine" / "ukrainian", "china" / "chinese", "russia" / "russian": a shared stem of four letters or more.
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4;
}

/** Two qualifier sets conflict when both are known and no qualifier of one fits one of the other. */
export function qualifiersConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.some((x) => b.some((y) => compatible(x, y)));
}
