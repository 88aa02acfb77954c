// Whom a statement was made to ("told Xi", "told reporters") and where ("in an article", "on Twitter", "in a
// statement", "at a news conference"), read from the sentence that holds it.
import type { Quote } from '../../model.js';
import { textSpan, type QuoteContext } from './speaker.js';

const MEDIUM: [RegExp, string][] = [
  [
    /\b(?:in|on)\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,3}?(article|op-ed|column|letter|essay|blog post)\b/i,
    'article',
  ],
  [
    /\bin\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,2}?(statement|communiqué|press release)\b/i,
    'statement',
  ],
  [/\bin\s+(?:a|an|his|her|their|its|the)?\s*(?:\w+\s+){0,2}?interview\b/i, 'interview'],
  [/\bat\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:press conference|news conference|briefing)\b/i, 'press conference'],
  [/\b(?:on|via)\s+(Twitter|X|Telegram|Facebook|Instagram|television|TV|radio|Weibo|Truth Social)\b/, '$1'],
  [/\b(?:tweeted|in a tweet)\b/i, 'Twitter'],
  [/\bin\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,2}?(?:speech|address)\b/i, 'speech'],
  [/\bat\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?(?:rally|town hall|campaign event)\b/i, 'rally'],
];

const OUTLET = /^(?:CNN|BBC|Reuters|AP|AFP|NBC|CBS|ABC|Fox|MSNBC|NPR|Politico|Breitbart|the [A-Z])/;

export function quoteSetting(
  text: string,
  ctx: QuoteContext,
  sentenceText: string,
  sentenceStart: number,
): Pick<Quote, 'addressee' | 'medium'> {
  const told =
    /\b(?:told|tells|telling)\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|reporters|journalists|supporters|an audience|voters|the\s+(?:[\p{L}-]+\s+){0,2}?(?:newspaper|paper|station|network|magazine|channel|committee|crowd|audience|court|jury|panel|hearing|senate|house))\b/u.exec(
      sentenceText,
    );
  let addressee: Quote['addressee'] = null;
  const whom = told?.[1];
  if (told && whom) {
    const s = sentenceStart + told.index + told[0].length - whom.length;
    const mention = ctx.mentions.find((m) => m.start < s + whom.length && s < m.end);
    addressee = { ...textSpan(text, s, s + whom.length), entity: mention ? mention.entity : null };
  }
  let medium: string | null = null;
  for (const [re, name] of MEDIUM) {
    const m = re.exec(sentenceText);
    if (m) {
      medium = name.startsWith('$') ? (m[1] ?? null) : name;
      break;
    }
  }
  if (!medium && whom && OUTLET.test(whom)) medium = 'interview';
  return { addressee, medium };
}
