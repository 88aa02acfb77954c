// CoNLL-2003 files (token POS chunk tag per line, blank line between sentences, IOB2 here) and conlleval's
// entity-level scoring: an entity counts when its span and type both match exactly.

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (line.trim() === '' || parts[0] === '-DOCSTART-') {
      if (tokens.length) sentences.push({ tokens, tags });
      tokens = [];
      tags = [];
      continue;
    }
    tokens.push(parts[0] ?? '');
    tags.push(parts[parts.length - 1] ?? 'O');
  }
  if (tokens.length) sentences.push({ tokens, tags });
  return sentences;
}

/** Entity spans "TYPE:start:end" of a BIO sequence (an I- without a B- starts an entity, as conlleval does). */
export function spansOf(tags: readonly string[]): string[] {
  const spans: string[] = [];
  let type: string | null = null;
  let start = 0;
  const close = (end: number): void => {
    if (type) spans.push(`${type}:${start}:${end}`);
    type = null;
  };
  tags.forEach((tag, i) => {
    const [prefix, t] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2)];
    if (prefix === 'O') return close(i);
    if (prefix === 'B' || t !== type) {
      close(i);
      type = t;
      start = i;
    }
  });
  close(tags.length);
  return spans;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreEntities(
  gold: readonly string[][],
  predicted: readonly string[][],
): Scores & { perType: Record<string, Scores> } {
  const counts = new Map<string, { tp: number; gold: number; pred: number }>();
  const bump = (type: string, key: 'tp' | 'gold' | 'pred'): void => {
    for (const k of [type, '*']) {
      const c = counts.get(k) ?? { tp: 0, gold: 0, pred: 0 };
      c[key]++;
      counts.set(k, c);
    }
  };
  gold.forEach((g, i) => {
    const gs = new Set(spansOf(g));
    const ps = spansOf(predicted[i] ?? []);
    for (const s of gs) bump(s.split(':')[0]!, 'gold');
    for (const s of ps) {
      bump(s.split(':')[0]!, 'pred');
      if (gs.has(s)) bump(s.split(':')[0]!, 'tp');
    }
  });
  const score = (c: { tp: number; gold: number; pred: number }): Scores => {
    const precision = c.pred ? c.tp / c.pred : 0;
    const recall = c.gold ? c.tp / c.gold : 0;
    return {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    };
  };
  const perType: Record<string, Scores> = {};
  for (const [k, c] of counts) if (k !== '*') perType[k] = score(c);
  return { ...score(counts.get('*') ?? { tp: 0, gold: 0, pred: 0 }), perType };
}
