// Reported speech around a cue verb, in one sentence: "X said (that) …", "X told reporters …", "X, who …, says
// …", "…, X said.", "…, said X.", "according to X, …", "…, according to X.", and participles that continue the
// sentence's speaker (", adding that …", ", calling him …"). The source is the noun phrase before the cue (or
// after it when inverted); the content is the rest of the clause after it, or the clause before it.
import type { Quote, Sentence } from '../../model.js';
import { baseForm, CUE_FORMS, NOUN_LIKE, ONLY_TO, TO_VERBS } from './cue-lexicon.js';
import { quoteSetting } from './setting.js';
import { speakerAt, textSpan, type QuoteContext } from './speaker.js';

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const words = (s: string) => new Set(s.trim().split(/\s+/));
const SKIPPABLE =
  words(`has have had also will would could may might can should must reportedly previously later
  then again repeatedly recently publicly privately already often once just now still even never always apparently
  allegedly ultimately finally quickly immediately flatly directly explicitly simply only did does do not n’t n't
  frequently long openly loudly angrily bluntly first last subsequently famously falsely wrongly correctly rightly
  initially originally further since earlier cannot can’t can't won’t won't didn’t didn't doesn’t doesn't don’t
  don't wouldn’t wouldn't couldn’t couldn't widely strongly increasingly generally largely broadly firmly clearly
  actually really personally formally officially privately widely openly vehemently sharply harshly`);
const BE = words(`is are was were be been being am ’s 's`);
const BOUNDARY =
  words(`that and but or because while when as if so since although though after before where than
  whether which whom whose what how why nor yet until unless whereas`);
const DETERMINER =
  words(`the a an this these those his her their its our my your of to in on for with by from ’s
  's every each no some any another such`);
const NEEDS_THAT =
  words(`figure feel understand realize realise recognize recognise guess know hope fear worry doubt
  suspect assume wonder swear guarantee reckon expect maintain see regard`);
/** … except these, whose object is the content too: "expects a close race", "fears a trade war". */
const OBJECT_VIEW = words(`hope expect fear worry doubt guess wonder`);
const ADDRESSEE_VERBS = words(`tell ask urge remind assure inform advise warn`);
const ADVERBIAL =
  words(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
  afternoon evening night again also repeatedly flatly bluntly recently earlier later previously privately
  publicly then once twice simply frankly candidly now`);
const PREPOSITION = words(
  `on in at during via to from with before after over while last this earlier late early`,
);
const PARTICLE = words(`out for about up`);
const FINITE = words(`is are was were be has have had will would can could should may might must do does did
  isn’t aren’t wasn’t weren’t won’t can’t don’t doesn’t didn’t`);
/** What "In a … poll/statement/interview, …" names as the source of what follows. */
const SOURCE_NOUN =
  words(`poll polls survey surveys report study interview statement letter speech op-ed column
  tweet post memo book article email filing remarks testimony analysis data`);
const SPOKE_WITH = words(`via with in at only by during for on briefly regularly`);
/** Passive views held by no one named: "is expected to", "is seen as", "was widely believed to". */
const PASSIVE_VIEW = words(`expect see view consider believe think know say report regard describe`);
/** … and the words after other passives that name no agent: "was asked to", "is accused of", "was criticized for". */
const PASSIVE_NEXT: ReadonlyMap<string, RegExp> = new Map([
  ['ask', /^(?:to|about|whether|if|why|how|what)$/],
  ['accuse', /^(?:of)$/],
  ['charge', /^(?:with)$/],
  ['criticize', /^(?:for|as)$/],
  ['criticise', /^(?:for|as)$/],
  ['blame', /^(?:for)$/],
  ['know', /^(?:for)$/],
  ['tell', /^(?:to|that)$/],
  ['urge', /^(?:to)$/],
  ['attack', /^(?:for|as)$/],
  ['praise', /^(?:for|as)$/],
  ['deride', /^(?:as|for)$/],
  ['mock', /^(?:as|for)$/],
  ['lambaste', /^(?:as|for)$/],
  ['hail', /^(?:as)$/],
  ['tout', /^(?:as)$/],
  ['quote', /^(?:as)$/],
  ['call', /^(?:on|to)$/],
  ['reveal', /^(?:that)$/],
  ['announce', /^(?:that)$/],
]);
const PUNCT = /^[^\p{L}\p{N}]$/u;

const TITLE = /^(?:Mrs?|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Hon|Sens|Reps|Atty|Jr|Sr|St|\p{Lu})$/u;

function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  const re = /[\p{L}\p{N}$@#](?:[\p{L}\p{N}'’.,%&/-]*[\p{L}\p{N}%])?|\S/gu;
  re.lastIndex = start;
  const chunk = text.slice(0, end);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    // Commas inside numbers stay ("$200,000"); a comma before a space ends the word.
    let t = m[0];
    const comma = /,(?=\D)|,$/.exec(t);
    if (comma && comma.index > 0) {
      t = t.slice(0, comma.index);
      re.lastIndex = m.index + t.length;
    }
    // A title's or an initial's period stays with it ("Mr. Clinton", "J. Smith").
    if (
      chunk[m.index + t.length] === '.' &&
      (TITLE.test(t) || chunk[m.index + t.length + 1] === ',' || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(t))
    ) {
      t += '.';
      re.lastIndex = m.index + t.length;
    }
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

const isWord = (t: Tok | undefined) => !!t && !PUNCT.test(t.text);
const wordCount = (toks: readonly Tok[], a: number, b: number) => {
  let n = 0;
  for (let i = a; i < b; i++) if (isWord(toks[i])) n++;
  return n;
};

interface Cue {
  at: number;
  /** Index after the cue (two tokens for "according to"). */
  after: number;
  lemma: string;
  participle: boolean;
  /** "was endorsed by the union": the index of "by"; the agent after it is the source. */
  agent?: number;
  /** "continued to insist": the verb before "to" (index), whose subject is the cue's. */
  head?: number;
  /** "(When) asked whether …, she said": a question put to someone the clause names later; no source here. */
  asked?: boolean;
  /** "Trump is expected to win", "the rally seemed calm": a view no one in the sentence holds; the content is the
   * subject and what follows the cue. */
  sourceless?: boolean;
  /** "In a CNN poll released Monday, …": the source is the phrase up to the comma (`after` is the comma). */
  inSource?: boolean;
  /** "his claim that …", "Trump’s support for …": a noun cue; the owner (a possessive before it) is the source and
   * the content starts `skip` tokens after the noun (past "that" or the preposition). */
  nominal?: { owner: [number, number] | null; skip: number; object: boolean };
}

/**
 * A headline in title case ("Trump Says He Never Pledged To …"): most words of four letters or more are
 * capitalised, so a capitalised verb is no sign of a name.
 */
export function isTitleCase(toks: readonly { text: string }[]): boolean {
  let long = 0;
  let upper = 0;
  for (const t of toks)
    if (t.text.length >= 4 && /^\p{L}/u.test(t.text)) {
      long++;
      if (/^\p{Lu}/u.test(t.text)) upper++;
    }
  return long >= 3 && upper >= long * 0.8 && toks.some((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
}

function cuesIn(toks: readonly Tok[]): Cue[] {
  const cues: Cue[] = [];
  const headline = isTitleCase(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    if (t.lower === 'in' && (i === 0 || (i === 1 && /^(?:but|and|yet)$/.test(toks[0]?.lower ?? '')))) {
      let c = i + 1;
      while (c < toks.length && c - i < 16 && isWord(toks[c])) c++;
      // … but not "In a statement, cited by Reuters, the Kremlin said": the source is named later.
      const byline = /ed$/.test(toks[c + 1]?.lower ?? '') && toks[c + 2]?.lower === 'by';
      if (
        toks[c]?.text === ',' &&
        c > i + 1 &&
        !byline &&
        toks.slice(i + 1, c).some((x) => SOURCE_NOUN.has(x.lower))
      ) {
        cues.push({ at: i, after: c, lemma: 'in', participle: false, inSource: true });
        i = c;
        continue;
      }
    }
    const phrase = phraseCue(toks, i);
    if (phrase) {
      cues.push(phrase);
      i = phrase.after - 1;
      continue;
    }
    const noun = nominalCue(toks, i) ?? adjectiveCue(toks, i);
    if (noun) {
      // "expressed concern that …": the verb and its noun are one cue, whose content is the noun's.
      if (cues[cues.length - 1]?.at === i - 1 && CUE_FORMS.has(toks[i - 1]?.lower ?? '')) cues.pop();
      cues.push(noun);
      continue;
    }
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      cues.push({ at: i, after: i + 2, lemma: 'according to', participle: false });
      i++;
      continue;
    }
    const lemma = CUE_FORMS.get(t.lower);
    if (!lemma) continue;
    const prev0 = toks[i - 1];
    if (
      t.lower === 'asked' &&
      toks[i + 1]?.lower !== 'by' &&
      (i === 0 ||
        /^(?:when|if|once|after|before)$/.test(prev0?.lower ?? '') ||
        // "McCain said, asked about the delay, …"
        (prev0?.text === ',' && /^(?:about|whether|if|how|why|what|to)$/.test(toks[i + 1]?.lower ?? '')))
    ) {
      cues.push({ at: i, after: i + 1, lemma, participle: false, asked: true });
      continue;
    }
    // "(When) asked by a reporter whether …": the agent put the question.
    if (
      t.lower === 'asked' &&
      toks[i + 1]?.lower === 'by' &&
      (i === 0 || /^(?:when|if|once|after|before)$/.test(prev0?.lower ?? ''))
    ) {
      cues.push({ at: i, after: i + 1, lemma, participle: false, agent: i + 1, asked: true });
      continue;
    }
    if (i === 0 && /^\p{Lu}/u.test(t.text)) continue; // "Asked about …", "Saying …": no subject here
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // … but "Some said …", "Each says …": the determiner is the subject.
    const standsAlone =
      /^(?:some|each|any)$/.test(prev?.lower ?? '') &&
      (i === 1 || PUNCT.test(toks[i - 2]?.text ?? '') || BOUNDARY.has(toks[i - 2]?.lower ?? ''));
    // "continued to insist", "went on to say", "are more likely to say": the verb before "to" carries the subject.
    const head = prev?.lower === 'to' ? chainHead(toks, i - 1) : null;
    if (
      head === null &&
      prev &&
      DETERMINER.has(prev.lower) &&
      (NOUN_LIKE.has(lemma) || prev.lower !== 'to') &&
      !standsAlone
    )
      continue;
    if ((prev?.lower === 'to' && head === null) || /^let['’]s$/.test(prev?.lower ?? '')) continue;
    // "spoke about the economy" but not "spoke with Zelensky", "speaking via video", "speak only of …".
    if (/^(?:speak|talk)$/.test(lemma) && (!next || PUNCT.test(next.text) || SPOKE_WITH.has(next.lower)))
      continue;
    // "support for Kyiv", "views on Ukraine" are the nouns.
    if (
      /^(?:support|views?)$/.test(t.lower) &&
      /^(?:for|of|from|on|about|amid|among|in|at)$/.test(next?.lower ?? '')
    )
      continue;
    // "see that …", "viewed it as …"; not "we will see what happens", "viewed with skepticism".
    if (
      lemma === 'see' &&
      !/^(?:that|whether|if|how|as)$/.test(next?.lower ?? '') &&
      !BE.has(toks[k0(toks, i)]?.lower ?? '') &&
      !seenAs(toks, i)
    )
      continue;
    if (lemma === 'view' && !toks.slice(i + 1, i + 9).some((x) => x.lower === 'as')) continue;
    // "the rationale and hope to end it": the noun.
    if (
      NOUN_LIKE.has(lemma) &&
      t.lower === lemma &&
      /^(?:and|or)$/.test(prev?.lower ?? '') &&
      DETERMINER.has(toks[i - 3]?.lower ?? '')
    )
      continue;
    // "an apparent attempt to", "a new plan to": the noun.
    if (
      ((ONLY_TO.has(lemma) && DETERMINER.has(toks[i - 2]?.lower ?? '')) ||
        (NOUN_LIKE.has(lemma) && /^(?:a|an|the|another)$/.test(toks[i - 2]?.lower ?? ''))) &&
      t.lower === lemma &&
      /^\p{Ll}+$/u.test(prev?.text ?? '')
    )
      continue;
    if (
      ONLY_TO.has(lemma) &&
      !(next?.lower === 'to' || (lemma === 'vote' && /^(?:for|against)$/.test(next?.lower ?? '')))
    )
      continue;
    if (prev && /['’]s$/.test(prev.lower) && NOUN_LIKE.has(lemma)) continue; // "Beijing’s support"
    // "the ultimatum demands addressed to …", "reports of …": a noun, not a verb.
    if (
      NOUN_LIKE.has(lemma) &&
      (t.lower === lemma || t.lower.endsWith('s')) &&
      /^(?:of|\p{L}+ed)$/u.test(next?.lower ?? '')
    )
      continue;
    if (/^\p{Lu}/u.test(t.text) && prev && !PUNCT.test(prev.text) && !headline) continue; // inside a name or title
    let k = i - 1;
    while (k >= 0 && SKIPPABLE.has(toks[k]?.lower ?? '')) k--;
    const participle = /ing$/.test(t.lower);
    if (!participle && /(?:ed|en|wn|ld|ought|aid|ound)$/.test(t.lower) && BE.has(toks[k]?.lower ?? '')) {
      if (
        (PASSIVE_VIEW.has(lemma) && /^(?:to|as)$/.test(next?.lower ?? '')) ||
        PASSIVE_NEXT.get(lemma)?.test(next?.lower ?? '')
      )
        cues.push({ at: i, after: i + 1, lemma, participle: false, sourceless: true });
      // "The plan was endorsed by the union", "It was announced by the ministry that …": the agent is the source.
      else if (next?.lower === 'by' && lemma !== 'decide' && isWord(toks[i + 2]))
        cues.push({ at: i, after: i + 1, lemma, participle: false, agent: i + 1 });
      continue;
    }
    if (lemma === 'seem' || lemma === 'appear') {
      if (lemma === 'seem' || /^(?:to|that|as|like)$/.test(next?.lower ?? ''))
        cues.push({ at: i, after: i + 1, lemma, participle: false, sourceless: true });
      continue;
    }
    // … or a clause opened by its subject pronoun ("hope they win", "worried it would").
    if (
      NEEDS_THAT.has(lemma) &&
      !(TO_VERBS.has(lemma) && next?.lower === 'to') &&
      !(/^(?:see|regard)$/.test(lemma) && seenAs(toks, i)) &&
      !/^(?:that|whether|if|how|why|what|“|"|i|he|she|they|we|you|it|there)$/.test(next?.lower ?? '') &&
      // "knew they’re …", "hopes the bill will pass": a clause without "that".
      !/^(?:i|he|she|they|we|you|it|there|that)['’](?:s|re|d|ll|ve|m)$/.test(next?.lower ?? '') &&
      !clauseFollows(toks, i + 1) &&
      // Hopes, fears and expectations take an object as well ("hopes for a deal", "fears a recession"), but "should
      // expect a delay" is advice.
      !(OBJECT_VIEW.has(lemma) && !/^(?:should|would|could|might|may|can|must|will)$/.test(prev?.lower ?? ''))
    )
      continue;
    if (lemma === 'continue' && next?.lower === 'to') continue;
    if (next?.lower === 'by' && !participle) continue; // ", cited by Reuters," is passive
    // "found himself …" is no attribution; "describes himself as …", "calls herself …" are.
    if (/^(?:itself|himself|herself|themselves)$/.test(next?.lower ?? '') && !SELF_VIEW.has(lemma)) continue;
    if (lemma === 'point' && !/^(?:out|to)$/.test(next?.lower ?? '')) continue;
    // "ruled that …" (a court), not "ruled the country"; "demands addressed to Russia" is passive.
    if (lemma === 'rule' && !/^(?:that|on|against|in|out)$/.test(next?.lower ?? '')) continue;
    if (lemma === 'address' && next?.lower === 'to') continue;
    if (lemma === 'call' && !next) continue;
    // ", adding that …" and "… and says he voted": the sentence's speaker goes on.
    const continues = (participle && prev?.text === ',') || /^(?:and|but)$/.test(toks[k]?.lower ?? '');
    cues.push({ at: i, after: i + 1, lemma, participle: continues, ...(head === null ? {} : { head }) });
  }
  return cues;
}

/** A clause without "that" after a verb: a noun phrase, then a finite verb or modal ("hopes the bill will pass"). */
function clauseFollows(toks: readonly Tok[], from: number): boolean {
  for (let k = from + 1; k < Math.min(toks.length, from + 8); k++) {
    const t = toks[k];
    if (!t || !isWord(t) || BOUNDARY.has(t.lower)) return false;
    if (
      FINITE.has(t.lower) ||
      /^(?:won['’]t|can['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t)$/.test(
        t.lower,
      )
    )
      return true;
  }
  return false;
}

/** Verbs that pass their subject on to an infinitive: "continued to insist", "tends to support". */
const CHAIN =
  /^(?:continu(?:e|es|ed|ing)|tend(?:s|ed|ing)?|beg(?:an|in|ins|un)|start(?:s|ed|ing)?|used|proceed(?:s|ed)?|rush(?:es|ed)?|hasten(?:s|ed)?|appear(?:s|ed)?|seem(?:s|ed)?)$/;
const GO = /^(?:go|goes|went|gone|going)$/;

/**
 * The verb whose subject an infinitive cue after "to" (at `to`) shares: "continued to insist", "went on to say",
 * "are more likely to say"; null when there is none ("plans to say", "the right to speak").
 */
function chainHead(toks: readonly Tok[], to: number): number | null {
  const t = toks[to - 1];
  if (!t) return null;
  if (CHAIN.test(t.lower)) return to - 1;
  if (t.lower === 'on' && GO.test(toks[to - 2]?.lower ?? '')) return to - 2;
  if (/^(?:likely|unlikely|quick|slow|first|last)$/.test(t.lower)) {
    let k = to - 2;
    while (
      k >= 0 &&
      /^(?:more|less|most|least|slightly|much|far|also|somewhat|very|the|not|even)$/.test(
        toks[k]?.lower ?? '',
      )
    )
      k--;
    if (BE.has(toks[k]?.lower ?? '')) return k;
  }
  return null;
}

/** Nouns of saying and thinking that take a "that" clause: "his claim that …", "the fear that …". */
const NOUN_THAT =
  words(`claim claims assertion assertions argument arguments belief beliefs idea notion suggestion
  suggestions insistence allegation allegations accusation accusations charge charges complaint complaints concern
  concerns fear fears hope hopes warning warnings speculation contention conviction promise promises pledge pledges
  vow vows threat threats recognition admission prediction predictions assurance assurances expectation
  expectations worry worries confidence doubt doubts suspicion suspicions realization theory assumption perception
  impression view rumor rumors rumour rumours message statement announcement acknowledgment acknowledgement reminder
  insinuation demand demands proposal declaration boast guarantee judgment conclusion`);
/** … and an infinitive: "her pledge to …", "the decision to …". */
const NOUN_TO =
  words(`promise promises pledge pledges vow vows threat threats call calls demand demands decision
  bid refusal plan plans proposal proposals desire willingness determination intention effort efforts attempt
  attempts push commitment offer request appeal`);
/** … and an object after a preposition: "his support for Kyiv", "Trump’s attacks on the press". */
const NOUN_OBJECT: ReadonlyMap<string, RegExp> = new Map([
  ['support', /^(?:for|of)$/],
  ['criticism', /^(?:of)$/],
  ['criticisms', /^(?:of)$/],
  ['attack', /^(?:on|against)$/],
  ['attacks', /^(?:on|against)$/],
  ['endorsement', /^(?:of)$/],
  ['endorsements', /^(?:of)$/],
  ['opposition', /^(?:to)$/],
  ['view', /^(?:of|on)$/],
  ['views', /^(?:of|on)$/],
  ['call', /^(?:for)$/],
  ['calls', /^(?:for)$/],
  ['praise', /^(?:for|of)$/],
  ['condemnation', /^(?:of)$/],
  ['critique', /^(?:of)$/],
  ['defense', /^(?:of)$/],
  ['defence', /^(?:of)$/],
  ['rejection', /^(?:of)$/],
  ['denunciation', /^(?:of)$/],
  ['embrace', /^(?:of)$/],
  ['stance', /^(?:on)$/],
  ['position', /^(?:on)$/],
  ['comments', /^(?:on|about)$/],
  ['remarks', /^(?:on|about)$/],
  ['concerns', /^(?:about|over)$/],
  ['concern', /^(?:about|over)$/],
  ['fears', /^(?:about|of|over)$/],
  ['doubts', /^(?:about)$/],
  ['complaints', /^(?:about)$/],
  ['warnings', /^(?:about|of)$/],
]);
/** Verbs that voice the view a bare noun after them names: "expressed concern that …", "voiced hope that …". */
const EXPRESS = words(`express voice reiterate signal share offer declare state show indicate`);
const BARE_AFTER =
  /^(?:amid|over|about|with|despite|among|against|of|for|in|on|by|from|after|without|and|or)$/;
const POSSESSIVE = words(`his her their its my our your`);
const PRONOUN_OF: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * A noun cue at `i` ("his claim that", "the idea that", "Trump’s support for"): a possessive or a determiner
 * before it (past up to two lower-case modifiers, "his repeated false claim"), and "that", "to" or the noun's
 * preposition after it. A verb ("Trump claims that") has neither before it.
 */
function nominalCue(toks: readonly Tok[], i: number): Cue | null {
  const t = toks[i];
  const next = toks[i + 1]?.lower ?? '';
  const next2 = toks[i + 2];
  if (!t || !next2) return null;
  let skip: number;
  let object = false;
  if (next === 'that' && NOUN_THAT.has(t.lower) && !FINITE.has(next2.lower) && isWord(next2)) skip = 2;
  else if (
    next === 'to' &&
    NOUN_TO.has(t.lower) &&
    /^\p{Ll}+$/u.test(next2.text) &&
    !DETERMINER.has(next2.lower)
  )
    skip = 1;
  else if (NOUN_OBJECT.get(t.lower)?.test(next) && isWord(next2)) {
    skip = 2;
    object = true;
  } else return null;
  let k = i - 1;
  while (k >= i - 2 && k >= 0 && /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(toks[k]?.text ?? '')) {
    const w = toks[k]?.lower ?? '';
    if (POSSESSIVE.has(w) || DETERMINER.has(w) || BOUNDARY.has(w) || FINITE.has(w) || CUE_FORMS.has(w)) break;
    k--;
  }
  const d = toks[k];
  if (!d) return null;
  let owner: [number, number] | null = null;
  if (POSSESSIVE.has(d.lower)) owner = [k, k + 1];
  else if (/\p{L}['’‘]s$/iu.test(d.text) || (/^['’‘]s$/i.test(d.text) && k > 0)) {
    let m = /^['’‘]s$/i.test(d.text) ? k - 1 : k;
    while (m > 0 && m > k - 5 && /^\p{Lu}/u.test(toks[m - 1]?.text ?? '')) m--;
    owner = [m, k + 1];
  } else if (
    k === i - 1 &&
    !object &&
    EXPRESS.has(CUE_FORMS.get(d.lower) ?? '') &&
    !DETERMINER.has(toks[k - 1]?.lower ?? '')
  ) {
    // "expressed concern that …", "voiced hope that …": the verb's subject holds the view.
    owner = subjectBefore(toks, k, false);
  } else if (/^(?:no|any|some|such|many|more|growing|widespread)$/.test(d.lower)) {
    // "has no plans to …": the subject of the verb before the quantifier.
    if (!FINITE.has(toks[k - 1]?.lower ?? '')) return null;
    owner = subjectBefore(toks, k - 1, false);
  } else if (
    !/^(?:the|a|an|this|these|those|that)$/.test(d.lower) &&
    // … and a bare noun with its clause or infinitive after a preposition ("amid growing fears that …") stands for
    // itself.
    (object || !(BARE_AFTER.test(toks[i - 1]?.lower ?? '') || BARE_AFTER.test(toks[i - 2]?.lower ?? '')))
  )
    return null;
  return { at: i, after: i + 1, lemma: t.lower, participle: false, nominal: { owner, skip, object } };
}

/** "saw the program as detrimental": "as" a few words after the verb, before any punctuation or clause word. */
function seenAs(toks: readonly Tok[], i: number): boolean {
  for (let k = i + 2; k < Math.min(toks.length, i + 14); k++) {
    const t = toks[k];
    if (!t || !isWord(t) || BOUNDARY.has(t.lower) || FINITE.has(t.lower)) return t?.lower === 'as';
  }
  return false;
}

/** Adjectives of will and feeling that take an infinitive ("is eager to …") … */
const ADJ_TO =
  words(`willing unwilling eager reluctant ready determined keen happy glad proud excited hesitant
  anxious desperate loath careful quick prepared poised`);
/** … a "that" clause ("is confident that …") … */
const ADJ_THAT =
  words(`confident convinced concerned aware hopeful optimistic pessimistic sure certain worried
  skeptical sceptical adamant afraid fearful unsure doubtful glad happy proud upset angry frustrated disappointed
  pleased clear insistent`);
/** … or an object ("is worried about …"). */
const ADJ_ABOUT =
  words(`concerned worried angry upset skeptical sceptical excited optimistic pessimistic hopeful
  nervous enthusiastic critical supportive wary furious frustrated disappointed pleased unhappy happy confident
  fearful anxious uneasy uncomfortable unsure cautious`);
/** … or a stance towards something ("is opposed to …", "remains open to …", "was interested in …"). */
const ADJ_TOWARDS = words(`opposed committed open receptive hostile sympathetic interested resistant averse`);
const COPULA = words(`is are was were be been being am ’s 's ’re 're remain remains remained seem seems seemed
  feel feels felt appear appears appeared become becomes became grow grows grew look looks looked sound sounds
  sounded`);
const INTENSIFIER = words(`very more most less so too all increasingly deeply particularly especially quite
  fairly rather extremely highly clearly now still also not never no longer suddenly already`);

/**
 * An adjective cue at `i` after a copula ("Sanders is eager to …", "voters were worried about …", "she is
 * confident that …"); the subject before the copula is its source.
 */
function adjectiveCue(toks: readonly Tok[], i: number): Cue | null {
  const t = toks[i];
  const next = toks[i + 1]?.lower ?? '';
  const next2 = toks[i + 2];
  if (!t || !next2 || !isWord(next2)) return null;
  let skip: number;
  let object = false;
  if (next === 'to' && ADJ_TO.has(t.lower) && /^\p{Ll}+$/u.test(next2.text) && !DETERMINER.has(next2.lower))
    skip = 1;
  else if (next === 'that' && ADJ_THAT.has(t.lower) && !FINITE.has(next2.lower)) skip = 2;
  else if (
    (/^(?:about|of|over|with)$/.test(next) && ADJ_ABOUT.has(t.lower)) ||
    (/^(?:to|in)$/.test(next) && ADJ_TOWARDS.has(t.lower) && isWord(next2) && next2.lower !== 'be')
  ) {
    skip = 2;
    object = true;
  } else return null;
  let k = i - 1;
  while (k >= 0 && (INTENSIFIER.has(toks[k]?.lower ?? '') || SKIPPABLE.has(toks[k]?.lower ?? ''))) k--;
  if (!COPULA.has(toks[k]?.lower ?? '')) return null;
  const owner = subjectBefore(toks, k, true);
  if (!owner) return null;
  return { at: i, after: i + 1, lemma: t.lower, participle: false, nominal: { owner, skip, object } };
}

/** Verb phrases that cue: "made it clear that", "took aim at", "lashed out at", "raised concerns about". */
const PHRASES: readonly [RegExp, string[][]][] = [
  [
    /^(?:make|makes|made|making)$/,
    [
      ['clear'],
      ['it', 'clear'],
      ['the', 'case'],
      ['a', 'case'],
      ['the', 'point'],
      ['a', 'point', 'of'],
      ['the', 'argument'],
    ],
  ],
  [
    /^(?:take|takes|took|taken|taking)$/,
    [
      ['aim', 'at'],
      ['issue', 'with'],
    ],
  ],
  [
    /^(?:lash|lashes|lashed|lashing)$/,
    [
      ['out', 'at'],
      ['out', 'against'],
    ],
  ],
  [/^(?:weigh|weighs|weighed|weighing)$/, [['in', 'on']]],
  [
    /^(?:push|pushes|pushed|pushing)$/,
    [
      ['back', 'on'],
      ['back', 'against'],
    ],
  ],
  [/^(?:shoot|shoots|shot|shooting|fire|fires|fired|firing|hit|hits|hitting)$/, [['back']]],
  [
    /^(?:raise|raises|raised|raising)$/,
    [['concerns'], ['questions'], ['doubts'], ['the', 'possibility'], ['alarms']],
  ],
  [/^(?:sound|sounds|sounded|sounding)$/, [['the', 'alarm']]],
  [/^(?:go|goes|went|going)$/, [['after']]],
  [
    /^(?:speak|speaks|spoke|speaking)$/,
    [
      ['out', 'against'],
      ['out', 'about'],
      ['out', 'on'],
    ],
  ],
];

function phraseCue(toks: readonly Tok[], i: number): Cue | null {
  const t = toks[i];
  if (!t || i === 0) return null;
  for (const [head, tails] of PHRASES) {
    if (!head.test(t.lower)) continue;
    for (const tail of tails)
      if (tail.every((w, n) => toks[i + 1 + n]?.lower === w)) {
        const after = i + 1 + tail.length;
        if (!isWord(toks[after]) && !/^[:“"]$/.test(toks[after]?.text ?? '')) return null;
        const prev = toks[i - 1];
        const participle = /ing$/.test(t.lower) && prev?.text === ',';
        return { at: i, after, lemma: `${baseForm(t.lower)} ${tail.join(' ')}`, participle };
      }
  }
  return null;
}

/** Words in -ly that are nouns or adjectives, not adverbs before a verb. */
const NOT_ADVERB = words(`family ally rally supply assembly daily weekly monthly quarterly bully reply anomaly
  monopoly italy july only early friendly elderly likely unlikely`);
/** An adverb in -ly before the cue ("Marc Morial forcefully told …"): no part of the subject. */
const adverb = (t: Tok | undefined) => !!t && /^\p{Ll}{2,}ly$/u.test(t.text) && !NOT_ADVERB.has(t.lower);

/** The cue before cue `n` that is a verb (noun and adjective cues inside a clause do not bound it). */
function previousVerbCue(cues: readonly Cue[], n: number): Cue | undefined {
  for (let m = n - 1; m >= 0; m--) if (!cues[m]?.nominal) return cues[m];
  return undefined;
}

/** The token before `i` past adverbs and auxiliaries. */
function k0(toks: readonly Tok[], i: number): number {
  let k = i - 1;
  while (k >= 0 && SKIPPABLE.has(toks[k]?.lower ?? '')) k--;
  return k;
}

/** The noun phrase ending just before `end` (exclusive), as token indexes [from, to). */
function subjectBefore(toks: readonly Tok[], cueAt: number, progressive: boolean): [number, number] | null {
  let j = cueAt - 1;
  while (
    j >= 0 &&
    (SKIPPABLE.has(toks[j]?.lower ?? '') || adverb(toks[j]) || (progressive && BE.has(toks[j]?.lower ?? '')))
  )
    j--;
  if (j < 0) return null;
  // A parenthesis before the cue ("Sen. Bernie Sanders (I-Vt.) said") belongs to the subject.
  if (toks[j]?.text === ')') {
    let m = j - 1;
    while (m > 0 && toks[m]?.text !== '(' && j - m < 12) m--;
    if (toks[m]?.text === '(' && m > 0) {
      const np = subjectBefore(toks, m, false);
      return np ? [np[0], j + 1] : null;
    }
  }
  const last = toks[j];
  if (!last) return null;
  if (/^(?:who|which)$/.test(last.lower)) return [j, j + 1];
  if (last.text === ',' || /^(?:—|–|--)$/.test(last.text)) {
    // An apposition: "Chris Cox, who runs the lobbying arm, says", "Many speakers — including Jews — said".
    const mark = last.text;
    let m = j - 1;
    while (m >= 0 && toks[m]?.text !== mark && j - m < 30) {
      if (/^[“”"—–;:]$/.test(toks[m]?.text ?? '')) return null;
      m--;
    }
    if (m < 1 || toks[m]?.text !== mark) return null;
    let np = subjectBefore(toks, m, false);
    // A short apposition before it ("Mr. Ray, R-Ore., appearing on radio, said"): the name is before that.
    if (np && mark === ',' && toks[np[0] - 1]?.text === ',' && m - np[0] <= 3) {
      const name = subjectBefore(toks, np[0] - 1, false);
      if (name) np = [name[0], np[1]];
    }
    return np ? [np[0], j + 1] : null;
  }
  // "Some said …", "Each says …": a determiner standing alone as the subject.
  if (
    /^(?:some|each|any)$/.test(last.lower) &&
    (j === 0 || PUNCT.test(toks[j - 1]?.text ?? '') || BOUNDARY.has(toks[j - 1]?.lower ?? ''))
  )
    return [j, j + 1];
  if (PUNCT.test(last.text) || BOUNDARY.has(last.lower) || DETERMINER.has(last.lower)) return null;
  let k = j;
  while (k - 1 >= 0 && j - k < 7) {
    const t = toks[k - 1];
    if (!t || (PUNCT.test(t.text) && t.text !== '’' && t.text !== '-') || BOUNDARY.has(t.lower)) break;
    if (CUE_FORMS.has(t.text)) break; // "said he cannot comment": the subject stops at the verb before
    k--;
  }
  if (/^(?:the|a|an)$/i.test(toks[k - 1]?.text ?? '')) k--; // a long phrase keeps its article
  return [k, j + 1];
}

/** ", noted the Wall Street Journal." / "“…,” says Smith": the source follows the cue, up to the clause's end. */
function inverted(toks: readonly Tok[], cue: Cue): boolean {
  const prev = toks[cue.at - 1];
  let q = cue.after;
  while (ADVERBIAL.has(toks[q]?.lower ?? '')) q++;
  // "…, said Wednesday he agrees", "said the family deserved better": a clause, not the source.
  if (/^(?:he|she|they|we|i|it|there)$/.test(toks[q]?.lower ?? '')) return false;
  for (let k = q + 1; k < Math.min(toks.length, q + 9) && isWord(toks[k]); k++) {
    const t = toks[k];
    if (t && /^\p{Ll}\p{L}{2,}ed$/u.test(t.text)) return false;
  }
  const next = toks[cue.after];
  if (!prev || !next || !/^[,”"]$/.test(prev.text)) return false;
  if (!/^\p{Lu}/u.test(next.text) && !/^(?:the|a|an|his|her|their|its)$/.test(next.lower)) return false;
  let e = cue.after;
  while (e < toks.length && isWord(toks[e]) && toks[e]?.lower !== 'that' && e - cue.after < 9) e++;
  // A verb after the cue makes it a clause ("Tom Reed, …, says the cranes are old"), not an inverted source.
  if (toks.slice(cue.after, e).some((t) => FINITE.has(t.lower))) return false;
  return e === toks.length || /^[,.;:!?–—-]$/.test(toks[e]?.text ?? '');
}

/** Where the content starts after a cue: past particles, addressees, adverbials, ":" and "that". */
function contentStart(toks: readonly Tok[], cue: Cue): number {
  let q = cue.after;
  if (TO_VERBS.has(cue.lemma) && toks[q]?.lower === 'to') return q; // "declined to comment"
  if (cue.lemma === 'vote' && toks[q]?.lower === 'against') q++;
  if (
    PARTICLE.has(toks[q]?.lower ?? '') ||
    (/^(?:point|refer)$/.test(cue.lemma) && toks[q]?.lower === 'to') ||
    (/^(?:speak|talk)$/.test(cue.lemma) && /^(?:of|about)$/.test(toks[q]?.lower ?? ''))
  )
    q++;
  if (cue.lemma === 'call' && toks[q]?.lower === 'on') q++;
  const marker = (t: Tok | undefined) =>
    !!t && /^(?:that|whether|if|about|to|:|“|"|,)$/.test(t.lower) && t.lower !== 'to';
  if (ADDRESSEE_VERBS.has(cue.lemma)) {
    const that = toks.findIndex((t, k) => k >= q && k < q + 12 && t.lower === 'that');
    const reach = that > q && toks.slice(q, that).every(isWord) ? that + 1 : q + 6;
    for (let k = q; k < Math.min(toks.length, reach); k++) {
      const t = toks[k];
      if (marker(t) || (t?.lower === 'to' && k > q)) {
        q = k;
        break;
      }
    }
  }
  for (let guard = 0; guard < 6; guard++) {
    const t = toks[q];
    if (!t) break;
    if (t.lower === 'to' && (TO_VERBS.has(cue.lemma) || ADDRESSEE_VERBS.has(cue.lemma)) && q > cue.after - 1)
      break;
    if (t.text === ',' || t.text === ':' || t.text === '—') q++;
    else if (ADVERBIAL.has(t.lower)) q++;
    else if (PREPOSITION.has(t.lower) && cue.lemma !== 'according to') {
      // "said on Twitter that", "said in a statement:", "told reporters at a news conference,"
      let k = q + 1;
      while (k < toks.length && k - q < 9 && isWord(toks[k]) && toks[k]?.lower !== 'that') k++;
      const stop = toks[k];
      if (stop && (stop.lower === 'that' || /^[,:“"]$/.test(stop.text))) q = k;
      else break;
    } else break;
  }
  if (toks[q]?.lower === 'that') q++;
  return q;
}

/** Stances taken towards someone or something: the content is the object ("endorsed Sanders in February"). */
const STANCE = words(`endorse support back oppose`);
/** Verbs whose object alone is the content, even one common noun ("support deportation", "denied the charges"). */
const OBJECT_VERBS =
  words(`endorse support back oppose attack criticize criticise praise condemn denounce slam
  blast reject deny love hate dislike admire respect trust distrust accept embrace favor prefer welcome fear
  dispute challenge question defend applaud decry lambaste deride mock ridicule`);
/** Verbs whose reflexive object is a self-description ("describes himself as antiabortion"). */
const SELF_VIEW = words(`describe consider call see view regard cast portray paint brand label frame declare
  proclaim identify characterize characterise style bill tout present`);
const SUBORDINATOR = words(`since when after as if because while although though before until once unless`);
const OBJECT_STOP = words(`in on at during after before since when while because last this yesterday today
  tonight monday tuesday wednesday thursday friday saturday sunday who which where`);

/** Where an object noun phrase ends: at a comma or dash, a time or place phrase, or "and" + verb. */
function objectEnd(toks: readonly Tok[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!t) break;
    if (/^[,;:()—–-]$/.test(t.text) || OBJECT_STOP.has(t.lower) || FINITE.has(t.lower)) return k;
    const next = toks[k + 1]?.lower ?? '';
    if (/^(?:and|but)$/.test(t.lower) && (CUE_FORMS.has(next) || /ed$/.test(next))) return k;
  }
  return b;
}

/**
 * Where reported content ends before a clause of the reporting sentence's own: ", but …", ", while …", ", which …",
 * ", and he …" (outside quote marks). "said the bill would pass, while Democrats …" reports only the first clause.
 */
function clauseEnd(toks: readonly Tok[], a: number, b: number): number {
  let open = false;
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    if (!t) break;
    if (/^[“”"]$/.test(t.text)) {
      open = t.text === '“' ? true : t.text === '”' ? false : !open;
      continue;
    }
    if (open || t.text !== ',') continue;
    const n = toks[k + 1]?.lower ?? '';
    const n2 = toks[k + 2]?.lower ?? '';
    if (/^(?:but|while|whereas|despite|compared|which)$/.test(n)) return k;
    if (/^(?:although|though)$/.test(n) && !/^\p{Ll}+$/u.test(toks[k + 2]?.text ?? '')) return k;
    if (/^(?:although|though)$/.test(n) && /^(?:he|she|they|we|i|it|the|there|this|that)$/.test(n2)) return k;
    if (n === 'even' && /^(?:as|though|if|after|when)$/.test(n2)) return k;
    if (n === 'and' && /^(?:he|she|they|we|i|it|the|his|her|their)$/.test(n2)) return k;
  }
  return b;
}

/** Trim the content's token range of edge punctuation other than quote marks. */
function trimRange(toks: readonly Tok[], a: number, b: number): [number, number] {
  while (a < b && /^[,;:—–-]$/.test(toks[a]?.text ?? '')) a++;
  while (b > a && /^[,;:.!?—–-]$/.test(toks[b - 1]?.text ?? '')) b--;
  return [a, b];
}

export function findReportedSpeech(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  ctx: QuoteContext,
  usedCue: (start: number, end: number) => boolean,
  earlier: readonly Quote[],
): Quote[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const toks = tokenize(text, sentence.start, sentence.end);
  const cues = cuesIn(toks);
  const out: Quote[] = [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  const subjects = cues.map((c) =>
    c.lemma === 'according to' || c.inSource || c.nominal
      ? null
      : subjectBefore(
          toks,
          c.head ?? c.at,
          c.sourceless === true || c.agent !== undefined || /ing$/.test(toks[c.at]?.lower ?? ''),
        ),
  );
  cues.forEach((cue, n) => {
    const cueTok = toks[cue.at];
    const cueEnd = cue.inSource || cue.nominal ? cueTok : toks[cue.after - 1];
    if (!cueTok || !cueEnd || usedCue(cueTok.start, cueEnd.end)) return;
    // The content after this cue ends where the next coordinated attribution begins.
    let limit = toks.length;
    for (let m = n + 1; m < cues.length; m++) {
      const next = cues[m];
      if (!next) continue;
      const own = subjects[m]?.[0] ?? next.at;
      // A subject that began before this cue ("X, who refused to endorse him, said …") does not bound it; its cue does.
      const from = own > cue.at ? own : next.at;
      const before = toks[from - 1];
      const before2 = toks[from - 2];
      if (next.participle) limit = next.at - 1;
      else if (
        before &&
        (/^[,;:]$/.test(before.text) || (/^(?:and|but)$/.test(before.lower) && before2?.text === ','))
      )
        limit = /^[,;:]$/.test(before.text) ? from - 1 : from - 2;
      else continue;
      break;
    }
    let speaker: Quote['speaker'] = null;
    let range: [number, number];
    let before: [number, number] | null = null;
    const subject = subjects[n];
    if (cue.nominal) {
      const { owner, skip, object } = cue.nominal;
      const o0 = owner && toks[owner[0]];
      const o1 = owner && toks[owner[1] - 1];
      if (o0 && o1) speaker = speakerAt(text, sentences, ctx, o0.start, o1.end);
      // "He is ratcheting up his critique of …": a possessive pronoun stands for the subject before it.
      const subject = o0 && owner ? PRONOUN_OF[o0.lower] : undefined;
      if (o0 && owner && subject) {
        const pronoun = toks.slice(0, owner[0]).find((x) => x.lower === subject);
        const mention = ctx.mentions.find(
          (m) =>
            m.start >= sentence.start &&
            m.end <= o0.start &&
            (subject === 'it'
              ? ctx.entities[m.entity]?.type === 'organization'
              : ctx.entities[m.entity]?.type === 'person' || subject === 'they'),
        );
        if (pronoun) speaker = speakerAt(text, sentences, ctx, pronoun.start, pronoun.end);
        else if (mention) speaker = speakerAt(text, sentences, ctx, mention.start, mention.end);
      }
      range = trimRange(toks, cue.at + skip, limit);
      if (object) {
        // "Trump’s support for the tariff surprised farmers": the noun phrase ends before the sentence's verb.
        let end = objectEnd(toks, range[0], range[1]);
        for (let k = range[0] + 1; k < end; k++)
          if (/^\p{Ll}{3,}ed$/u.test(toks[k]?.text ?? '')) {
            end = k;
            break;
          }
        range = [range[0], end];
      }
    } else if (cue.agent !== undefined) {
      const by = cue.agent;
      let e = by + 1;
      while (
        e < toks.length &&
        e - by <= 12 &&
        isWord(toks[e]) &&
        !BOUNDARY.has(toks[e]?.lower ?? '') &&
        !OBJECT_STOP.has(toks[e]?.lower ?? '') &&
        !/^(?:to|about|for|as)$/.test(toks[e]?.lower ?? '')
      )
        e++;
      const first = toks[by + 1];
      const lastTok = toks[e - 1];
      if (e === by + 1 || !first || !lastTok) return;
      speaker = speakerAt(text, sentences, ctx, first.start, lastTok.end);
      const marker = toks[e]?.lower ?? '';
      // "It was announced by the ministry that …", "She was asked by a reporter whether …": the clause after the agent.
      if (cue.asked) {
        let end = e;
        while (end < limit && toks[end]?.text !== ',' && toks[end]?.text !== ':') end++;
        if (end === e) return;
        range = trimRange(toks, e, end);
      } else if (/^(?:that|whether|if|to|about)$/.test(marker))
        range = trimRange(toks, marker === 'that' ? e + 1 : e, limit);
      else if (subject && !/^(?:it|there|who|which|that)$/.test(toks[subject[0]]?.lower ?? ''))
        range = [subject[0], subject[1]];
      else return;
    } else if (cue.sourceless) {
      if (!subject) return;
      range = trimRange(toks, subject[0], limit);
    } else if (cue.asked) {
      let e = cue.after;
      while (e < limit && toks[e]?.text !== ',' && toks[e]?.text !== ':') e++;
      if (e === cue.after) return;
      range = trimRange(toks, cue.after, e);
    } else if (cue.inSource) {
      const first = toks[cue.at + 1];
      const lastTok = toks[cue.after - 1];
      if (first && lastTok) speaker = speakerAt(text, sentences, ctx, first.start, lastTok.end);
      range = trimRange(toks, cue.after + 1, limit);
    } else if (cue.lemma === 'according to') {
      let e = cue.after;
      while (e < toks.length && !/^[,:]$/.test(toks[e]?.text ?? '') && e - cue.after < 14) e++;
      const [a, b] = trimRange(toks, cue.after, e);
      if (b <= a) return;
      const first = toks[a];
      const lastTok = toks[b - 1];
      if (first && lastTok) speaker = speakerAt(text, sentences, ctx, first.start, lastTok.end);
      const lead = wordCount(toks, 0, cue.at);
      const rest = trimRange(toks, e + 1, limit);
      range = lead <= 1 && rest[1] > rest[0] ? rest : trimRange(toks, 0, cue.at);
      // "At the heart of the trouble, according to Ross, was a decision …": the content is on both sides.
      if (lead >= 2 && toks[cue.at - 1]?.text === ',' && wordCount(toks, rest[0], rest[1]) >= 3) {
        before = range;
        range = rest;
      }
    } else if (cue.participle) {
      // The speaker of the sentence's main attribution, not of one nested in its content.
      const inSentence = [...earlier, ...out].filter((q) => q.sentence === index && q.speaker);
      const previous = inSentence
        .filter(
          (q) =>
            !inSentence.some(
              (o) => o !== q && q.cue && o.content.start <= q.cue.start && q.cue.end <= o.content.end,
            ),
        )
        .pop();
      const mention = ctx.mentions.find(
        (m) => m.start >= sentence.start && m.end <= cueTok.start && ctx.entities[m.entity]?.type !== 'group',
      );
      speaker = previous?.speaker
        ? previous.speaker
        : mention
          ? speakerAt(text, sentences, ctx, mention.start, mention.end)
          : null;
      range = trimRange(toks, contentStart(toks, cue), limit);
    } else if (subject && (subject[0] === 0 || !inverted(toks, cue))) {
      const [sa, sb] = subject;
      const first = toks[sa];
      const lastTok = toks[sb - 1];
      if (!first || !lastTok) return;
      // "efforts Washington would support, such as …": a stance with no object after it.
      if (STANCE.has(cue.lemma) && PUNCT.test(toks[cue.after]?.text ?? '.')) return;
      // A "subject" that opens with a preposition ("of Russian forces … would support") is a piece of a phrase,
      // no speaker.
      speaker = /^(?:of|from)$/.test(first.lower)
        ? null
        : speakerAt(text, sentences, ctx, first.start, lastTok.end);
      const after = trimRange(toks, contentStart(toks, cue), limit);
      // "said in a statement." / "said on Monday." closes the sentence: the content came before.
      const onlySetting =
        PREPOSITION.has(toks[after[0]]?.lower ?? '') &&
        !(TO_VERBS.has(cue.lemma) && toks[after[0]]?.lower === 'to') &&
        !toks.slice(after[0], after[1]).some((t) => FINITE.has(t.lower)) &&
        after[1] === trimRange(toks, 0, toks.length)[1] &&
        wordCount(toks, after[0], after[1]) <= 6;
      // "…, a union official told POLITICO earlier this week.": only the addressee and the setting follow.
      const toldOnly =
        ADDRESSEE_VERBS.has(cue.lemma) &&
        toks[sa - 1]?.text === ',' &&
        after[1] === trimRange(toks, 0, toks.length)[1] &&
        !toks
          .slice(cue.after, after[1])
          .some((t) => FINITE.has(t.lower) || /^(?:that|to|whether|if)$/.test(t.lower)) &&
        wordCount(toks, cue.after, after[1]) <= 7;
      const yesNo = after[1] - after[0] === 1 && /^(?:so|yes|no)$/.test(toks[after[0]]?.lower ?? '');
      const oneObject =
        after[1] - after[0] === 1 &&
        (/^(?:\p{Lu}[\p{L}’'-]+|him|her|them|it|this|that)$/u.test(toks[after[0]]?.text ?? '') ||
          (OBJECT_VERBS.has(cue.lemma) &&
            /^\p{Ll}{3,}$/u.test(toks[after[0]]?.text ?? '') &&
            !ADVERBIAL.has(toks[after[0]]?.lower ?? '')));
      if ((wordCount(toks, after[0], after[1]) >= 2 || yesNo || oneObject) && !onlySetting && !toldOnly) {
        range = after;
        // A cue set off by commas inside its content ("If it is close, the campaign said, it may not …") has
        // content on both sides.
        const from = previousVerbCue(cues, n)?.after ?? 0;
        const lead = trimRange(toks, from, sa);
        if (
          toks[sa - 1]?.text === ',' &&
          toks[cue.after]?.text === ',' &&
          wordCount(toks, lead[0], lead[1]) >= 3 &&
          !toks.slice(lead[0], lead[1]).some((t) => /^[“”"]$/.test(t.text))
        )
          before = lead;
      } else if (NEEDS_THAT.has(cue.lemma)) return;
      else {
        // "…, the ministry said on Monday." — the clause before the source.
        const prevCue = previousVerbCue(cues, n);
        const from = prevCue ? prevCue.after : 0;
        range = trimRange(toks, from, sa);
        if (wordCount(toks, range[0], range[1]) < 3 || from > 0) return;
      }
    } else {
      // Inverted: "…, said the minister." / "“…,” says Smith."
      const prev = toks[cue.at - 1];
      if (!prev || !/^[,”"]$/.test(prev.text)) return;
      let e = cue.after;
      while (e < toks.length && !/^[,.;:!?–—]$/.test(toks[e]?.text ?? '') && e - cue.after < 10) e++;
      if (e === cue.after || /^(?:that|to)$/.test(toks[cue.after]?.lower ?? '')) return;
      const first = toks[cue.after];
      const lastTok = toks[e - 1];
      if (!first || !lastTok) return;
      speaker = speakerAt(text, sentences, ctx, first.start, lastTok.end);
      range = trimRange(toks, 0, cue.at);
      if (wordCount(toks, range[0], range[1]) < 3) return;
    }
    // "Since Moscow attacked Ukraine a year ago, Beijing has …": a cue in a clause opened by a subordinator
    // reports only up to the clause's comma.
    const opener = subject && toks[subject[0] - 1];
    if (
      opener &&
      range[0] >= cue.after &&
      SUBORDINATOR.has(opener.lower) &&
      toks.slice(0, subject[0] - 1).every((x) => !isWord(x) || /^(?:and|but)$/.test(x.lower))
    ) {
      const comma = toks.findIndex((x, k) => k >= range[0] && k < range[1] && x.text === ',');
      if (comma > range[0]) range = [range[0], comma];
    }
    const stance =
      STANCE.has(cue.lemma) &&
      range[0] >= cue.after &&
      !/^(?:that|to)$/.test(toks[range[0] - 1]?.lower ?? '');
    if (stance) range = [range[0], objectEnd(toks, range[0], range[1])];
    else if (range[0] >= cue.after) range = [range[0], clauseEnd(toks, range[0], range[1])];
    const [a, b] = range;
    const first = toks[a];
    const lastTok = toks[b - 1];
    const short = b - a === 1 && /^(?:so|yes|no)$/.test(first?.lower ?? '');
    // One word is content when it is an object: a name or a pronoun ("attacked Trump", "supported him").
    const object =
      b - a === 1 &&
      a >= cue.after &&
      (/^(?:\p{Lu}[\p{L}’'-]+|him|her|them|it|this|that)$/u.test(first?.text ?? '') ||
        (OBJECT_VERBS.has(cue.lemma) &&
          /^\p{Ll}{3,}$/u.test(first?.text ?? '') &&
          !ADVERBIAL.has(first?.lower ?? '')));
    if (!first || !lastTok || (wordCount(toks, a, b) < 2 && !short && !(stance && b > a) && !object)) return;
    const setting = quoteSetting(text, ctx, sentenceText, sentence.start);
    const cueSpan = { ...textSpan(text, cueTok.start, cueEnd.end), verb: baseForm(cue.lemma) };
    const b0 = before && toks[before[0]];
    const b1 = before && toks[before[1] - 1];
    if (b0 && b1)
      out.push({
        kind: 'indirect',
        content: textSpan(text, b0.start, b1.end),
        cue: cueSpan,
        speaker,
        ...setting,
        sentence: index,
      });
    out.push({
      kind: 'indirect',
      content: textSpan(text, first.start, lastTok.end),
      cue: cueSpan,
      speaker,
      ...setting,
      sentence: index,
    });
  });
  return out;
}
