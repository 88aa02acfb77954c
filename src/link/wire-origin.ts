// The wire service an article comes from, read from what the article itself says: a dateline credit
// ("WASHINGTON (Reuters) -", "BEIJING, March 20 (Xinhua) --", "PARIS, AFP/ -"), a sign-off ("— Reuters",
// "(AP)" at the end), a credit line the cleaner took out ("Source: Reuters", "With information from AFP"), or the
// outlet being an agency itself. One key per agency whatever the wording (the outlet identities of
// src/analyze/outlets.ts). Only agencies count: "according to The Washington Post" is a cited source, not an origin.
import { knownOutlet, outletKey, type OutletIdentity } from '../analyze/outlets.js';
import type { Article } from '../model.js';
import { lookup } from '../lookup.js';

export interface WireOrigin {
  key: string;
  name: string;
  /** The words that show it, e.g. `dateline: "WASHINGTON (Reuters) -"`. */
  evidence: string;
}

/** Wordings the outlet list does not carry (Reuters-21578 signs "Reuter"). */
const EXTRA_ALIASES: Record<string, string> = {
  reuter: 'Reuters',
  'the associated press': 'Associated Press',
  'ap news': 'Associated Press',
  xinhua: 'Xinhua',
  'xinhua net': 'Xinhua',
  xinhuanet: 'Xinhua',
  'agence france presse': 'Agence France-Presse',
  'france presse': 'Agence France-Presse',
};

/** The agency a name stands for, or null (outlets that are not agencies do not count). */
export function wireAgency(name: string): OutletIdentity | null {
  const cleaned = name
    .replace(/^[\s‘’'"“”«»([]+|[\s‘’'"“”«».,;:)\]]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length < 2) return null;
  const alias = lookup(EXTRA_ALIASES, outletKey(cleaned));
  const identity = knownOutlet(alias ?? cleaned);
  return identity && identity.kind === 'agency' ? identity : null;
}

/** Several agencies credited together ("AP/Reuters", "Reuters and AFP"): the first named. */
function firstAgency(names: string): OutletIdentity | null {
  for (const part of names.split(/\s*(?:\/|,|;|&|\band\b|\bwith\b)\s*/i)) {
    const id = wireAgency(part);
    if (id) return id;
  }
  return null;
}

// "WASHINGTON (Reuters) -", "MOSCOW, March 20 (AP) —", "BEIJING, March 20 (Xinhua) --", "(AFP) -" at the start
// ("_" is the AP wire's dash: "KUALA LUMPUR, Malaysia (AP) _").
const DATELINE_PAREN =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{L}.'’ -]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s*\d{4})?)?\s*)?\(([^()]{2,40})\)\s*(?:[-—–_]{1,2}|:)/u;
// "BEIJING, March 20 /Xinhua/ --", "PARIS, AFP/ -", "MOSCOW, March 20. /TASS/."
const DATELINE_SLASH =
  /^\s*[\p{Lu}][\p{Lu}\p{L}.'’ -]{1,40}(?:,\s*[\p{L}\d. ]{2,30}?)?[,.]?\s*\/?\s*(?<!\p{L})([\p{L}][\p{L}.&' -]{1,30})\s*\/\s*(?:[-—–]{1,2}|\.|:)/u;
// A sign-off in the last paragraph: "— Reuters", "-- AFP", "(AP)", "Reuter".
const SIGNOFF =
  /(?:^|[\s.])(?:[-—–]{1,2}\s*([\p{L}][\p{L}.&' /-]{1,30})|\(([\p{L}][\p{L}.&' /-]{1,30})\)|(Reuter|Reuters))\s*$/u;

/** The wire origin of an article, or null when it does not say. */
export function findWireOrigin(article: Pick<Article, 'text' | 'metadata' | 'title'>): WireOrigin | null {
  const text = article.text ?? '';
  const head = text.slice(0, 200);
  for (const re of [DATELINE_PAREN, DATELINE_SLASH]) {
    const m = re.exec(head);
    const id = m?.[1] ? firstAgency(m[1]) : null;
    if (m && id) return { key: id.key, name: id.name, evidence: `dateline: "${m[0].trim()}"` };
  }
  for (const credit of article.metadata?.credits ?? []) {
    const id = firstAgency(credit.name);
    if (id) return { key: id.key, name: id.name, evidence: `credit: "${credit.line}"` };
  }
  const trimmed = text.trimEnd();
  const lastParagraph = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  const tail = lastParagraph.slice(-60);
  const s = SIGNOFF.exec(tail);
  const signed = s ? firstAgency(s[1] ?? s[2] ?? s[3] ?? '') : null;
  if (s && signed) return { key: signed.key, name: signed.name, evidence: `sign-off: "${s[0].trim()}"` };
  const outlet = article.metadata?.outlet?.value;
  const own = outlet ? wireAgency(outlet) : null;
  if (own) return { key: own.key, name: own.name, evidence: `outlet: "${outlet}"` };
  return null;
}
