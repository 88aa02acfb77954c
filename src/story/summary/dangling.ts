// Whether a sentence leans on something said before it: an opening pronoun ("He said", "This"), a definite
// description ("The talks"), or a connective ("But", "However,"). Connectives are dropped; he/she/his/her are
// rewritten with the person the article just named when that is unambiguous; anything else is kept only when
// its antecedent precedes it in the summary (see admissible in select.ts).
import type { Analysis } from '../../model.js';
import { stem } from './words.js';

export type Reference =
  | { kind: 'none' }
  /** Needs the article's previous sentence right before it in the summary. */
  | { kind: 'pronoun'; word: string }
  /** Needs one of these stems earlier in the summary (or the headline). */
  | { kind: 'definite'; heads: string[] };

const CONNECTIVE =
  /^(?:but|and|yet|so|still|also|however|meanwhile|moreover|furthermore|nevertheless|nonetheless|instead|besides|in addition|in turn|as a result|at the same time|on the other hand|in fact|indeed|even so|by contrast|similarly|likewise|then|thus|therefore|otherwise|not surprisingly|of course|in short|in other words|above all|after all|without a doubt|undoubtedly|clearly|obviously),?\s+/i;

const PRONOUN =
  /^(he|she|they|it|this|these|that|those|his|her|their|its|such|there|here|him|them|both|neither|either|another|others|the latter|the former|the same)\b/i;

const DETERMINER_PHRASE = /^(?:the|that|this|these|those|such)\s+((?:[a-z][a-z'-]*\s*){1,4})/;

/** Removes an opening connective ("But", "However,") and re-capitalises. */
export function dropConnective(text: string): string {
  const m = CONNECTIVE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (!/^[a-z]/.test(rest) && !/^[A-Z]/.test(rest)) return text;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const NOT_HEADS = new Set([
  'same',
  'other',
  'new',
  'two',
  'three',
  'four',
  'five',
  'first',
  'last',
  'latest',
  'next',
]);

/** What the sentence's opening refers back to. */
export function openingReference(text: string): Reference {
  const p = PRONOUN.exec(text);
  if (p) {
    // "That" / "This" as a determiner with a noun is a definite description; "There is" is existential.
    const word = (p[1] ?? '').toLowerCase();
    if (word === 'there' && /^there\s+(is|are|was|were|have|has|had|will)\b/i.test(text))
      return { kind: 'none' };
    if (
      !/^(this|that|these|those|such)\s+[a-z]/i.test(text) ||
      /^(this|that)\s+(is|was|will|would|has|had|could|may)\b/i.test(text)
    )
      return { kind: 'pronoun', word };
  }
  const d = DETERMINER_PHRASE.exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (d) {
    // "The talks", "The two leaders": the first lower-case word after the determiner that is not a number or
    // a generic modifier; "The United Nations" is a name.
    const head = (d[1] ?? '').split(/\s+/).find((w) => w && !NOT_HEADS.has(w));
    if (head) return { kind: 'definite', heads: [stem(head)] };
  }
  return { kind: 'none' };
}

const PERSON_PRONOUN = /^(he|she|his|her)\b/i;

/** Whether the text opens with he / she / his / her. */
export function opensWithPersonPronoun(text: string): boolean {
  return PERSON_PRONOUN.test(text);
}

/** The person entities mentioned in [start, end) of the article. */
export function personsIn(
  analysis: Pick<Analysis, 'entities' | 'mentions'>,
  start: number,
  end: number,
): Set<number> {
  const persons = new Set<number>();
  for (const mention of analysis.mentions)
    if (mention.start >= start && mention.end <= end && analysis.entities[mention.entity]?.type === 'person')
      persons.add(mention.entity);
  return persons;
}

/**
 * Rewrites an opening he/she/his/her with the full name of the one person the article mentions in the two
 * sentences before it; null when there is no such person or more than one.
 */
export function resolvePersonPronoun(
  text: string,
  sentenceStart: number,
  previousStart: number,
  analysis: Pick<Analysis, 'entities' | 'mentions'>,
): string | null {
  const m = PERSON_PRONOUN.exec(text);
  if (!m) return null;
  const persons = personsIn(analysis, previousStart, sentenceStart);
  if (persons.size !== 1) return null;
  const [id] = [...persons];
  const name = analysis.entities[id ?? -1]?.name;
  if (!name) return null;
  const word = (m[1] ?? '').toLowerCase();
  const replacement = word === 'his' || word === 'her' ? `${name}'s` : name;
  return replacement + text.slice(m[0].length);
}
