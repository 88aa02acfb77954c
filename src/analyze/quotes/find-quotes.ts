// Who said what: direct quotes (any quote marks) and indirect speech ("X said that …", "…, X said",
// "according to X, …"), each with its cue verb, speaker (resolved to an entity, also through "he"/"she"),
// addressee ("told X") and medium ("in an article", "on Twitter") when the text names them.
import type { Analysis, Quote, Span } from '../../model.js';

const CUE =
  'said|says|say|told|tells|added|adds|noted|stressed|stresses|stated|wrote|writes|warned|warns|argued|argues|claimed|declared|announced|explained|insisted|acknowledged|admitted|confirmed|denied|revealed|replied|emphasized|emphasised|reiterated|suggested|urged|remarked|continued|concluded|believes|believed|thinks|thought|predicted|complained|cautioned|recalled|observed|commented|described|reported|asserted|maintained';
const SPEAKER = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?(?:\p{Lu}[\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|officials?|sources?|minister|president|leader|analysts?|diplomats?|experts?|police|statement|ministry|government|people))`;
const MEDIUM: [RegExp, string][] = [
  [
    /\b(?:in|on)\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,3}?(article|op-ed|column|letter|essay)\b/i,
    'article',
  ],
  [
    /\bin\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,2}?(statement|communiqué|press release)\b/i,
    'statement',
  ],
  [/\bin\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,2}?interview\b/i, 'interview'],
  [/\bat\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:press conference|news conference|briefing)\b/i, 'press conference'],
  [/\bon\s+(Twitter|X|Telegram|Facebook|Instagram|television|TV|radio|Weibo|Truth Social)\b/, '$1'],
  [/\bin\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:speech|address)\b/i, 'speech'],
];
const PRONOUN = /^(?:he|she|they)$/i;

interface QuoteContext {
  mentions: Analysis['mentions'];
  entities: Analysis['entities'];
}

function span(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) };
}

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /["“]([^"“”]{2,}?)["”]/g;
  for (const m of text.matchAll(re))
    spans.push({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 });
  return spans;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function findQuotes(text: string, sentences: readonly Span[], ctx: QuoteContext): Quote[] {
  const quotes: Quote[] = [];
  const direct = quotedSpans(text).filter((q) => words(text.slice(q.start, q.end)) >= 4);
  const speakerFor = (start: number, end: number): Quote['speaker'] => {
    const raw = text
      .slice(start, end)
      .trim()
      .replace(/^(?:as|and|but|while|when|so)\s+/i, '');
    const s = start + text.slice(start, end).lastIndexOf(raw);
    // A speaker written before its title run ("says White House ... spokesman John Kirby") extends over it.
    const run =
      /^(?:\s+(?:\p{Lu}[\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|minister|secretary|adviser|official|of|for)){1,8}/u.exec(
        text.slice(s + raw.length, s + raw.length + 120),
      );
    const e = s + raw.length + (run && /\p{Lu}\S*$/u.test(run[0]) ? run[0].length : 0);
    // The speaker is the first person named in the phrase ("Xi's remarks to Putin" → Xi), else its first body.
    const inPhrase = ctx.mentions.filter(
      (m) => m.start < e && s < m.end && ctx.entities[m.entity]?.type !== 'group',
    );
    const mention = inPhrase.find((m) => ctx.entities[m.entity]?.type === 'person') ?? inPhrase[0];
    if (PRONOUN.test(raw)) {
      // The subject of the current sentence, else of the sentence before: the first person named there
      // (not a possessive); failing both, the nearest earlier person.
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
        firstIn(here) ??
        firstIn(here - 1) ??
        [...ctx.mentions].reverse().find((m) => m.end <= s && isPerson(m));
      return {
        ...span(text, s, e),
        entity: earlier ? earlier.entity : null,
        resolvedFrom: earlier ? span(text, earlier.start, earlier.end) : undefined,
      };
    }
    return { ...span(text, s, e), entity: mention ? mention.entity : null };
  };
  const extras = (sentenceText: string, sentenceStart: number): Pick<Quote, 'addressee' | 'medium'> => {
    const told =
      /\btold\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|reporters|journalists)/u.exec(
        sentenceText,
      );
    let addressee: Quote['addressee'] = null;
    const whom = told?.[1];
    if (told && whom) {
      const s = sentenceStart + told.index + told[0].length - whom.length;
      const mention = ctx.mentions.find((m) => m.start < s + whom.length && s < m.end);
      addressee = { ...span(text, s, s + whom.length), entity: mention ? mention.entity : null };
    }
    let medium: string | null = null;
    for (const [re, name] of MEDIUM) {
      const m = re.exec(sentenceText);
      if (m) {
        medium = name.startsWith('$') ? (m[1] ?? null) : name;
        break;
      }
    }
    if (!medium && told && /^(?:CNN|BBC|Reuters|AP|AFP|NBC|CBS|ABC|Fox|the [A-Z])/.test(told[1] ?? ''))
      medium = 'interview';
    return { addressee, medium };
  };

  // Transcripts: a paragraph that opens with a speaker's name in capitals and a colon ("PENCE: Well, ...").
  for (const m of text.matchAll(/(?:^|\n)["“]?(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}):\s+([^\n]{10,})/gu)) {
    const name = m[1] ?? '';
    const nameAt = (m.index ?? 0) + m[0].indexOf(name);
    const contentAt = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    const sentence = sentences.findIndex((x) => x.end > nameAt);
    quotes.push({
      kind: 'direct',
      content: span(text, contentAt, contentAt + (m[2] ?? '').replace(/["”]\s*$/, '').length),
      cue: { ...span(text, nameAt + name.length, nameAt + name.length + 1), verb: 'say' },
      speaker: speakerFor(nameAt, nameAt + name.length),
      addressee: null,
      medium: 'transcript',
      sentence: Math.max(0, sentence),
    });
  }
  const transcriptSentences = new Set(quotes.map((q) => q.sentence));

  sentences.forEach((sentence, index) => {
    if (transcriptSentences.has(index)) return;
    const s = text.slice(sentence.start, sentence.end);
    const inSentence = direct.filter((q) => q.start >= sentence.start - 1 && q.start < sentence.end);
    const cueAfter = new RegExp(
      String.raw`^[,.!?]?["”]?\s*,?\s*(?:(${SPEAKER})\s+(${CUE})\b|(${CUE})\s+(${SPEAKER}))`,
      'u',
    );
    const cueBefore = new RegExp(
      String.raw`(${SPEAKER})\s+(${CUE})(?:\s+[\p{L}'’-]+){0,6}?\s*[:,]?\s*["“]?$`,
      'u',
    );
    for (const q of inSentence) {
      const after = text.slice(q.end, Math.min(text.length, q.end + 120));
      // The cue may end the sentence before ("Caddell continued:" then the quote in the next paragraph).
      const prev = sentences[index - 1];
      const lead = text.slice(sentence.start, q.start).trim();
      const from =
        lead.length <= 2 && prev && /:\s*$/.test(text.slice(prev.start, prev.end))
          ? prev.start
          : sentence.start;
      const before = text.slice(Math.max(from, q.start - 140), q.start);
      let cue: Quote['cue'] = null;
      let speaker: Quote['speaker'] = null;
      const a = cueAfter.exec(after);
      if (a) {
        const speakerText = a[1] ?? a[4] ?? '';
        const cueText = a[2] ?? a[3] ?? '';
        const cueAt = q.end + a[0].lastIndexOf(cueText, a[1] ? undefined : a[0].length);
        const speakerAt =
          q.end + a[0].indexOf(speakerText, a[1] ? 0 : a[0].indexOf(cueText) + cueText.length);
        cue = { ...span(text, cueAt, cueAt + cueText.length), verb: baseForm(cueText) };
        speaker = speakerFor(speakerAt, speakerAt + speakerText.length);
      } else {
        const b = cueBefore.exec(before);
        if (b?.[1] && b[2]) {
          const base = q.start - before.length + (b.index ?? 0);
          cue = {
            ...span(
              text,
              base + b[0].indexOf(b[2], b[1].length),
              base + b[0].indexOf(b[2], b[1].length) + b[2].length,
            ),
            verb: baseForm(b[2]),
          };
          speaker = speakerFor(base, base + b[1].length);
        }
      }
      if (!cue) continue;
      quotes.push({
        kind: 'direct',
        content: span(text, q.start, q.end),
        cue,
        speaker,
        ...extras(s, sentence.start),
        sentence: index,
      });
    }
    if (quotes.some((q) => q.sentence === index)) return;
    // Indirect speech.
    const acc = /^According to ([^,]{2,80}),\s*(.+)$/u.exec(s);
    if (acc?.[1] && acc[2]) {
      const speakerAt = sentence.start + 13;
      const contentAt = sentence.start + s.length - acc[2].length;
      quotes.push({
        kind: 'indirect',
        content: span(text, contentAt, sentence.end),
        cue: { ...span(text, sentence.start, sentence.start + 12), verb: 'according to' },
        speaker: speakerFor(speakerAt, speakerAt + acc[1].length),
        ...extras(s, sentence.start),
        sentence: index,
      });
      return;
    }
    const trailing = new RegExp(
      String.raw`^(.{12,}?),\s*(?:(${SPEAKER})\s+(${CUE})|(${CUE}|according\s+to)\s+(${SPEAKER}))(?:\s+[^\s,]+){0,6}?[.!?]?$`,
      'u',
    ).exec(s);
    if (trailing?.[1] && words(trailing[1]) >= 3) {
      const cueText = trailing[3] ?? trailing[4] ?? '';
      const tail = trailing[0].slice(trailing[1].length);
      // "…, according to the American newspaper 'Politico'.": the whole phrase names the source.
      const speakerText = /^according/i.test(cueText)
        ? tail.slice(tail.indexOf(cueText) + cueText.length).replace(/^\s+|[\s.!?'"’”]+$/g, '')
        : (trailing[2] ?? trailing[5] ?? '');
      const cueAt = sentence.start + trailing[1].length + tail.indexOf(cueText);
      const speakerAt = sentence.start + trailing[1].length + tail.indexOf(speakerText);
      quotes.push({
        kind: 'indirect',
        content: span(text, sentence.start, sentence.start + trailing[1].length),
        cue: { ...span(text, cueAt, cueAt + cueText.length), verb: baseForm(cueText) },
        speaker: speakerFor(speakerAt, speakerAt + speakerText.length),
        ...extras(s, sentence.start),
        sentence: index,
      });
      return;
    }
    const leading = new RegExp(
      String.raw`^(.{0,80}?\b)?(${SPEAKER})\s+(?:has\s+|had\s+|also\s+)?(${CUE})\b(?:\s+(?:on|in|at)\s+[^,]{1,40},|\s+(?:on|in|at)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=\s+that\b))?(?:\s+\p{Lu}[\p{L}]+)?\s+(that\s+)?(.{10,})$`,
      'u',
    ).exec(s);
    const weak = new RegExp(
      String.raw`^(.{0,60}?\b)?(${SPEAKER})\s+(shows|showed|show|found|finds|suggests|suggested|indicates|indicated|believes|hopes|fears|expects|argues|insists)\s+(that\s+)(.{10,})$`,
      'u',
    ).exec(s);
    const use =
      leading?.[2] && leading[3] && leading[5] && (leading[4] || !/^(?:the|a|an)\b/.test(leading[5]))
        ? leading
        : weak;
    if (use && use !== leading && use[1] && (/[.;:]/.test(use[1]) || words(use[1]) > 8)) return;
    if (use === weak && weak?.[2] && weak[3] && weak[5]) {
      const prefix = weak[1] ?? '';
      const speakerAt = sentence.start + prefix.length;
      const cueAt = sentence.start + s.indexOf(weak[3], prefix.length + weak[2].length);
      quotes.push({
        kind: 'indirect',
        content: span(text, sentence.start + s.length - weak[5].length, sentence.end),
        cue: { ...span(text, cueAt, cueAt + weak[3].length), verb: baseForm(weak[3]) },
        speaker: speakerFor(speakerAt, speakerAt + weak[2].length),
        ...extras(s, sentence.start),
        sentence: index,
      });
      return;
    }
    if (
      leading?.[2] &&
      leading[3] &&
      leading[5] &&
      words(leading[5]) >= 5 &&
      (leading[4] || !/^(?:the|a|an)\b/.test(leading[5]))
    ) {
      const prefix = leading[1] ?? '';
      if (/[.;:]/.test(prefix) || words(prefix) > 8) return;
      const speakerAt = sentence.start + prefix.length;
      const cueAt = sentence.start + s.indexOf(leading[3], prefix.length + leading[2].length);
      const contentAt = sentence.start + s.length - leading[5].length;
      quotes.push({
        kind: 'indirect',
        content: span(text, contentAt, sentence.end),
        cue: { ...span(text, cueAt, cueAt + leading[3].length), verb: baseForm(leading[3]) },
        speaker: speakerFor(speakerAt, speakerAt + leading[2].length),
        ...extras(s, sentence.start),
        sentence: index,
      });
    }
  });
  return quotes;
}

/** "said" → "say", "told" → "tell"; other cues as written, lower-cased. */
function baseForm(cue: string): string {
  const c = cue.toLowerCase();
  const irregular: Record<string, string> = {
    said: 'say',
    says: 'say',
    told: 'tell',
    tells: 'tell',
    wrote: 'write',
    writes: 'write',
    thought: 'think',
  };
  return irregular[c] ?? c;
}
