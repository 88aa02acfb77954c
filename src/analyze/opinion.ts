// Opinion: for each sentence, whether it carries the outlet's own evaluative or loaded language (epithets,
// charged adjectives, stance adverbs, sweeping judgements) or is neutral reporting, with the trigger words.
// Words inside quotation marks belong to whoever is quoted, not to the outlet.
import type { OpinionTrigger, SentenceOpinion, Span } from '../model.js';

import { LOADED_ADJECTIVES, LOADED_NOUNS, STANCE_MARKERS, SWEEPING_PATTERNS } from './opinion-lexicon.js';
import { lookup } from '../lookup.js';

/** Score at which a sentence counts as opinion. */
export const OPINION_THRESHOLD = 2;

const PHRASES = Object.keys(STANCE_MARKERS).filter((k) => k.includes(' '));
const PHRASE_RE = new RegExp(`\\b(?:${PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/**
 * Scores each sentence. `quoted` are spans inside quotation marks (from the quote finder); when omitted, text
 * between quote marks is treated as quoted.
 */
export function scoreOpinion(
  text: string,
  sentences: readonly Span[],
  quoted?: readonly Span[],
): SentenceOpinion[] {
  const quotedSpans = quoted ?? quotedRegions(text);
  const inQuote = (s: number, e: number): boolean => quotedSpans.some((q) => q.start <= s && e <= q.end);
  return sentences.map((sentence, index) => {
    const body = text.slice(sentence.start, sentence.end);
    const all: OpinionTrigger[] = [];
    for (const m of body.matchAll(WORD_RE)) {
      // Capitalised words inside a sentence are names ("International Criminal Court", "Communist Party").
      if ((m.index ?? 0) > 0 && /^\p{Lu}/u.test(m[0])) continue;
      const word = m[0].toLowerCase().replace(/['’]s$/, '');
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      const noun = lookup(LOADED_NOUNS, word);
      const adj = lookup(LOADED_ADJECTIVES, word);
      const stance = lookup(STANCE_MARKERS, word);
      if (noun) all.push({ start, end, text: m[0], kind: 'epithet', weight: noun });
      else if (adj) all.push({ start, end, text: m[0], kind: 'charged adjective', weight: adj });
      else if (stance) all.push({ start, end, text: m[0], kind: 'stance', weight: stance });
    }
    for (const m of body.matchAll(PHRASE_RE)) {
      const start = sentence.start + (m.index ?? 0);
      const weight = lookup(STANCE_MARKERS, m[0].toLowerCase().replace(/\s+/g, ' ')) ?? 1;
      all.push({ start, end: start + m[0].length, text: m[0], kind: 'stance', weight });
    }
    for (const [re, weight, kind] of SWEEPING_PATTERNS) {
      const m = re.exec(body);
      if (m) {
        const start = sentence.start + m.index;
        all.push({ start, end: start + m[0].length, text: m[0], kind, weight });
      }
    }
    // An epithet right before a name ("the communist dictator Xi") weighs more: it labels the person.
    for (const t of all)
      if (t.kind === 'epithet' && /^\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3))) t.weight += 1;
    all.sort((a, b) => a.start - b.start);
    const triggers = all.filter((t) => !inQuote(t.start, t.end));
    const quotedTriggers = all.filter((t) => inQuote(t.start, t.end));
    const score = triggers.reduce((s, t) => s + t.weight, 0);
    return {
      start: sentence.start,
      end: sentence.end,
      sentence: index,
      opinion: score >= OPINION_THRESHOLD,
      score,
      triggers,
      quotedTriggers,
    };
  });
}

/** Text between matching quotation marks (straight or curly), including quotes across paragraphs. */
export function quotedRegions(text: string): Span[] {
  const spans: Span[] = [];
  const re = /"[^"]*"|“[^”]*”|«[^»]*»|(?<![\p{L}])‘[^’]*’(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return spans;
}
