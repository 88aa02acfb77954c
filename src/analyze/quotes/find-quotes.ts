// Who said what: direct quotes (any quote marks, split by their cue, continued in the sentences and paragraphs
// that follow), transcripts ("PENCE: …"), headline attributions ("Graham: …"), embedded posts ("… — Name
// (@handle)") and reported speech (reported-speech.ts), each with its cue, speaker (resolved to an entity, also
// through "he"/"she"), addressee ("told X") and medium ("in an article", "on Twitter") when the text names them.
import type { Quote, Sentence } from '../../model.js';
import { baseForm, CUE_FORMS } from './cue-lexicon.js';
import { normalizeQuoteMarks, quotedSpans, type QuotedSpan } from './quote-marks.js';
import { findReportedSpeech } from './reported-speech.js';
import { quoteSetting } from './setting.js';
import { speakerAt, textSpan, type QuoteContext } from './speaker.js';

export type { QuoteContext } from './speaker.js';

const CUE = [...CUE_FORMS.keys()].sort((a, b) => b.length - a.length).join('|');
const SPEAKER = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}\p{N}'’-]+,?\s+){0,3}?[\p{Ll}\p{N}][\p{L}\p{N}'’-]{2,}|(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{L}\p{N}'’.-]+,?\s+){0,5}?(?:\p{Lu}[\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|officials?|sources?|minister|president|leader|analysts?|diplomats?|experts?|police|statement|ministry|government|people|campaign|aides?|voters?|supporters?|critics?|residents?|report|poll|survey|lawsuit|complaint|filing|letter|memo|indictment|ruling|study|website|ad|email|editorial|release|document))`;
const CUE_AFTER = new RegExp(
  String.raw`^[,.!?]?["”]?\s*,?\s*(?:(${SPEAKER})(?:\s*,[^,;:“”"()]{2,100}?,)?\s+(?:also\s+|later\s+|then\s+)?(${CUE})\b|(${CUE})\s+(${SPEAKER}))`,
  'u',
);
const CUE_BEFORE = new RegExp(
  String.raw`(${SPEAKER})\s+(?:(?:has|had|also|later|then|once)\s+)?(${CUE})(?:(?:\s+[\p{L}'’-]+){1,6}?\s*[:,]|\s*[:,]?)\s*["“]?$`,
  'u',
);
/** A sentence that is only a speaker and a cue: "Dianne Bystrom agreed." */
const CUE_ALONE = new RegExp(String.raw`^(?:${SPEAKER})\s+(?:also\s+)?(?:${CUE})\.\s*$`, 'u');
const NOT_A_SPEAKER =
  /^(?:Editor['’]s|UPDATE|Update|Note|Editor|Watch|Photo|Video|Related|Read|Source|Sources|Follow|Listen|Subscribe|Advertisement|WATCH|READ|Click|Share|Image|Credit|Tags?|Topics?|Q|A|Question|Answer)(?:\s|$)/;

interface Attributed {
  quote: Quote;
  paragraph: number;
}

export function findQuotes(original: string, sentences: readonly Sentence[], ctx: QuoteContext): Quote[] {
  const text = normalizeQuoteMarks(original);
  const { merged, origin } = mergeFragments(text, sentences);
  const quotes = findIn(text, merged, ctx);
  for (const q of quotes) q.sentence = origin[q.sentence] ?? q.sentence;
  if (text === original) return quotes;
  // The spans' text as written, quote marks and all.
  const again = <T extends { start: number; end: number; text: string }>(s: T): T => ({
    ...s,
    text: original.slice(s.start, s.end),
  });
  return quotes.map((q) => ({
    ...q,
    content: again(q.content),
    cue: q.cue && again(q.cue),
    speaker: q.speaker && {
      ...again(q.speaker),
      resolvedFrom: q.speaker.resolvedFrom && again(q.speaker.resolvedFrom),
    },
    addressee: q.addressee && again(q.addressee),
  }));
}

/**
 * A "sentence" that starts in lower case or with a comma after one that ends in an abbreviation's period ("Sen. Ann
 * Ray (D-Mo.)", then ", who …, said") is the same sentence: the quote finder reads them as one.
 */
function mergeFragments(
  text: string,
  sentences: readonly Sentence[],
): { merged: Sentence[]; origin: number[] } {
  const merged: Sentence[] = [];
  const origin: number[] = [];
  sentences.forEach((s, i) => {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.paragraph === s.paragraph &&
      /^[,;)\p{Ll}]/u.test(text.slice(s.start, s.start + 1)) &&
      /(?:(?:^|[\s(])[\p{L}.-]{1,5}\.\)?|\))$/u.test(
        text.slice(Math.max(last.start, last.end - 12), last.end),
      )
    )
      merged[merged.length - 1] = { ...last, end: s.end };
    else {
      merged.push(s);
      origin.push(i);
    }
  });
  return { merged, origin };
}

function findIn(text: string, sentences: readonly Sentence[], ctx: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  // Four words make an utterance; a shorter quote counts when it ends in its own punctuation ("“Really,” she
  // added"), which scare quotes ("a “double standard”") do not.
  const spans = quotedSpans(text).filter((q) => {
    const inside = text.slice(q.start, q.end);
    return words(inside) >= 4 || (words(inside) >= 1 && /[,.!?]$/.test(inside));
  });
  const speaker = (start: number, end: number) => speakerAt(text, sentences, ctx, start, end);
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((x) => x.end > offset),
    );
  const handled = new Set<number>();

  // Whole paragraphs attributed by their shape: transcripts, headline attributions, embedded posts.
  for (const line of text.matchAll(/[^\n]+/g)) {
    const at = line.index ?? 0;
    const p = line[0];
    const transcript = /^["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+([^\n]{10,})/u.exec(p);
    const headline = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(\S.{9,})$/u.exec(p);
    const post = /^(.{10,}?)\s*(?:pic\.twitter\.com\/\w+\s*)?[—―]\s*([^()\n—―]{2,60}?)\s*\(@\w+\)/u.exec(p);
    // A quote signed with its author: "“…” ― Ana Ruiz, 34, nurse".
    const signed =
      /^(["“”])([^"“”]{10,}?)["“”]\s*[―—–]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(p);
    const m = transcript ?? (headline && !NOT_A_SPEAKER.test(headline[1] ?? '') ? headline : null);
    if (m?.[1] && m[2]) {
      const name = m[1];
      const nameAt = at + p.indexOf(name);
      const contentAt = at + m[0].length - m[2].length;
      const content = m[2].replace(/["”]\s*$/, '');
      quotes.push({
        kind: 'direct',
        content: textSpan(text, contentAt, contentAt + content.length),
        cue: { ...textSpan(text, nameAt + name.length, nameAt + name.length + 1), verb: 'say' },
        speaker: speaker(nameAt, nameAt + name.length),
        addressee: null,
        medium: transcript ? 'transcript' : null,
        sentence: sentenceAt(nameAt),
      });
    } else if (signed?.[2] && signed[3]) {
      const contentAt = at + 1;
      const nameAt = at + signed[0].length - signed[3].length;
      const dashAt = at + signed[0].search(/[―—–]/);
      quotes.push({
        kind: 'direct',
        content: textSpan(text, contentAt, contentAt + signed[2].length),
        cue: { ...textSpan(text, dashAt, dashAt + 1), verb: 'say' },
        speaker: speaker(nameAt, nameAt + signed[3].length),
        addressee: null,
        medium: null,
        sentence: sentenceAt(at),
      });
    } else if (post?.[1] && post[2]) {
      const dash = at + post[0].lastIndexOf(post[2]);
      const content = post[1].replace(/\s*pic\.twitter\.com\/\w+\s*$/, '').trimEnd();
      quotes.push({
        kind: 'direct',
        content: textSpan(text, at, at + content.length),
        cue: {
          ...textSpan(text, at + post[0].search(/[—―]/), at + post[0].search(/[—―]/) + 1),
          verb: 'post',
        },
        speaker: speaker(dash, dash + post[2].length),
        addressee: null,
        medium: 'Twitter',
        sentence: sentenceAt(at),
      });
    } else continue;
    sentences.forEach((s, i) => {
      if (s.start >= at && s.end <= at + p.length) handled.add(i);
    });
  }

  const direct: Attributed[] = [];
  sentences.forEach((sentence, index) => {
    if (handled.has(index)) return;
    const inSentence = spans.filter((q) => q.start >= sentence.start - 1 && q.start < sentence.end);
    for (const q of inSentence) {
      // The cue after a quote is in its own paragraph.
      const rest = text.slice(q.end, Math.min(text.length, q.end + 120)).split('\n')[0] ?? '';
      // … and in its sentence: "“…” online. Sanders’ aides say" is a new sentence with its own cue.
      // (a title's period, "Mrs. Clinton said", "Gov. Ray", does not end it).
      const stop =
        /(?<!\b(?:Mrs?|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|Sens|Reps|Pres|Atty|Jr|Sr|St|\p{Lu}))[.!?;](?=\s)/u.exec(
          rest.slice(2),
        );
      const after = stop ? rest.slice(0, stop.index + 3) : rest;
      // The cue may end the sentence before ("Caddell continued:" then the quote in the next paragraph).
      const prev = sentences[index - 1];
      const lead = text.slice(sentence.start, q.start).trim();
      const prevText = prev ? text.slice(prev.start, prev.end) : '';
      // … or be a short sentence of its own ("Dianne Bystrom agreed." then the quote).
      const agreed =
        lead.length <= 2 &&
        !!prev &&
        prev.paragraph === sentence.paragraph &&
        words(prevText) <= 10 &&
        CUE_ALONE.test(prevText);
      const from =
        lead.length <= 2 && prev && (/:\s*$/.test(prevText) || agreed) ? prev.start : sentence.start;
      let before = text.slice(Math.max(from, q.start - 140), q.start);
      if (agreed) {
        const dot = prev.end - 1 - Math.max(from, q.start - 140);
        if (dot >= 0 && before[dot] === '.') before = `${before.slice(0, dot)} ${before.slice(dot + 1)}`;
      }
      let cue: Quote['cue'] = null;
      let who: Quote['speaker'] = null;
      let a = CUE_AFTER.exec(after);
      // “… identity.” Cruz says he is not familiar …: a quote that ends its sentence, then a new sentence with its
      // own content; the cue is that sentence's.
      // Words before the quote in its sentence ("Since that ruling, Arizona has engaged in “…,” the lawsuit says").
      const leadWords = words(text.slice(sentence.start, q.start));
      // … and so does a short quoted title in mid-sentence ("On the show’s “Morning Futures,” Rep. Issa said …").
      const inner = text.slice(q.start, q.end);
      if (a?.[1] && (/[.!?]$/.test(inner) || (leadWords >= 2 && words(inner) <= 5))) {
        const tail = after.slice(a[0].length);
        if (
          words(tail) >= 3 &&
          !/^\s*(?:[,:;]|(?:on|in|at|during|to|after|before|last|this|earlier|later|of|about|it|them|him|her|so)\b)/.test(
            tail,
          )
        )
          a = null;
      }
      const b = a ? null : CUE_BEFORE.exec(before);
      if (a) {
        const speakerText = a[1] ?? a[4] ?? '';
        const cueText = a[2] ?? a[3] ?? '';
        const cueAt = q.end + a[0].lastIndexOf(cueText, a[1] ? undefined : a[0].length);
        const speakerStart =
          q.end + a[0].indexOf(speakerText, a[1] ? 0 : a[0].indexOf(cueText) + cueText.length);
        cue = { ...textSpan(text, cueAt, cueAt + cueText.length), verb: baseForm(cueText) };
        who = speaker(speakerStart, speakerStart + speakerText.length);
      } else if (b?.[1] && b[2]) {
        const base = q.start - before.length + (b.index ?? 0);
        const cueAt = base + b[0].indexOf(b[2], b[1].length);
        cue = { ...textSpan(text, cueAt, cueAt + b[2].length), verb: baseForm(b[2]) };
        who = speaker(base, base + b[1].length);
      }
      if (!cue) continue;
      const quote: Quote = {
        kind: 'direct',
        content:
          a && quotedLead(text.slice(sentence.start, q.start))
            ? textSpan(text, sentence.start, q.end)
            : textSpan(text, q.start, q.end),
        cue,
        speaker: who,
        ...quoteSetting(text, ctx, text.slice(sentence.start, sentence.end), sentence.start),
        sentence: index,
      };
      quotes.push(quote);
      direct.push({ quote, paragraph: sentence.paragraph });
    }
  });

  const cueKey = (start: number, end: number) => `${start}:${end}`;
  const used = new Set(quotes.flatMap((q) => (q.cue ? [cueKey(q.cue.start, q.cue.end)] : [])));
  sentences.forEach((_, index) => {
    if (handled.has(index)) return;
    const found = findReportedSpeech(
      text,
      sentences,
      index,
      ctx,
      (s, e) => used.has(cueKey(s, e)) || quotes.some((q) => q.cue && q.cue.start < e && s < q.cue.end),
      quotes,
    );
    // Reported speech inside a quote ("“I wanted to win,” she said") ends with the quote.
    for (const q of found) {
      const host = q.cue && spans.find((x) => x.start <= q.cue!.start && q.cue!.end <= x.end);
      if (host && q.content.end > host.end) {
        const end = host.start + text.slice(host.start, host.end).replace(/[\s,.;:!?]+$/, '').length;
        q.content = textSpan(text, q.content.start, Math.max(q.content.start, end));
      }
    }
    quotes.push(...found.filter((q) => q.content.end > q.content.start));
    // Reported speech that quotes ("said Obama’s words “amount to …”") hosts the quote's continuation too.
    for (const q of found)
      if (
        /["“”]/.test(q.content.text) &&
        !spans.some((x) => q.cue && x.start <= q.cue.start && q.cue.end <= x.end)
      )
        direct.push({ quote: q, paragraph: sentences[index]?.paragraph ?? -1 });
  });

  continueQuotes(text, sentences, spans, quotes, direct);
  return quotes.sort((x, y) => x.sentence - y.sentence || x.content.start - y.content.start);
}

/**
 * A quote with no cue of its own continues the nearest attributed quote of its paragraph ("“…,” he said. “…”"),
 * or, when it opens its paragraph, the last attributed quote of the paragraph before.
 */
function continueQuotes(
  text: string,
  sentences: readonly Sentence[],
  spans: readonly QuotedSpan[],
  quotes: Quote[],
  direct: Attributed[],
): void {
  const inside = (s: QuotedSpan) =>
    quotes.some((q) => q.content.start <= s.start && s.end <= q.content.end + 1);
  const paragraphOf = (offset: number) =>
    sentences.find((x) => x.start <= offset && offset <= x.end)?.paragraph;
  const sentenceOf = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((x) => x.end > offset),
    );
  let lastParagraph = -1;
  let carried: Quote | null = null;
  for (const s of spans) {
    const paragraph = paragraphOf(s.start);
    if (paragraph === undefined) continue;
    if (paragraph !== lastParagraph) {
      const lineStart = text.lastIndexOf('\n', s.start) + 1;
      const opens = /^\s*["“]?$/.test(text.slice(lineStart, s.start));
      carried = opens && paragraph === lastParagraph + 1 ? carried : null;
      lastParagraph = paragraph;
    }
    if (inside(s)) {
      const own = direct.find((d) => d.quote.content.start <= s.start && s.start < d.quote.content.end);
      if (own) carried = own.quote;
      continue;
    }
    const sameParagraph = direct.filter((d) => d.paragraph === paragraph);
    const nearest = sameParagraph.sort(
      (a, b) => Math.abs(a.quote.content.start - s.start) - Math.abs(b.quote.content.start - s.start),
    )[0]?.quote;
    const host = nearest ?? carried;
    if (!host) continue;
    const quote: Quote = { ...host, content: textSpan(text, s.start, s.end), sentence: sentenceOf(s.start) };
    quotes.push(quote);
    direct.push({ quote, paragraph });
    carried = host;
  }
}

/**
 * The words before a quote that its cue after it reports too: "Since that ruling, Arizona has engaged in “…,” the
 * lawsuit says" (three words or more, no quote or colon, no speech verb of their own).
 */
function quotedLead(lead: string): boolean {
  const before = lead.replace(/["“]\s*$/, '');
  return (
    words(before) >= 3 &&
    !/[:“”"]/.test(before) &&
    !/\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|asks|according|saying)\b/i.test(before)
  );
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}
