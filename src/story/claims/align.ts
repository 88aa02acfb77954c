// Which claim mentions state the same fact: same kind of value, words about the same thing (stems near the
// number, what is counted), and compatible subjects (the entities around the number).
import type { RawClaimMention } from './claim-mention.js';
import { disagreement } from './values.js';
import { stemWord } from './words.js';

function valueClass(m: RawClaimMention): string {
  const v = m.value;
  if (m.family === 'first-since') return 'first-since';
  if (m.family === 'stay') return 'stay';
  if (v.kind === 'count' || v.kind === 'ordinal') return 'count';
  if (v.kind === 'duration') return 'duration';
  return `${v.kind}:${v.unit ?? ''}`;
}

const stemSets = new WeakMap<RawClaimMention, Set<string>>();

function stemSet(m: RawClaimMention): Set<string> {
  let set = stemSets.get(m);
  if (!set) stemSets.set(m, (set = new Set(m.stems)));
  return set;
}

function sharedStems(a: RawClaimMention, b: RawClaimMention): number {
  const as = stemSet(a);
  const bs = stemSet(b);
  let n = 0;
  for (const w of as) if (bs.has(w)) n++;
  return n;
}

function entityOverlap(a: RawClaimMention, b: RawClaimMention): boolean | null {
  if (!a.context.entityIds.length || !b.context.entityIds.length) return null;
  const bs = new Set(b.context.entityIds);
  return a.context.entityIds.some((e) => bs.has(e));
}

/** Counted nouns that make a count a number of events, comparable with "the Nth" event. */
const EVENT_COUNTS = new Set(
  [
    'occasion',
    'time',
    'meeting',
    'visit',
    'trip',
    'round',
    'summit',
    'session',
    'call',
    'encounter',
    'edition',
  ].map(stemWord),
);

function countVersusOrdinal(a: RawClaimMention, b: RawClaimMention): boolean {
  if (a.value.kind === b.value.kind) return false;
  const count = a.value.kind === 'ordinal' ? b : a;
  if (count.value.kind !== 'count' || (b.value.kind !== 'ordinal' && a.value.kind !== 'ordinal'))
    return false;
  return (
    (count.counted !== null && EVENT_COUNTS.has(count.counted)) ||
    a.value.scope !== null ||
    b.value.scope !== null
  );
}

/** How strongly two mentions look like statements of one fact (0 = not the same fact). */
export function alignmentScore(a: RawClaimMention, b: RawClaimMention): number {
  if (valueClass(a) !== valueClass(b)) return 0;
  const overlap = entityOverlap(a, b);
  if (overlap === false) return 0;
  const shared = sharedStems(a, b);
  let score = shared;
  if (a.counted && b.counted) {
    if (a.counted === b.counted) score += 1;
    else if (a.value.kind === b.value.kind) return 0; // "14 agreements" and "14 countries" are different facts
  }
  if (a.family !== 'quantity') return score >= 1 && (overlap === true || score >= 2) ? score : 0;
  // "killed three" and "injured 23", "scored 100" and "averaged 50": different words before the number.
  if (a.head && b.head && a.head !== b.head && a.value.kind === b.value.kind) return 0;
  const crossKind = a.value.kind !== b.value.kind;
  if (crossKind && !countVersusOrdinal(a, b)) return 0; // "the 4th biggest" and "the top 10" are not one fact
  // One shared word with a shared entity is enough for a count of events against "the Nth" one.
  if (crossKind) return shared >= 1 && overlap === true ? score : 0;
  // The 80th and the 90th birthday are two facts: ordinals must share much more to be compared.
  if (a.value.kind === 'ordinal') return shared >= 3 && overlap === true ? score : 0;
  if (overlap === true) return score >= 2 ? score : 0;
  return score >= 3 ? score : 0;
}

/** Whether a mention may join a group: never two numbers of one sentence, never two values of one article. */
function compatibleMember(m: RawClaimMention, x: RawClaimMention): boolean {
  if (m.doc !== x.doc) return true;
  if (m.context.index === x.context.index && (m.at.start !== x.at.start || m.at.end !== x.at.end))
    return false;
  return m.value.normalized === x.value.normalized;
}

/**
 * Look-up keys of a mention. Two mentions can align (score > 0) only when they share a key: the same value class
 * and a shared stem, or the same counted noun (see alignmentScore). A mention joins a group only if it aligns with
 * every member (complete link), its first member included, so groups are looked up by their first member's keys.
 */
function alignKeys(m: RawClaimMention): string[] {
  const cls = valueClass(m);
  const keys = [...stemSet(m)].map((w) => `${cls}|s:${w}`);
  if (m.counted) keys.push(`${cls}|c:${m.counted}`);
  return keys;
}

/** Groups mentions into facts: a mention joins the group it aligns best with (complete link), else starts one. */
export function alignMentions(mentions: readonly RawClaimMention[]): RawClaimMention[][] {
  const groups: RawClaimMention[][] = [];
  /** Key → indices of the groups whose first member has it, in creation order. */
  const index = new Map<string, number[]>();
  for (const m of mentions) {
    const keys = alignKeys(m);
    const candidates = new Set<number>();
    for (const k of keys) for (const g of index.get(k) ?? []) candidates.add(g);
    let best = -1;
    let bestScore = 0;
    // In creation order, as a scan of every group would meet them: ties go to the earlier group.
    for (const gi of [...candidates].sort((a, b) => a - b)) {
      const g = groups[gi]!;
      if (!g.every((x) => compatibleMember(m, x))) continue;
      let base = Infinity;
      for (const x of g) {
        base = Math.min(base, alignmentScore(m, x));
        if (base === 0) break;
      }
      // Between equally good groups, the one whose value agrees wins: "141 seats" joins "141 seats out of 539",
      // not the 539.
      const score = base > 0 && g.every((x) => disagreement(x.value, m.value) === null) ? base + 0.5 : base;
      if (score > bestScore) {
        best = gi;
        bestScore = score;
      }
    }
    if (best >= 0) groups[best]!.push(m);
    else {
      groups.push([m]);
      for (const k of new Set(keys)) {
        const list = index.get(k);
        if (list) list.push(groups.length - 1);
        else index.set(k, [groups.length - 1]);
      }
    }
  }
  return groups;
}
