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

/** The year a mention's sentence gives for its fact, when it names one. */
function yearOf(m: RawClaimMention): string | null {
  return /\b((?:19|20)\d{2})\b/.exec(m.context.text)?.[1] ?? null;
}

const CLOSE_DAYS = 30;

/** Whether two variants are stated within a month of each other: figures given far apart describe different
 * moments (a campaign's funds, a staff's size), not one fact told two ways. */
function closeInTime(
  group: readonly RawClaimMention[],
  variants: readonly { mentions: number[] }[],
): boolean {
  for (let i = 0; i < variants.length; i++)
    for (let j = i + 1; j < variants.length; j++)
      for (const a of variants[i]!.mentions)
        for (const b of variants[j]!.mentions)
          if (yearsBetween(group[a]!, group[b]!) * 365.25 <= CLOSE_DAYS) return true;
  return false;
}

function yearsBetween(a: RawClaimMention, b: RawClaimMention): number {
  const ms = Math.abs(Date.parse(a.doc.link.date.value) - Date.parse(b.doc.link.date.value));
  return Number.isFinite(ms) ? ms / (365.25 * 86400000) : 0;
}

/** Mentions that agree with each other, greedily: a mention joins the first variant none of whose values it contradicts. */
function variantsOf(group: readonly RawClaimMention[]): { mentions: number[]; note: string | null }[] {
  const variants: { mentions: number[]; note: string | null }[] = [];
  let note: string | null = null;
  group.forEach((m, i) => {
    for (const v of variants) {
      const why = v.mentions
        .map((j) => disagreement(group[j]!.value, m.value, yearsBetween(group[j]!, m)))
        .find((x) => x !== null);
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
  const articles = new Set(group.map((m) => m.doc.article.id));
  const changing = group.some((m) => m.changing);
  // Two values in one article only are two facts (a story can give "3 killed" and "5 injured"), not a conflict.
  // Values given for different years ("22 percent in 1994", "27 percent in 1999") are different facts too.
  // (Not for "first … since", whose value is itself a date.)
  const years = group[0]!.family === 'first-since' ? [] : variants.map((v) => yearOf(group[v.mentions[0]!]!));
  const distinctYears = new Set(years.filter((y) => y !== null));
  if (
    variants.length > 1 &&
    (articles.size === 1 || distinctYears.size > 1 || (!changing && !closeInTime(group, variants)))
  )
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
  if (changing) {
    const dated = variants
      .map((v) => ({ v, date: v.mentions.map((i) => mentions[i]!.date).sort()[0]! }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const first = dated[0]!;
    const last = dated[dated.length - 1]!;
    const older = group[first.v.mentions[0]!]!.value.amount ?? 0;
    const newer = group[last.v.mentions[0]!]!.value.amount ?? 0;
    // Tolls and totals grow: a smaller figure much later counts something else ("two of the three killed").
    if (newer < older && !closeInTime(group, variants))
      return variants.flatMap((v) => toClaim(v.mentions.map((i) => group[i]!)));
    if (first.date < last.date && newer > older) {
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
