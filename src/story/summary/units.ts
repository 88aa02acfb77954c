// The sentences a summary may choose from, one per sentence of every article, with what selection needs:
// clean text (dateline and opening connective removed, he/she resolved when unambiguous), concepts, length,
// position, and what its opening refers back to.
import type { Span, StoryDoc } from '../../model.js';
import { conceptsOf } from './concepts.js';
import {
  dropConnective,
  openingReference,
  opensWithPersonPronoun,
  personsIn,
  resolvePersonPronoun,
  type Reference,
} from './dangling.js';
import { contentStems, countWords } from './words.js';

export interface SentenceUnit {
  /** Index of the doc in the summarizer's input. */
  doc: number;
  articleId: string;
  /** Index in Analysis.sentences. */
  sentence: number;
  span: Span;
  /** The text as the summary shows it. */
  text: string;
  words: number;
  concepts: Set<string>;
  stems: string[];
  reference: Reference;
  /** Whether the text was rewritten (connective dropped or pronoun resolved). */
  rewritten: boolean;
  /** False for sentences a summary should never show (too short or long, quotes, questions, captions). */
  eligible: boolean;
}

/** "PHNOM PENH, Cambodia (AP) _ ", "WASHINGTON — ", "BEIJING, Nov. 3 (Xinhua) -- " at the start of a sentence. */
const DATELINE =
  /^(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:,?\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*(?:\([A-Za-z-]+\))?\s*(?:_|--|—|–|-)\s+)/;

export function stripDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m && m[0].length < 80 ? text.slice(m[0].length) : text;
}

/**
 * " on Friday", " late Tuesday night": weekdays mean nothing once sentences from articles of different days sit
 * side by side, so the summary leaves them out (the citation keeps the article's own wording and date).
 */
const WEEKDAY =
  /,?\s+(?:(?:on|late|early|by|since|until)\s+)?(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.;])/g;

export function dropWeekdays(text: string): string {
  return text.replace(WEEKDAY, '').replace(/\s+([,.;])/g, '$1');
}

const QUOTE_OPEN = /^\s*(?:["“”'‘`]|``)/;

export function sentenceUnits(
  docs: readonly StoryDoc[],
  options: { minWords?: number; maxWords?: number } = {},
): SentenceUnit[] {
  const minWords = options.minWords ?? 8;
  const maxWords = options.maxWords ?? 55;
  const units: SentenceUnit[] = [];
  docs.forEach((d, doc) => {
    const { article, analysis } = d;
    analysis.sentences.forEach((s, i) => {
      const original = article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      let text = dropWeekdays(dropConnective(stripDateline(original)));
      const previous = analysis.sentences[Math.max(0, i - 2)];
      const resolved =
        i > 0 && previous ? resolvePersonPronoun(text, s.start, previous.start, analysis) : null;
      if (resolved) text = resolved;
      // he/she with no person named in the sentence before has no antecedent a reader could find.
      const orphan =
        !resolved &&
        opensWithPersonPronoun(text) &&
        (i === 0 || personsIn(analysis, analysis.sentences[i - 1]?.start ?? 0, s.start).size === 0);
      const words = countWords(text);
      // Quotes (and a quote's fragment that sentence splitting left with one mark) are the speaker's words, not a summary's.
      const quoted = QUOTE_OPEN.test(text) || (text.match(/["“”]|``|''/g)?.length ?? 0) >= 1;
      const eligible =
        !orphan &&
        words >= minWords &&
        words <= maxWords &&
        !quoted &&
        !/[?:]\s*$/.test(text) &&
        /[.!]["'”’]?$/.test(text) &&
        /^[A-Z0-9]/.test(text);
      units.push({
        doc,
        articleId: article.id,
        sentence: i,
        span: { start: s.start, end: s.end },
        text,
        words,
        concepts: conceptsOf(text),
        stems: contentStems(text),
        reference: resolved ? { kind: 'none' } : openingReference(text),
        rewritten: text !== original,
        eligible,
      });
    });
  });
  return units;
}
