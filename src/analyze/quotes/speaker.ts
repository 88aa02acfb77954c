// The speaker of a quote: the phrase as written, resolved to an entity (the first person named in it, else its
// first named body); a pronoun ("he", "she", "they") is resolved to the subject of the current or the previous
// sentence, failing both to the nearest earlier person.
import type { Analysis, Quote, Sentence, Span } from '../../model.js';

export interface QuoteContext {
  mentions: Analysis['mentions'];
  entities: Analysis['entities'];
}

export type Speaker = NonNullable<Quote['speaker']>;

const PRONOUN = /^(?:he|she|they)$/i;

export function textSpan(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) };
}

export function speakerAt(
  text: string,
  sentences: readonly Sentence[],
  ctx: QuoteContext,
  start: number,
  end: number,
): Speaker {
  const phrase = text.slice(start, end);
  const raw = phrase
    .trim()
    .replace(/^(?:as|and|but|while|when|so)\s+/i, '')
    .replace(/[\s,]+$/, '');
  const s = start + phrase.lastIndexOf(raw);
  // A speaker written before its title run ("says White House ... spokesman John Kirby") extends over it.
  const run =
    /^(?:\s+(?:\p{Lu}[\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|official|of|for)){1,8}/u.exec(
      text.slice(s + raw.length, s + raw.length + 120),
    );
  const e = s + raw.length + (run && /\p{Lu}\S*$/u.test(run[0]) ? run[0].length : 0);
  const inPhrase = ctx.mentions.filter(
    (m) => m.start < e && s < m.end && ctx.entities[m.entity]?.type !== 'group',
  );
  const mention = inPhrase.find((m) => ctx.entities[m.entity]?.type === 'person') ?? inPhrase[0];
  if (!PRONOUN.test(raw)) return { ...textSpan(text, s, e), entity: mention ? mention.entity : null };
  const isPerson = (m: Analysis['mentions'][number]) =>
    ctx.entities[m.entity]?.type === 'person' && !/^['’]s\b/.test(text.slice(m.end, m.end + 3));
  const here = sentences.findIndex((x) => x.start <= s && s < x.end);
  const firstIn = (k: number) => {
    const sent = sentences[k];
    return sent
      ? ctx.mentions.find((m) => m.start >= sent.start && m.end <= Math.min(sent.end, s) && isPerson(m))
      : undefined;
  };
  const earlier =
    firstIn(here) ?? firstIn(here - 1) ?? [...ctx.mentions].reverse().find((m) => m.end <= s && isPerson(m));
  return {
    ...textSpan(text, s, e),
    entity: earlier ? earlier.entity : null,
    resolvedFrom: earlier ? textSpan(text, earlier.start, earlier.end) : undefined,
  };
}
