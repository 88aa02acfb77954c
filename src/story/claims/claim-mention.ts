// One article's statement of a comparable fact, before alignment: its value, the words that say what the value
// is about, the entities around it and the independent source behind it.
import type { StoryDoc } from '../../model.js';
import type { SentenceContext } from './mention-context.js';
import type { ClaimValue } from './values.js';

export interface RawClaimMention {
  doc: StoryDoc;
  context: SentenceContext;
  /** What kind of statement: a quantity, a length of stay from a date range, "first … since". */
  family: 'quantity' | 'stay' | 'first-since';
  value: ClaimValue;
  /** The words the value is about, stemmed ("meet", "occas"); "STAY" for the length of a visit. */
  stems: string[];
  /** The word just before the number that says what it is ("killed" in "killed three", "scored" in "scored 100"). */
  head: string | null;
  /** What is counted, stemmed, when the text says ("agreement" for "14 agreements"). */
  counted: string | null;
  /** Short words for the ledger: "occasions", "length of stay", "first meeting since". */
  label: string;
  /** Whether the quantity changes as news comes in (death tolls, arrests): newer figures update older ones. */
  changing: boolean;
  /** The span the value was read from. */
  at: { start: number; end: number };
}
