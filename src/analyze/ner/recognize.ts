// Names in a text: the tagger run sentence by sentence over wink-nlp tokens, BIO tags turned into spans.
import type { NameMention } from '../entities/coref.js';
import type { Segmentation } from '../sentences.js';
import { tagTokens } from './tagger.js';

export function recognizeNames(text: string, segmentation: Segmentation): NameMention[] {
  const names: NameMention[] = [];
  const bySentence = new Map<number, Segmentation['tokens']>();
  for (const t of segmentation.tokens) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  for (const tokens of bySentence.values()) {
    const tags = tagTokens(tokens.map((t) => t.text));
    let open: { type: NameMention['type']; start: number; end: number } | null = null;
    const close = (): void => {
      if (open) names.push({ ...open, text: text.slice(open.start, open.end) });
      open = null;
    };
    tags.forEach((tag, i) => {
      const token = tokens[i]!;
      if (tag === 'O') return close();
      const type = tag.slice(2) as NameMention['type'];
      if (tag.startsWith('B-') || !open || open.type !== type) {
        close();
        open = { type, start: token.start, end: token.end };
      } else open.end = token.end;
    });
    close();
  }
  // A trailing possessive or quote is not part of the name.
  return names
    .map((n) => {
      const trimmed = n.text.replace(/(?:['’]s?|["”])$/u, '');
      return trimmed === n.text ? n : { ...n, end: n.start + trimmed.length, text: trimmed };
    })
    .filter((n) => /\p{L}/u.test(n.text));
}
