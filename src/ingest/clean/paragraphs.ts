// Paragraphs of a normalised text. Blank lines always separate paragraphs. A single newline separates
// paragraphs when the line before it ends a sentence (or is a heading); otherwise it is a soft line wrap
// (fixed-width text) and becomes a space — same length, so offsets are unchanged.
import type { Span } from '../../model.js';

/** Replaces soft-wrap newlines by spaces (one character for one, so offsets do not move). */
export function unwrapLines(text: string): string {
  const chars = text.split('');
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    offset += line.length;
    if (line.trim() && next.trim() && isSoftWrap(line, next)) chars[offset] = ' ';
    offset += 1;
  }
  return chars.join('');
}

function isSoftWrap(line: string, next: string): boolean {
  const end = line.trimEnd();
  if (/[.!?:;"')\]»]$/.test(end)) return false;
  // A wrapped line runs on into a lower-case word, or is long and stops mid-phrase.
  if (/^[a-z(,]/.test(next.trimStart())) return true;
  return end.length >= 55 && /[\p{L}\d,–—-]$/u.test(end) && !/^[-*•]/.test(next.trimStart());
}

export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) spans.push({ start: start + lead, end: start + raw.length - trail });
  }
  return spans;
}
