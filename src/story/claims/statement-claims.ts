// Plain statements without a number that two or more independent sources make ("the two leaders signed a series
// of documents" / "will sign a significant number of bilateral documents"): sentences of different sources that
// name a common entity and share enough of their rarer content words.
import { createHash } from 'node:crypto';
import type { Claim, StoryDoc } from '../../model.js';
import { outletOf } from '../outlet-name.js';
import { independentSources } from './independent-sources.js';
import { sentenceContext, type SentenceContext } from './mention-context.js';
import { isStopWord, stemWord, wordTokens } from './words.js';

interface Unit {
  doc: StoryDoc;
  context: SentenceContext;
  stems: Map<string, string>; // stem → first surface word
}

const MIN_SIMILARITY = 0.3;
const MIN_SHARED = 3;

function quotedShare(text: string): number {
  let inside = 0;
  for (const m of text.matchAll(/[“"«„]([^”"»“]*)[”"»]/g)) inside += m[1]!.length;
  return inside / Math.max(1, text.length);
}

function unitsOf(doc: StoryDoc): Unit[] {
  return doc.analysis.sentences.flatMap((_, i) => {
    const context = sentenceContext(doc, i);
    if (quotedShare(context.text) > 0.4 || context.text.length < 30) return [];
    const stems = new Map<string, string>();
    for (const t of wordTokens(context.text)) {
      const at = context.span.start + t.start;
      if (context.entitySpans.some((e) => at >= e.start && at < e.end)) continue;
      if (isStopWord(t.word) || /^\d/.test(t.word) || t.word.length < 3) continue;
      const s = stemWord(t.word);
      if (!stems.has(s)) stems.set(s, t.word);
    }
    return stems.size >= 3 ? [{ doc, context, stems }] : [];
  });
}

/** `skip` holds "articleId:sentence" keys of sentences already in a numeric claim. */
export function statementClaims(docs: readonly StoryDoc[], skip: ReadonlySet<string> = new Set()): Claim[] {
  const units = docs.flatMap(unitsOf).filter((u) => !skip.has(`${u.doc.article.id}:${u.context.index}`));
  const df = new Map<string, number>();
  for (const u of units) for (const s of u.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => Math.log((units.length + 1) / ((df.get(s) ?? 0) + 0.5));
  const norm = units.map((u) => Math.sqrt([...u.stems.keys()].reduce((a, s) => a + idf(s) ** 2, 0)));
  const similarity = (i: number, j: number): { score: number; shared: string[] } => {
    const a = units[i]!;
    const b = units[j]!;
    const shared = [...a.stems.keys()].filter((s) => b.stems.has(s));
    const dot = shared.reduce((x, s) => x + idf(s) ** 2, 0);
    return { score: dot / Math.max(1e-9, norm[i]! * norm[j]!), shared };
  };
  const groups: { members: number[]; shared: Set<string> }[] = [];
  const grouped = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    if (grouped.has(i)) continue;
    const members = [i];
    let shared: Set<string> | null = null;
    const seenSources = new Set([units[i]!.context.sourceKey]);
    const seenDocs = new Set([units[i]!.doc.article.id]);
    const candidates: { j: number; score: number; shared: string[] }[] = [];
    for (let j = i + 1; j < units.length; j++) {
      if (grouped.has(j)) continue;
      const a = units[i]!;
      const b = units[j]!;
      if (a.doc === b.doc) continue;
      const bs = new Set(b.context.entityIds);
      if (!a.context.entityIds.some((e) => bs.has(e))) continue;
      const sim = similarity(i, j);
      if (sim.score >= MIN_SIMILARITY && sim.shared.length >= MIN_SHARED) candidates.push({ j, ...sim });
    }
    for (const c of candidates.sort((x, y) => y.score - x.score)) {
      const u = units[c.j]!;
      if (seenDocs.has(u.doc.article.id)) continue;
      seenDocs.add(u.doc.article.id);
      seenSources.add(u.context.sourceKey);
      members.push(c.j);
      shared = shared ? new Set(c.shared.filter((s) => shared!.has(s))) : new Set(c.shared);
    }
    if (seenSources.size >= 2 && shared && shared.size >= MIN_SHARED) {
      members.forEach((m) => grouped.add(m));
      groups.push({ members, shared });
    }
  }
  return groups.map((g) => {
    const first = units[g.members[0]!]!;
    const words = [...first.stems.entries()]
      .filter(([s]) => g.shared.has(s))
      .sort((a, b) => idf(b[0]) - idf(a[0]))
      .slice(0, 4)
      .map(([, w]) => w);
    const mentions = g.members.map((m) => {
      const u = units[m]!;
      return {
        articleId: u.doc.article.id,
        sourceKey: u.context.sourceKey,
        outlet: outletOf(u.doc),
        date: u.doc.link.date.value,
        text: u.context.text,
        span: u.context.span,
        value: null,
      };
    });
    const subject = first.context.subject?.name ?? null;
    return {
      id: `claim-${createHash('sha1')
        .update(`statement|${mentions[0]!.articleId}:${mentions[0]!.span.start}`)
        .digest('hex')
        .slice(0, 12)}`,
      subject,
      predicate: words.join(' '),
      value: null,
      when: null,
      status: 'corroborated',
      independentSources: independentSources(mentions),
      mentions,
      variants: [{ value: null, mentions: mentions.map((_, i) => i) }],
      update: null,
      note: null,
    } satisfies Claim;
  });
}
