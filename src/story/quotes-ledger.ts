// The quotes ledger of a story: one entry per utterance, its wording in every article that carries it
// (translations and paraphrases grouped by speaker and content), the outlets, and the first to report it.
import { createHash } from 'node:crypto';
import type { Quote, QuoteEntry, StoryDoc } from '../model.js';
import { globalEntityId } from './claims/mention-context.js';
import { contentStems } from './claims/words.js';
import { outletOf } from './outlet-name.js';

interface QuoteItem {
  doc: StoryDoc;
  quote: Quote;
  speakerKey: string | null;
  speakerName: string | null;
  stems: Set<string>;
}

/** Content overlap of two wordings: shared stems over the shorter wording's stems. */
export function wordingOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  // Two or three shared words are not one utterance unless that is all either wording has.
  if (shared < Math.min(3, large.size)) return 0;
  return shared / small.size;
}

const SAME_UTTERANCE = 0.6;

function speakerOf(doc: StoryDoc, q: Quote): { key: string | null; name: string | null } {
  if (!q.speaker) return { key: null, name: null };
  if (q.speaker.entity !== null) {
    const e = doc.analysis.entities[q.speaker.entity];
    return { key: globalEntityId(doc, q.speaker.entity), name: e?.name ?? q.speaker.text };
  }
  const name = q.speaker.text.replace(/^(?:the|a|an)\s+/i, '');
  return { key: `text:${name.toLowerCase()}`, name };
}

function itemsOf(doc: StoryDoc): QuoteItem[] {
  return doc.analysis.quotes.map((quote) => {
    const s = speakerOf(doc, quote);
    return {
      doc,
      quote,
      speakerKey: s.key,
      speakerName: s.name,
      stems: new Set(contentStems(quote.content.text)),
    };
  });
}

function entryOf(items: QuoteItem[]): QuoteEntry {
  const first = [...items].sort(
    (a, b) => a.doc.link.date.value.localeCompare(b.doc.link.date.value) || a.doc.link.seq - b.doc.link.seq,
  )[0]!;
  const direct = items.filter((i) => i.quote.kind === 'direct');
  const fullest = (direct.length ? direct : items).reduce((a, b) =>
    b.quote.content.text.length > a.quote.content.text.length ? b : a,
  );
  const withAddressee = items.find((i) => i.quote.addressee);
  const addressee = withAddressee?.quote.addressee ?? null;
  const outlets = [...new Set(items.map((i) => outletOf(i.doc)).filter((o): o is string => o !== null))];
  return {
    id: `quote-${createHash('sha1')
      .update(`${first.doc.article.id}:${first.quote.content.start}`)
      .digest('hex')
      .slice(0, 12)}`,
    speaker: {
      entityId: items.find((i) => i.quote.speaker?.entity != null)?.speakerKey ?? null,
      name: first.speakerName,
    },
    addressee: addressee
      ? {
          entityId: addressee.entity !== null ? globalEntityId(withAddressee!.doc, addressee.entity) : null,
          name:
            addressee.entity !== null
              ? (withAddressee!.doc.analysis.entities[addressee.entity]?.name ?? addressee.text)
              : addressee.text,
        }
      : null,
    medium: items.find((i) => i.quote.medium)?.quote.medium ?? null,
    kind: direct.length ? 'direct' : 'indirect',
    text: fullest.quote.content.text,
    variants: items.map((i) => ({
      articleId: i.doc.article.id,
      outlet: outletOf(i.doc),
      text: i.quote.content.text,
      span: { start: i.quote.content.start, end: i.quote.content.end },
      kind: i.quote.kind,
    })),
    outlets,
    independentSources: new Set(items.map((i) => i.doc.link.sourceKey)).size,
    firstReported: {
      articleId: first.doc.article.id,
      outlet: outletOf(first.doc),
      date: first.doc.link.date.value,
    },
  };
}

export function buildQuoteLedger(docs: StoryDoc[]): QuoteEntry[] {
  const ordered = [...docs].sort((a, b) => a.link.seq - b.link.seq);
  const groups: QuoteItem[][] = [];
  for (const item of ordered.flatMap(itemsOf)) {
    if (item.stems.size === 0) continue;
    let best: QuoteItem[] | null = null;
    let bestScore = SAME_UTTERANCE;
    for (const g of groups) {
      if (item.speakerKey === null || g[0]!.speakerKey !== item.speakerKey) continue;
      const score = Math.max(...g.map((x) => wordingOverlap(x.stems, item.stems)));
      if (score >= bestScore) {
        best = g;
        bestScore = score;
      }
    }
    if (best) best.push(item);
    else groups.push([item]);
  }
  return groups
    .map(entryOf)
    .sort(
      (a, b) =>
        b.independentSources - a.independentSources ||
        a.firstReported.date.localeCompare(b.firstReported.date),
    );
}
