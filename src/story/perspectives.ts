// Perspectives: what each actor says, demands, denies, warns or promises (from the quotes, grouped by speaker
// and by the state or organisation the speaker's role names), and each outlet's framing — its own opinion
// sentences, loaded terms, and the claims most sources report that it leaves out.
import type { ActorStatement, Claim, EntityType, StoryDoc, StoryPerspectives } from '../model.js';
import { globalEntityId } from './claims/mention-context.js';
import { outletOf } from './outlet-name.js';
import { lookup } from '../lookup.js';

const STANCE: Record<string, string> = {
  say: 'says',
  tell: 'says',
  add: 'says',
  note: 'says',
  state: 'says',
  remark: 'says',
  write: 'says',
  describe: 'says',
  continue: 'says',
  reveal: 'says',
  announce: 'says',
  report: 'says',
  observe: 'says',
  argue: 'says',
  reply: 'says',
  explain: 'says',
  stress: 'says',
  insist: 'says',
  claim: 'says',
  demand: 'demands',
  urge: 'demands',
  call: 'demands',
  ask: 'demands',
  deny: 'denies',
  reject: 'denies',
  dismiss: 'denies',
  refute: 'denies',
  warn: 'warns',
  threaten: 'warns',
  caution: 'warns',
  promise: 'promises',
  pledge: 'promises',
  vow: 'promises',
  commit: 'promises',
};

/** "says", "demands", "denies", "warns", "promises", or the cue verb itself for other verbs. */
export function stanceOf(verb: string | null | undefined): string {
  if (!verb) return 'says';
  const word = verb.toLowerCase().split(/\s+/)[0]!;
  if (/^according/.test(word)) return 'says';
  const base = baseVerb(word);
  return lookup(STANCE, base) ?? `${base}s`;
}

/** The base form of a past or third-person verb ("remarked" → "remark", "noted" → "note", "denies" → "deny"). */
function baseVerb(word: string): string {
  const candidates = [word];
  if (word.endsWith('ied')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), word.slice(0, -3));
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  const known = candidates.find((c) => c in STANCE);
  if (known) return known;
  if (word.endsWith('ed')) {
    if (/([^aeiou])\1ed$/.test(word)) return word.slice(0, -3); // admitted → admit
    if (/[^aeiou][aeiou][dtsgkpcvz]ed$|[cvzu]ed$/.test(word)) return word.slice(0, -1); // noted → note
    return word.slice(0, -2); // remarked → remark
  }
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Countries named by the nationality a role carries ("kremlin spokesman" → Russia). */
const SPEAKS_FOR: [RegExp, string][] = [
  [/\bchinese\b|\bbeijing\b/, 'China'],
  [/\brussian\b|\bkremlin\b|\bmoscow\b/, 'Russia'],
  [/\bukrainian\b|\bkyiv\b|\bkiev\b/, 'Ukraine'],
  [/\b(?:us|u\.s\.|american|white house|state department)\b/, 'United States'],
  [/\bbritish\b|\buk\b/, 'United Kingdom'],
  [/\bfrench\b/, 'France'],
  [/\bgerman\b/, 'Germany'],
  [/\bjapanese\b/, 'Japan'],
  [/\bindian\b/, 'India'],
  [/\biranian\b/, 'Iran'],
  [/\bisraeli\b/, 'Israel'],
  [/\bturkish\b/, 'Turkey'],
  [/\beuropean union\b|\beu\b/, 'European Union'],
  [/\bnato\b/, 'NATO'],
  [/\bun\b|\bunited nations\b/, 'United Nations'],
];

interface ActorAcc {
  entityId: string | null;
  name: string;
  type: EntityType;
  statements: ActorStatement[];
}

function actorsOf(docs: readonly StoryDoc[]): StoryPerspectives['actors'] {
  const actors = new Map<string, ActorAcc>();
  const add = (key: string, base: Omit<ActorAcc, 'statements'>, st: ActorStatement) => {
    const a = actors.get(key) ?? { ...base, statements: [] };
    if (!a.statements.some((s) => s.text === st.text)) a.statements.push(st);
    actors.set(key, a);
  };
  for (const doc of docs)
    for (const q of doc.analysis.quotes) {
      if (!q.speaker) continue;
      const entity = q.speaker.entity !== null ? doc.analysis.entities[q.speaker.entity] : undefined;
      const statement: ActorStatement = {
        stance: stanceOf(q.cue?.verb),
        text: q.content.text,
        citations: [{ articleId: doc.article.id, span: { start: q.content.start, end: q.content.end } }],
      };
      const name = entity?.name ?? q.speaker.text.replace(/^(?:the|a|an)\s+/i, '');
      const id = q.speaker.entity !== null ? globalEntityId(doc, q.speaker.entity) : null;
      add(
        id ?? `text:${name.toLowerCase()}`,
        { entityId: id, name, type: entity?.type ?? 'other' },
        statement,
      );
      // The state or organisation a speaker speaks for, from the speaker's roles and the words naming them.
      const roles = [...(entity?.roles ?? []), q.speaker.text.toLowerCase()].join(' | ');
      if (entity?.type === 'place' || entity?.type === 'organization') continue;
      const country = SPEAKS_FOR.find(([re]) => re.test(roles))?.[1];
      if (country) add(`country:${country}`, { entityId: null, name: country, type: 'place' }, statement);
    }
  return [...actors.values()].sort(
    (a, b) => b.statements.length - a.statements.length || a.name.localeCompare(b.name),
  );
}

/** Claims reported by most independent sources of the story (at least two). */
function consensusClaims(claims: readonly Claim[], sourceCount: number): Claim[] {
  const need = Math.max(2, Math.ceil(sourceCount / 2));
  return claims.filter((c) => c.status !== 'contradicted' && c.independentSources >= need);
}

function outletsOf(docs: readonly StoryDoc[], claims: readonly Claim[]): StoryPerspectives['outlets'] {
  const byOutlet = new Map<string, StoryDoc[]>();
  for (const d of docs) {
    const name = outletOf(d) ?? d.link.sourceKey;
    byOutlet.set(name, [...(byOutlet.get(name) ?? []), d]);
  }
  const consensus = consensusClaims(claims, new Set(docs.map((d) => d.link.sourceKey)).size);
  return [...byOutlet.entries()].map(([outlet, ds]) => {
    const ids = new Set(ds.map((d) => d.article.id));
    const sentences = ds.reduce((n, d) => n + d.analysis.sentences.length, 0);
    const opinionated = ds.flatMap((d) =>
      d.analysis.opinion
        .filter((o) => o.opinion)
        .map((o) => ({
          text: d.article.text.slice(o.start, o.end),
          citation: { articleId: d.article.id, span: { start: o.start, end: o.end } },
          triggers: o.triggers.map((t) => t.text),
        })),
    );
    const termCounts = new Map<string, number>();
    for (const d of ds)
      for (const o of d.analysis.opinion)
        for (const t of o.triggers)
          termCounts.set(t.text.toLowerCase(), (termCounts.get(t.text.toLowerCase()) ?? 0) + 1);
    return {
      outlet,
      articleIds: [...ids],
      opinionShare: sentences ? opinionated.length / sentences : 0,
      opinionSentences: opinionated,
      loadedTerms: [...termCounts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 12)
        .map(([t]) => t),
      omittedClaims: consensus.filter((c) => !c.mentions.some((m) => ids.has(m.articleId))).map((c) => c.id),
    };
  });
}

export function buildPerspectives(docs: StoryDoc[], claims: Claim[]): StoryPerspectives {
  const ordered = [...docs].sort((a, b) => a.link.seq - b.link.seq);
  return { actors: actorsOf(ordered), outlets: outletsOf(ordered, claims) };
}
