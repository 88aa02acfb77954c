// A title line at the top of a plain-text article (with an optional dek under it), when there is one.

export interface TitleSplit {
  title: string | null;
  dek: string | null;
  /** How many leading paragraphs the title and dek take. */
  consumed: number;
}

function words(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

function headlineLike(p: string): boolean {
  const t = p.trim();
  if (!t || words(t) > 20 || t.length > 200) return false;
  if (/[.!?]["']?$/.test(t) && !/^[^.!?]*[.!?]\s+\p{Lu}/u.test(t) && words(t) > 12) return false;
  return !/[.]$/.test(t) || /\s{2,}|\.\s+\p{Lu}/u.test(t);
}

export function detectTitle(paragraphs: readonly string[]): TitleSplit {
  const first = paragraphs[0]?.trim() ?? '';
  const second = paragraphs[1]?.trim() ?? '';
  if (!first || paragraphs.length < 2 || !headlineLike(first) || words(second) === 0)
    return { title: null, dek: null, consumed: 0 };
  // A first "paragraph" that is one ordinary sentence followed by body text is not a title.
  if (/[.]$/.test(first) && !/\.\s+\p{Lu}/u.test(first)) return { title: null, dek: null, consumed: 0 };
  const third = paragraphs[2]?.trim() ?? '';
  const dek =
    third && headlineLike(second) && words(second) <= 25 && words(third) > words(second) ? second : null;
  return { title: first.replace(/\s{2,}/g, ' '), dek, consumed: dek ? 2 : 1 };
}
