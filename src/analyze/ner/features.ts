// Token features for the named-entity tagger: word form, shape, affixes, context and a few general-knowledge
// word lists. Only what raw text gives at run time (no part-of-speech or chunk tags).

import { ORG_SUFFIX_WORDS } from '../entities/org-words.js';

const TITLES = new Set(
  'mr mrs ms dr prof president minister secretary senator governor mayor gen general col king queen prince pope judge chairman spokesman spokeswoman ambassador premier chancellor sir lord rep sen gov lt capt sgt coach'.split(
    ' ',
  ),
);
const ORG_SUFFIX = ORG_SUFFIX_WORDS;
const DEMONYM_SUFFIX = /(?:an|ian|ese|ish|i|ic)$/;

export function shape(w: string): string {
  const s = w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\d/g, 'd');
  return s.replace(/(.)\1{2,}/g, '$1$1');
}

function wordClass(w: string): string {
  if (/^\p{Lu}+$/u.test(w)) return w.length === 1 ? 'CAP1' : 'ALLCAP';
  if (/^\p{Lu}/u.test(w)) return 'INITCAP';
  if (/^\p{Ll}/u.test(w)) return 'LOWER';
  if (/^\d/.test(w)) return 'NUM';
  return 'PUNCT';
}

/** Features of token i; `prev` and `prev2` are the tags already given to the two tokens before it. */
export function tokenFeatures(
  tokens: readonly string[],
  i: number,
  prev: string,
  prev2: string,
  allCaps: boolean,
): string[] {
  const w = tokens[i] ?? '';
  const lower = w.toLowerCase();
  const p1 = tokens[i - 1] ?? '<S>';
  const p2 = tokens[i - 2] ?? '<S>';
  const n1 = tokens[i + 1] ?? '</S>';
  const n2 = tokens[i + 2] ?? '</S>';
  const cls = wordClass(w);
  const f = [
    'b',
    `w=${lower}`,
    `sh=${shape(w)}`,
    `cl=${cls}`,
    `p3=${lower.slice(0, 3)}`,
    `s3=${lower.slice(-3)}`,
    `s2=${lower.slice(-2)}`,
    `s4=${lower.slice(-4)}`,
    `pw=${p1.toLowerCase()}`,
    `nw=${n1.toLowerCase()}`,
    `p2w=${p2.toLowerCase()}`,
    `n2w=${n2.toLowerCase()}`,
    `pcl=${wordClass(p1)}`,
    `ncl=${wordClass(n1)}`,
    `t=${prev}`,
    `tt=${prev2}|${prev}`,
    `t|cl=${prev}|${cls}`,
    `t|w=${prev}|${lower}`,
    `pw|w=${p1.toLowerCase()}|${lower}`,
    `w|nw=${lower}|${n1.toLowerCase()}`,
  ];
  if (i === 0) f.push(`first|cl=${cls}`);
  if (allCaps) f.push(`caps|w=${lower}`, 'capsline');
  if (w.includes('-')) f.push('hyphen');
  if (TITLES.has(p1.toLowerCase().replace(/\.$/, ''))) f.push('after-title');
  if (ORG_SUFFIX.has(lower.replace(/\.$/, ''))) f.push('org-suffix');
  if (ORG_SUFFIX.has(n1.toLowerCase().replace(/\.$/, ''))) f.push('next-org-suffix');
  if (cls === 'INITCAP' && DEMONYM_SUFFIX.test(lower)) f.push('demonym-like');
  return f;
}
