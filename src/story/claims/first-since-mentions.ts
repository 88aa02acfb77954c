// "For the first time since 2019", "the first in-person meeting since Russia began its invasion": claims about
// when something last happened. An anchor that names an event is dated from the story's own articles, where one of
// them dates that event ("the invasion last February 24, 2022").
import type { StoryDoc } from '../../model.js';
import type { RawClaimMention } from './claim-mention.js';
import { explicitDates } from './explicit-dates.js';
import { sentenceContext, type StoryRoles } from './mention-context.js';
import { contentStems, isStopWord, stemWord, wordTokens } from './words.js';

const FIRST_SINCE = /\bfirst\b((?:\s+[\w’'-]+){0,8}?)\s+since\s+([^,.;:—–]+)/gi;
/** Anchor words too common to identify an event. */
const GENERIC = new Set(
  [
    'begin',
    'beginning',
    'start',
    'end',
    'make',
    'take',
    'last',
    'first',
    'launch',
    'its',
    'their',
    'when',
  ].map(stemWord),
);

/** The date an event phrase refers to, read from story sentences that mention the event with an explicit date. */
export function dateOfEvent(
  docs: readonly StoryDoc[],
  phrase: string,
  entityWords: Set<string>,
): string | null {
  const keys = contentStems(phrase).filter((w) => !GENERIC.has(w) && !entityWords.has(w) && w.length >= 4);
  if (!keys.length) return null;
  const votes = new Map<string, number>();
  for (const d of docs)
    for (const s of d.analysis.sentences) {
      const text = d.article.text.slice(s.start, s.end);
      const tokens = wordTokens(text).map((t) => ({ ...t, stem: stemWord(t.word) }));
      const hits = tokens.filter((t) => keys.includes(t.stem));
      if (!hits.length) continue;
      for (const date of explicitDates(text)) {
        // The date must stand close to the event word: "the invasion last February 24, 2022".
        const near = hits.some(
          (h) => Math.abs(h.start - date.start) <= 40 || Math.abs(h.end - date.start) <= 40,
        );
        if (near) votes.set(date.iso, (votes.get(date.iso) ?? 0) + (date.iso.length >= 7 ? 2 : 1));
      }
    }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
  return best ? best[0] : null;
}

export function firstSinceMentions(
  doc: StoryDoc,
  story: readonly StoryDoc[],
  roles: StoryRoles,
): RawClaimMention[] {
  const out: RawClaimMention[] = [];
  doc.analysis.sentences.forEach((s, index) => {
    const text = doc.article.text.slice(s.start, s.end);
    for (const m of text.matchAll(FIRST_SINCE)) {
      const context = sentenceContext(doc, index, roles);
      const anchor = m[2]!.trim();
      const entityWords = new Set(
        context.entitySpans.flatMap((e) => contentStems(doc.article.text.slice(e.start, e.end))),
      );
      const direct = explicitDates(anchor)[0];
      const date = direct ? direct.iso : dateOfEvent(story, anchor, entityWords);
      // What happened for the first time: the words of the clause before "since", outside entity names.
      const lastBreak = Math.max(...[',', ';', ':', '—'].map((c) => text.lastIndexOf(c, m.index)));
      const clauseStart = Math.max(0, m.index - 80, lastBreak + 1);
      const clause = text.slice(clauseStart, m.index + m[0].length - m[2]!.length);
      const stems = wordTokens(clause)
        .filter((t) => {
          const at = s.start + clauseStart + t.start;
          return !context.entitySpans.some((e) => at >= e.start && at < e.end) && !isStopWord(t.word);
        })
        .map((t) => stemWord(t.word))
        .filter((w) => w !== 'first' && !/^\d/.test(w));
      const scope = /\bin[- ]person\b|\bface[- ]to[- ]face\b/i.test(clause) ? 'in-person' : null;
      out.push({
        doc,
        context,
        family: 'first-since',
        value: {
          kind: 'date',
          unit: null,
          amount: null,
          date,
          precision: 'exact',
          scope,
          normalized: date ?? `since ${anchor}`,
        },
        stems,
        head: null,
        counted: null,
        label: `first${m[1] ?? ''} since`.replace(/\s+/g, ' '),
        changing: false,
        at: { start: s.start + m.index, end: s.start + m.index + m[0].length },
      });
    }
  });
  return out;
}
