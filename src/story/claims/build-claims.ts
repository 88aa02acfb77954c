// The claims ledger of a story: comparable statements of fact aligned across its articles, each marked
// corroborated, single-source, updated (a newer figure replaced an older one) or contradicted.
import { createHash } from 'node:crypto';
import type { Claim, ClaimMention, StoryDoc } from '../../model.js';
import { outletOf } from '../outlet-name.js';
import { alignMentions } from './align.js';
import { independentSources } from './independent-sources.js';
import type { RawClaimMention } from './claim-mention.js';
import { storyRoles } from './mention-context.js';
import { firstSinceMentions } from './first-since-mentions.js';
import { quantityMentions } from './quantity-mentions.js';
import { statementClaims } from './statement-claims.js';
import { stayMentions } from './stay-mentions.js';
import { disagreement } from './values.js';

function claimMention(m: RawClaimMention): ClaimMention {
  return {
    articleId: m.doc.article.id,
    sourceKey: m.context.sourceKey,
    outlet: outletOf(m.doc),
    date: m.doc.link.date.value,
    text: m.context.text,
    span: m.context.span,
    value: m.value.normalized,
  };
}

/** Mentions that agree with each other, greedily: a mention joins the first variant none of whose values it contradicts. */
function variantsOf(group: readonly RawClaimMention[]): { mentions: number[]; note: string | null }[] {
  const variants: { mentions: number[]; note: string | null }[] = [];
  let note: string | null = null;
  group.forEach((m, i) => {
    for (const v of variants) {
      const why = v.mentions.map((j) => disagreement(group[j]!.value, m.value)).find((x) => x !== null);
      if (!why) {
        v.mentions.push(i);
        return;
      }
      note ??= why;
    }
    variants.push({ mentions: [i], note });
  });
  return variants;
}

function claimId(parts: string[]): string {
  return `claim-${createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 12)}`;
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function whenOf(group: readonly RawClaimMention[]): string | null {
  for (const m of group) {
    const y = /\b(?:in|since|of)\s+((?:19|20)\d{2})\b/.exec(m.context.text);
    if (y) return y[1]!;
  }
  return null;
}

function toClaim(group: RawClaimMention[]): Claim[] {
  const mentions = group.map(claimMention);
  const variants = variantsOf(group);
  const sources = new Set(group.map((m) => m.doc.link.sourceKey));
  // Two values in one source only are two facts (a story can give "3 killed" and "5 injured"), not a conflict.
  if (variants.length > 1 && sources.size === 1)
    return variants.flatMap((v) => toClaim(v.mentions.map((i) => group[i]!)));
  const label = mostCommon(group.map((m) => m.label)) ?? 'value';
  const subject = mostCommon(group.map((m) => m.context.subject?.name ?? null));
  const base = {
    id: claimId([label, subject ?? '', `${mentions[0]!.articleId}:${mentions[0]!.span.start}`]),
    subject,
    predicate: label,
    when: whenOf(group),
    independentSources: independentSources(mentions),
    mentions,
    variants: variants.map((v) => ({ value: mentions[v.mentions[0]!]!.value, mentions: v.mentions })),
  };
  if (variants.length === 1)
    return [
      {
        ...base,
        value: mentions[0]!.value,
        status: base.independentSources >= 2 ? 'corroborated' : 'single-source',
        update: null,
        note: null,
      },
    ];
  const note = variants.map((v) => v.note).find((n) => n !== null) ?? null;
  if (group.some((m) => m.changing)) {
    const dated = variants
      .map((v) => ({ v, date: v.mentions.map((i) => mentions[i]!.date).sort()[0]! }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const first = dated[0]!;
    const last = dated[dated.length - 1]!;
    if (first.date < last.date) {
      const from = mentions[first.v.mentions[0]!]!.value;
      const to = mentions[last.v.mentions[0]!]!.value;
      return [
        {
          ...base,
          value: to,
          status: 'updated',
          update: { from, to },
          note: `${from} → ${to} in newer reports`,
        },
      ];
    }
  }
  return [{ ...base, value: null, status: 'contradicted', update: null, note }];
}

/** Comparable mentions in every article of the story. */
export function claimMentions(docs: readonly StoryDoc[]): RawClaimMention[] {
  const roles = storyRoles(docs);
  return docs.flatMap((d) => [
    ...quantityMentions(d, roles),
    ...stayMentions(d, roles),
    ...firstSinceMentions(d, docs, roles),
  ]);
}

export function buildClaims(docs: StoryDoc[]): Claim[] {
  const ordered = [...docs].sort((a, b) => a.link.seq - b.link.seq);
  const mentions = claimMentions(ordered);
  const claims = alignMentions(mentions).flatMap(toClaim);
  const numeric = new Set(mentions.map((m) => `${m.doc.article.id}:${m.context.index}`));
  return [...claims, ...statementClaims(ordered, numeric)].sort(
    (a, b) => b.independentSources - a.independentSources || a.id.localeCompare(b.id),
  );
}
