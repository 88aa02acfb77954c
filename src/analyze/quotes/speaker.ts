// The speaker of a quote: the phrase as written, resolved to an entity (the first person named in it, else its
// first named body); a pronoun ("he", "she", "they") is resolved to the subject of the current or the previous
// sentence, failing both to the nearest earlier person; a relative "who"/"which" to the person or body just before
// it; "it", "that", "there" and "what" are never a speaker entity.
import type { Analysis, Quote, Sentence, Span } from '../../model.js';
import { CUE_FORMS } from './cue-lexicon.js';

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
  // Pronoun-like words are no speaker of their own: a relative "who"/"which" stands for the person or body named
  // just before it ("the union, which said"); "it", "that", "there", "what" are left unresolved.
  const lead = /^(who|whom|which|it|that|there|what)(?![\p{L}'’])/iu.exec(raw);
  if (lead?.[1]) {
    const pe = s + lead[1].length;
    const relative = /^(?:who|whom|which)$/i.test(lead[1]);
    const antecedent = relative
      ? [...ctx.mentions]
          .reverse()
          .find(
            (m) =>
              m.start < s &&
              /^[\s,(]*$/.test(text.slice(Math.min(m.end, s), s)) &&
              /^(?:person|organization)$/.test(ctx.entities[m.entity]?.type ?? ''),
          )
      : undefined;
    return {
      ...textSpan(text, s, pe),
      entity: antecedent ? antecedent.entity : null,
      resolvedFrom: antecedent ? textSpan(text, antecedent.start, Math.min(antecedent.end, s)) : undefined,
    };
  }
  // A speaker written before its title run ("says White House ... spokesman John Kirby") extends over it.
  const run =
    /^(?:\s+(?:\p{Lu}[\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|official|of|for)){1,8}/u.exec(
      text.slice(s + raw.length, s + raw.length + 120),
    );
  // … but not over the cue of a title-case headline ("Mayor Says Tram Will Open").
  const cueAt = run ? run[0].split(/(?=\s)/).findIndex((w) => CUE_FORMS.has(w.trim().toLowerCase())) : -1;
  const runText =
    run && cueAt >= 0
      ? run[0]
          .split(/(?=\s)/)
          .slice(0, cueAt)
          .join('')
      : run?.[0];
  const e = s + raw.length + (runText && /\p{Lu}\S*$/u.test(runText) ? runText.length : 0);
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
