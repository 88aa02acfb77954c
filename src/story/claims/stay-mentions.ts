// The length of a stay stated as a day range: "Xi will be in Russia between March 20 and 22 for an official
// visit" says the visit lasts three days, comparable with "to spend two days in the country".
import type { StoryDoc } from '../../model.js';
import type { RawClaimMention } from './claim-mention.js';
import { dayRanges } from './explicit-dates.js';
import { nearbyStems, sentenceContext, type StoryRoles } from './mention-context.js';
import { STAY_WORDS } from './quantity-mentions.js';

const BE_IN = /\b(?:will be|is|was|are|were|be)\s+in\s+\p{Lu}/u;

export function stayMentions(doc: StoryDoc, roles: StoryRoles): RawClaimMention[] {
  const out: RawClaimMention[] = [];
  doc.analysis.sentences.forEach((s, index) => {
    const text = doc.article.text.slice(s.start, s.end);
    if (!STAY_WORDS.test(text) && !BE_IN.test(text)) return;
    for (const r of dayRanges(text)) {
      const context = sentenceContext(doc, index, roles);
      const at = { start: s.start + r.start, end: s.start + r.end };
      out.push({
        doc,
        context,
        family: 'stay',
        value: {
          kind: 'duration',
          unit: 's',
          amount: r.days * 86400,
          date: null,
          precision: 'exact',
          scope: null,
          normalized: `P${r.days}D`,
        },
        stems: [...nearbyStems(context, at, 6), 'STAY'],
        head: null,
        counted: null,
        label: 'length of stay',
        changing: false,
        at,
      });
    }
  });
  return out;
}
