// Pairwise scoring of entity identities against a reviewed golden file: every (article, surface form) the
// analysis produced that the golden file knows is an item; two items are a gold pair when the golden file puts
// their forms in one identity, a predicted pair when the registry gave them one global id.
import type { Analysis } from '../../model.js';

export interface GoldenEntities {
  identities: { id: string; forms: string[] }[];
  /** Forms that must never share an identity. */
  apart: [string, string][];
}

export interface IdentityItem {
  /** The article's short name (e.g. the file-name prefix "001"). */
  article: string;
  form: string;
  gold: string;
  predicted: string;
}

export interface PairScores {
  precision: number;
  recall: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  /** Predicted pairs that are wrong, and gold pairs that were missed (forms only, deduplicated). */
  wrong: string[];
  missed: string[];
}

/** The form folded for matching: case, a leading "the", possessive and spacing ignored. */
export function foldForm(form: string): string {
  return form
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The golden identity of a form in an article, or null when the golden file does not judge it. */
export function goldIdentity(golden: GoldenEntities, article: string, form: string): string | null {
  const folded = foldForm(form);
  let global: string | null = null;
  for (const identity of golden.identities)
    for (const f of identity.forms) {
      const scoped = /^(\d{3}):(.*)$/.exec(f);
      if (scoped) {
        if (scoped[1] === article && foldForm(scoped[2]!) === folded) return identity.id;
      } else if (foldForm(f) === folded) global ??= identity.id;
    }
  return global;
}

/** The items of one article: each surface form of each entity (name, aliases, mention texts) the golden file judges. */
export function identityItems(
  golden: GoldenEntities,
  article: string,
  analysis: Analysis,
  ids: readonly string[],
): IdentityItem[] {
  const forms = analysis.entities.map((e) => new Set([e.name, ...e.aliases]));
  for (const m of analysis.mentions) forms[m.entity]?.add(m.text);
  const items = new Map<string, IdentityItem>();
  forms.forEach((set, i) => {
    for (const form of set) {
      const gold = goldIdentity(golden, article, form);
      const predicted = ids[i];
      if (!gold || !predicted) continue;
      const key = `${article}\u0000${foldForm(form)}\u0000${predicted}`;
      if (!items.has(key)) items.set(key, { article, form, gold, predicted });
    }
  });
  return [...items.values()];
}

/** Pairs scored: all of them, or (the default) only pairs of items from different articles. */
export function scorePairs(
  items: readonly IdentityItem[],
  options: { crossArticle?: boolean } = {},
): PairScores {
  const crossArticle = options.crossArticle ?? true;
  let goldPairs = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  const wrong = new Set<string>();
  const missed = new Set<string>();
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (crossArticle && a.article === b.article) continue;
      const g = a.gold === b.gold;
      const p = a.predicted === b.predicted;
      if (g) goldPairs++;
      if (p) predictedPairs++;
      if (g && p) truePairs++;
      const pair = [`${a.article}:${a.form}`, `${b.article}:${b.form}`].sort().join(' ~ ');
      if (p && !g) wrong.add(pair);
      if (g && !p) missed.add(pair);
    }
  return {
    precision: predictedPairs === 0 ? 1 : truePairs / predictedPairs,
    recall: goldPairs === 0 ? 1 : truePairs / goldPairs,
    goldPairs,
    predictedPairs,
    truePairs,
    wrong: [...wrong].sort(),
    missed: [...missed].sort(),
  };
}

/** "apart" pairs of the golden file that some items of the two forms violate (one predicted id). */
export function apartViolations(golden: GoldenEntities, items: readonly IdentityItem[]): string[] {
  const out: string[] = [];
  const matches = (item: IdentityItem, form: string) => {
    const scoped = /^(\d{3}):(.*)$/.exec(form);
    if (scoped) return item.article === scoped[1] && foldForm(item.form) === foldForm(scoped[2]!);
    return foldForm(item.form) === foldForm(form);
  };
  for (const [x, y] of golden.apart) {
    const xs = items.filter((i) => matches(i, x));
    const ys = items.filter((i) => matches(i, y));
    if (xs.some((a) => ys.some((b) => a.predicted === b.predicted))) out.push(`${x} ~ ${y}`);
  }
  return out;
}
