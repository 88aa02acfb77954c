// Sentences and tokens with `wink-nlp`, as character offsets into the clean text. A paragraph break always ends
// a sentence; wink handles abbreviations, initials, decimals and quotes inside a paragraph.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model.js';

export interface Token extends Span {
  text: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface SentenceSpan extends Span {
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export interface Segmentation {
  sentences: SentenceSpan[];
  tokens: Token[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function engine(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/** Paragraph spans of a text whose paragraphs are separated by blank lines (or any newline). */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    if (m[0].trim()) spans.push({ start: m.index + lead, end: m.index + m[0].length - trail });
  }
  return spans;
}

/**
 * wink's tokenizer learns the words it meets: "Rubin's" is two tokens in a fresh engine and one once "Rubin's"
 * has been seen, so the same text would tokenize differently depending on what was analysed before. Splitting the
 * possessive always keeps analysis a pure function of the article (and matches a fresh engine). Returns the words
 * and, per wink token, the index of its first word (plus one entry past the end).
 */
function splitPossessives(tokens: readonly string[]): { words: string[]; firstWord: number[] } {
  const words: string[] = [];
  const firstWord: number[] = [];
  for (const w of tokens) {
    firstWord.push(words.length);
    const m = POSSESSIVE.exec(w);
    if (m) words.push(m[1]!, m[2]!);
    else words.push(w);
  }
  firstWord.push(words.length);
  return { words, firstWord };
}
const POSSESSIVE = /^(.+?)(['’][sS])$/u;

export function segment(text: string, paragraphs: readonly Span[] = paragraphSpans(text)): Segmentation {
  const nlpEngine = engine();
  const its = nlpEngine.its;
  const sentences: SentenceSpan[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((para, p) => {
    const chunk = text.slice(para.start, para.end);
    const doc = nlpEngine.readDoc(chunk);
    const { words, firstWord } = splitPossessives(doc.tokens().out() as string[]);
    // Sentence spans in wink tokens, mapped onto the split words.
    const bounds = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
      ([a, b]): [number, number] => [firstWord[a] ?? a, (firstWord[b + 1] ?? b + 1) - 1],
    );
    // Token offsets: wink tokens are verbatim substrings of the input, in order.
    const starts: number[] = [];
    let cursor = 0;
    for (const w of words) {
      const at = chunk.indexOf(w, cursor);
      const s = at >= 0 ? at : cursor;
      starts.push(s);
      cursor = at >= 0 ? at + w.length : cursor;
    }
    for (const [first, last] of bounds) {
      const a = starts[first];
      const lastWord = words[last];
      const b = starts[last];
      if (a === undefined || b === undefined || lastWord === undefined) continue;
      const sentence = sentences.length;
      sentences.push({ start: para.start + a, end: para.start + b + lastWord.length, paragraph: p });
      for (let i = first; i <= last; i++) {
        const w = words[i] ?? '';
        const s = para.start + (starts[i] ?? 0);
        tokens.push({ start: s, end: s + w.length, text: w, sentence });
      }
    }
  });
  return { sentences, tokens };
}
