// The one cleaner every article goes through: normalise → paragraphs → drop furniture → take out credit lines →
// (title) → repair glued words → clean text with paragraph spans and an offset map back to the input.
import type { CreditedSource, GlueRepair, RemovedText, Span } from '../../model.js';
import { findBoilerplate } from './boilerplate.js';
import { readCredit } from './credits.js';
import { countWords } from '../count-words.js';
import { detectLanguage, type DetectedLanguage } from '../language.js';
import { findGlue } from './glue.js';
import { normalizeText, OffsetMap } from './normalize.js';
import { splitParagraphs, unwrapLines } from './paragraphs.js';
import { detectTitle } from './title.js';

export interface CleanResult {
  text: string;
  paragraphs: Span[];
  title: string | null;
  dek: string | null;
  removed: RemovedText[];
  repairs: GlueRepair[];
  credits: CreditedSource[];
  /** Maps offsets in `text` back to offsets in the input. */
  offsets: OffsetMap;
  /** The language detected in the input when none was given (null: too short or unclear; undefined: given). */
  detected?: DetectedLanguage | null;
}

export interface CleanOptions {
  /** Look for a title line at the top (plain-text inputs without metadata). */
  detectTitle?: boolean;
  /** The article's language when known; glue repair runs on English only. Detected when absent. */
  language?: string | null;
  /** The title from metadata: a first paragraph that repeats it is dropped. */
  knownTitle?: string | null;
}

export function cleanText(input: string, options: CleanOptions = {}): CleanResult {
  const normalized = normalizeText(input);
  const text = unwrapLines(normalized.text);
  const spans = splitParagraphs(text);
  const paragraphTexts = spans.map((s) => text.slice(s.start, s.end));
  const verdicts = findBoilerplate(paragraphTexts);
  const removed: RemovedText[] = [];
  const keep: boolean[] = verdicts.map((v, i) => {
    if (v.remove) removed.push({ text: paragraphTexts[i] ?? '', rule: v.rule ?? 'boilerplate' });
    return !v.remove;
  });
  // A paragraph repeated word for word (gallery captions, pull quotes) is kept once.
  const seen = new Set<string>();
  keep.forEach((k, i) => {
    if (!k) return;
    const key = (paragraphTexts[i] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (countWords(key) >= 15 && seen.has(key)) {
      keep[i] = false;
      removed.push({ text: paragraphTexts[i] ?? '', rule: 'repeated paragraph' });
    }
    seen.add(key);
  });
  // The headline repeated as the first paragraph of the body.
  const first = keep.indexOf(true);
  if (options.knownTitle && first >= 0 && sameText(paragraphTexts[first] ?? '', options.knownTitle)) {
    keep[first] = false;
    removed.push({ text: paragraphTexts[first] ?? '', rule: 'title repeated' });
  }

  // Credit lines: among the last three kept paragraphs.
  const credits: CreditedSource[] = [];
  const keptIndexes = keep.map((k, i) => (k ? i : -1)).filter((i) => i >= 0);
  for (const i of keptIndexes.slice(-3)) {
    const credit = readCredit(paragraphTexts[i] ?? '');
    if (credit && credit.length) {
      credits.push(...credit);
      keep[i] = false;
      removed.push({ text: paragraphTexts[i] ?? '', rule: 'credit line' });
    }
  }

  let title: string | null = null;
  let dek: string | null = null;
  if (options.detectTitle) {
    const kept = keep.map((k, i) => (k ? i : -1)).filter((i) => i >= 0);
    const split = detectTitle(kept.map((i) => paragraphTexts[i] ?? ''));
    title = split.title;
    dek = split.dek;
    for (const i of kept.slice(0, split.consumed)) keep[i] = false;
  }

  // Assemble the kept paragraphs, repairing glue, with a map back to the input.
  const detected = options.language ? undefined : detectLanguage(text);
  const language = options.language ?? detected?.code ?? null;
  const glue = language === 'en' ? findGlue(text) : [];
  const out: string[] = [];
  const map: number[] = [];
  const paragraphs: Span[] = [];
  const repairs: GlueRepair[] = [];
  let length = 0;
  spans.forEach((span, i) => {
    if (!keep[i]) return;
    if (paragraphs.length > 0) {
      const sep = normalized.offsets.toSource(span.start);
      out.push('\n\n');
      map.push(sep, sep);
      length += 2;
    }
    const start = length;
    let pos = span.start;
    for (const g of glue) {
      if (g.start < span.start || g.end > span.end) continue;
      const before = text.slice(pos, g.start);
      push(before, pos);
      const at = length;
      const cut = g.to.indexOf(' ');
      push(g.to.slice(0, cut), g.start);
      out.push(' ');
      map.push(normalized.offsets.toSource(g.start + cut));
      length += 1;
      push(g.to.slice(cut + 1), g.start + cut);
      repairs.push({ from: g.from, to: g.to, at: { start: at, end: length } });
      pos = g.end;
    }
    push(text.slice(pos, span.end), pos);
    paragraphs.push({ start, end: length });
  });

  function push(chunk: string, from: number): void {
    out.push(chunk);
    for (let k = 0; k < chunk.length; k++) map.push(normalized.offsets.toSource(from + k));
    length += chunk.length;
  }

  return {
    text: out.join(''),
    paragraphs,
    title,
    dek,
    removed,
    repairs,
    credits,
    offsets: new OffsetMap(map),
    ...(detected !== undefined ? { detected } : {}),
  };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}
