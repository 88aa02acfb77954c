// A greedy left-to-right averaged-perceptron tagger over BIO tags (PER/ORG/LOC/MISC), trained in this repository
// from CoNLL-2003 (src/analyze/ner/train.ts) and loaded from models/ner-conll.json.gz.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../project-root.js';
import { tokenFeatures } from './features.js';

export interface TaggerModel {
  tags: string[];
  /** feature → weights per tag (scaled integers). */
  weights: Record<string, number[]>;
}

export const MODEL_FILE = 'models/ner-conll.json.gz';

let loaded: { model: TaggerModel; weights: Map<string, number[]> } | null = null;

export function loadModel(): { model: TaggerModel; weights: Map<string, number[]> } | null {
  if (loaded) return loaded;
  const path = join(projectRoot(), MODEL_FILE);
  if (!existsSync(path)) return null;
  const model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerModel;
  loaded = { model, weights: new Map(Object.entries(model.weights)) };
  return loaded;
}

/** A BIO tag may only follow a compatible one (I-X after B-X or I-X). */
export function allowed(prev: string, tag: string): boolean {
  if (!tag.startsWith('I-')) return true;
  return prev.slice(2) === tag.slice(2) && prev !== 'O';
}

export function isAllCaps(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /\p{L}/u.test(t));
  return words.length >= 3 && words.every((t) => !/\p{Ll}/u.test(t));
}

/** Tags one sentence's tokens with BIO tags. */
export function tagWith(
  weights: Map<string, number[]>,
  tags: readonly string[],
  tokens: readonly string[],
): string[] {
  const out: string[] = [];
  const caps = isAllCaps(tokens);
  const scores = new Float64Array(tags.length);
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    for (const f of tokenFeatures(tokens, i, out[i - 1] ?? '<S>', out[i - 2] ?? '<S>', caps)) {
      const w = weights.get(f);
      if (w) for (let k = 0; k < tags.length; k++) scores[k]! += w[k]!;
    }
    let best = -1;
    for (let k = 0; k < tags.length; k++) {
      if (!allowed(out[i - 1] ?? 'O', tags[k]!)) continue;
      if (best < 0 || scores[k]! > scores[best]!) best = k;
    }
    out.push(tags[best] ?? 'O');
  }
  return out;
}

/** BIO tags for the tokens of one sentence. */
export function tagTokens(tokens: readonly string[]): string[] {
  const m = loadModel();
  if (!m)
    throw new Error(
      `named-entity model not found at ${MODEL_FILE}; rebuild it with: npm run build && node dist/src/analyze/ner/train.js`,
    );
  return tagWith(m.weights, m.model.tags, tokens);
}
