// What surrounds a number in its sentence: the sentence, the entities named in it (as global ids), the words
// near the number that say what it is about, and the independent source behind the sentence.
import type { EntityType, Span, StoryDoc } from '../../model.js';
import { isStopWord, stemWord, wordTokens } from './words.js';

export interface SentenceContext {
  index: number;
  span: Span;
  text: string;
  /** Global entity ids of the people and organisations named in the sentence (by name, short form or role). */
  entityIds: string[];
  /** Name and type of the first person (else organisation, else place) named in the sentence. */
  subject: { id: string; name: string; type: EntityType } | null;
  /** Offsets (into the article) covered by entity mentions, so their words do not count as predicate words. */
  entitySpans: Span[];
  /** The independent source of what the sentence says: a cited source it names, else the article's source. */
  sourceKey: string;
}

/** The sentence of `doc` that holds offset `at`, or null. */
export function sentenceAt(doc: StoryDoc, at: number): number | null {
  const s = doc.analysis.sentences.findIndex((x) => x.start <= at && at < x.end);
  return s < 0 ? null : s;
}

/** The global id of an entity of the article (link.entityIds), else one made from its name. */
export function globalEntityId(doc: StoryDoc, entity: number): string {
  const id = doc.link.entityIds[entity];
  if (id) return id;
  const name = doc.analysis.entities[entity]?.name ?? `#${entity}`;
  return `name:${name.toLowerCase()}`;
}

const SUBJECT_ORDER: EntityType[] = ['person', 'organization', 'place', 'group', 'other'];

/** Role phrases ("chinese president") that name exactly one entity across the story, with that entity. */
export type StoryRoles = Map<string, { id: string; name: string; type: EntityType }>;

export function storyRoles(docs: readonly StoryDoc[]): StoryRoles {
  const seen = new Map<string, Map<string, { id: string; name: string; type: EntityType }>>();
  for (const d of docs)
    d.analysis.entities.forEach((e, i) => {
      for (const role of e.roles) {
        if (role.split(' ').length < 2) continue; // "president" alone names many people
        const ids = seen.get(role) ?? new Map();
        ids.set(globalEntityId(d, i), { id: globalEntityId(d, i), name: e.name, type: e.type });
        seen.set(role, ids);
      }
    });
  const out: StoryRoles = new Map();
  for (const [role, ids] of seen) if (ids.size === 1) out.set(role, [...ids.values()][0]!);
  return out;
}

function hasPhrase(text: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const i = text.indexOf(phrase, from);
    if (i < 0) return false;
    const before = text[i - 1];
    const after = text[i + phrase.length];
    if ((!before || !/\p{L}/u.test(before)) && (!after || !/\p{L}/u.test(after))) return true;
    from = i + 1;
  }
}

const cache = new WeakMap<StoryDoc, Map<number, SentenceContext>>();

export function sentenceContext(
  doc: StoryDoc,
  index: number,
  roles: StoryRoles = new Map(),
): SentenceContext {
  const known = cache.get(doc)?.get(index);
  if (known) return known;
  const ctx = computeContext(doc, index, roles);
  if (!cache.has(doc)) cache.set(doc, new Map());
  cache.get(doc)!.set(index, ctx);
  return ctx;
}

function computeContext(doc: StoryDoc, index: number, roles: StoryRoles): SentenceContext {
  const s = doc.analysis.sentences[index]!;
  const text = doc.article.text.slice(s.start, s.end);
  const mentions = doc.analysis.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const entityIds = [
    ...new Set(
      mentions
        .filter((m) => {
          const t = doc.analysis.entities[m.entity]?.type;
          return t === 'person' || t === 'organization';
        })
        .map((m) => globalEntityId(doc, m.entity)),
    ),
  ];
  const lower = text.toLowerCase();
  let roleSubject: SentenceContext['subject'] = null;
  for (const [role, e] of roles)
    if (hasPhrase(lower, role) && !entityIds.includes(e.id)) {
      entityIds.push(e.id);
      roleSubject ??= e;
    }
  let subject: SentenceContext['subject'] = null;
  for (const type of SUBJECT_ORDER) {
    if (type === 'place' && roleSubject) break;
    const m = mentions.find((x) => doc.analysis.entities[x.entity]?.type === type);
    if (m) {
      const e = doc.analysis.entities[m.entity]!;
      subject = { id: globalEntityId(doc, m.entity), name: e.name, type: e.type };
      break;
    }
  }
  subject ??= roleSubject;
  const cited = doc.analysis.citedSources.find((c) => c.start >= s.start && c.end <= s.end);
  return {
    index,
    span: { start: s.start, end: s.end },
    text,
    entityIds,
    subject,
    entitySpans: mentions.map((m) => ({ start: m.start, end: m.end })),
    sourceKey: cited ? `cited:${cited.key}` : doc.link.sourceKey,
  };
}

/** Stems of the content words within `radius` words of a span, outside entity names. */
export function nearbyStems(ctx: SentenceContext, at: Span, radius: number): string[] {
  const tokens = wordTokens(ctx.text).map((t) => ({
    ...t,
    start: t.start + ctx.span.start,
    end: t.end + ctx.span.start,
  }));
  const first = tokens.findIndex((t) => t.end > at.start);
  let last = tokens.length - 1;
  for (let i = tokens.length - 1; i >= 0; i--)
    if (tokens[i]!.start < at.end) {
      last = i;
      break;
    }
  if (first < 0) return [];
  const out: string[] = [];
  for (let i = Math.max(0, first - radius); i <= Math.min(tokens.length - 1, last + radius); i++) {
    const t = tokens[i]!;
    if (t.start >= at.start && t.end <= at.end) continue;
    if (ctx.entitySpans.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    if (isStopWord(t.word) || /^\d/.test(t.word) || t.word.length < 2) continue;
    out.push(stemWord(t.word));
  }
  return out;
}

/** The stem of the content word among the two words just before a span, outside entity names, or null. */
export function headBefore(ctx: SentenceContext, at: Span): string | null {
  const tokens = wordTokens(ctx.text)
    .map((t) => ({ ...t, start: t.start + ctx.span.start, end: t.end + ctx.span.start }))
    .filter((t) => t.end <= at.start);
  for (const t of tokens.slice(-2).reverse()) {
    if (ctx.entitySpans.some((e) => t.start >= e.start && t.end <= e.end)) return null;
    if (!isStopWord(t.word) && !/^\d/.test(t.word)) return stemWord(t.word);
  }
  return null;
}
