// Scoring a claims ledger against conflicts a reader found between the articles: a real conflict is found when a
// contradicted claim cites at least two of its articles with at least two of its values; a contradicted claim
// that matches no real conflict is invented.
import type { Claim } from '../../model.js';

export interface ExpectedConflict {
  id: string;
  /** Short article names (the program maps article ids to them). */
  articles: string[];
  /** Normalised values ("P2D", "#40", "2019") the variants carry. */
  values: string[];
}

export interface ConflictScore {
  found: string[];
  missed: string[];
  /** Contradicted claims that match no real conflict: their notes. */
  invented: string[];
}

function matches(claim: Claim, real: ExpectedConflict, articleName: (id: string) => string): boolean {
  const articles = new Set(claim.mentions.map((m) => articleName(m.articleId)));
  const values = new Set(claim.mentions.map((m) => m.value));
  const sharedArticles = real.articles.filter((a) => articles.has(a)).length;
  const sharedValues = real.values.filter((v) => values.has(v)).length;
  return sharedArticles >= 2 && sharedValues >= 2;
}

export function scoreConflicts(
  claims: readonly Claim[],
  real: readonly ExpectedConflict[],
  articleName: (id: string) => string,
): ConflictScore {
  const contradicted = claims.filter((c) => c.status === 'contradicted');
  const found = real.filter((r) => contradicted.some((c) => matches(c, r, articleName))).map((r) => r.id);
  const invented = contradicted
    .filter((c) => !real.some((r) => matches(c, r, articleName)))
    .map((c) => `${c.predicate}: ${c.note ?? ''}`);
  return { found, missed: real.map((r) => r.id).filter((id) => !found.includes(id)), invented };
}
