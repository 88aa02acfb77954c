// How many independent sources state a claim.
import type { ClaimMention } from '../../model.js';

/** Independent sources: an article counts as its own source when it states the fact itself at least once, and
 * as the sources it cites when it only reports what they said; a cited source shared by articles counts once. */
export function independentSources(mentions: readonly ClaimMention[]): number {
  const byArticle = new Map<string, Set<string>>();
  for (const m of mentions) {
    const keys = byArticle.get(m.articleId) ?? new Set<string>();
    keys.add(m.sourceKey);
    byArticle.set(m.articleId, keys);
  }
  const sources = new Set<string>();
  for (const keys of byArticle.values()) {
    const own = [...keys].filter((k) => !k.startsWith('cited:'));
    for (const k of own.length ? own : keys) sources.add(k);
  }
  return sources.size;
}
