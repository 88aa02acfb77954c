// Roles people are named with ("Chinese President Xi Jinping", "Kremlin spokesman Dmitri Peskov") and role
// phrases that later stand for them ("the Chinese president", "the Kremlin spokesman", "the Russian leader").

/** Role words, longest first so "deputy prime minister" wins over "minister". */
export const ROLE_WORDS = [
  'deputy prime minister',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'interior minister',
  'secretary of state',
  'secretary-general',
  'secretary general',
  'vice president',
  'vice-president',
  'national security adviser',
  'chief executive',
  'head of state',
  'president',
  'premier',
  'chancellor',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'senator',
  'governor',
  'mayor',
  'ambassador',
  'envoy',
  'general',
  'commander',
  'king',
  'queen',
  'emperor',
  'pope',
  'leader',
  'chairman',
  'chairwoman',
  'director',
  'ceo',
  'foreign ministry spokesman',
  'foreign ministry spokeswoman',
  'deputy foreign minister',
];

/** Roles that "the X leader" can stand for. */
const LEADER_ROLES = new Set([
  'president',
  'prime minister',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emperor',
  'leader',
  'head of state',
]);

export interface Role {
  /** Normalised role word(s): "president", "spokesman". */
  role: string;
  /** Lower-case qualifiers written before the role: "chinese", "kremlin", "foreign ministry", "us". */
  qualifiers: string[];
}

const ROLE_ALT = ROLE_WORDS.map((r) => r.replace(/ /g, '\\s+')).join('|');

/** Title-cased or lower-case role with up to three qualifier words right before a name: returns the role. */
export function roleBefore(text: string, nameStart: number): Role | null {
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const m = new RegExp(`((?:[\\p{L}'’.-]+\\s+){0,3}?)(${ROLE_ALT})\\s+$`, 'iu').exec(before);
  if (!m) return null;
  const role = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  // Before a name, only capitalised words qualify the role ("Chinese", "Kremlin", "Foreign Ministry"), not verbs.
  const qualifiers = qualifierWords(capitalisedTail(m[1] ?? ''));
  return { role, qualifiers };
}

/** "Xi Jinping, the Chinese president," — an appositive role right after a name. */
export function roleAfter(text: string, nameEnd: number): Role | null {
  const after = text.slice(nameEnd, nameEnd + 80);
  const m = new RegExp(
    `^,\\s+(?:the\\s+|a\\s+)?((?:[\\p{L}'’.-]+\\s+){0,3}?)(${ROLE_ALT})\\b(?:\\s+of\\s+([\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+)*))?`,
    'u',
  ).exec(after);
  if (!m) return null;
  const qualifiers = qualifierWords(m[1] ?? '');
  if (m[3]) qualifiers.push(m[3].toLowerCase());
  return { role: (m[2] ?? '').toLowerCase().replace(/\s+/g, ' '), qualifiers };
}

function qualifierWords(s: string): string[] {
  const words = s
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // Qualifiers stop at function words ("met the Chinese president" → only "chinese").
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/^(?:the|a|an|and|of|by|with|to|for|his|her|their|its|said|met|told|former|then)$/.test(w)) break;
    out.unshift(w);
  }
  return out.length > 1 && out.join(' ').match(/ministry|council|office|house|department/)
    ? [out.join(' '), ...out]
    : out;
}

/** A definite role phrase standing for a person: "the Chinese president", "the Kremlin spokesman". */
export const ROLE_PHRASE = new RegExp(
  `\\b[Tt]he\\s+((?:[\\p{L}'’.-]+\\s+){0,2}?)(${ROLE_ALT})\\b(?!\\s+(?:of\\s+)?\\p{Lu})`,
  'gu',
);

/** Whether a role phrase ("the Russian leader") fits a person's known role. */
export function roleMatches(phrase: Role, known: Role): boolean {
  const sameRole = phrase.role === known.role || (phrase.role === 'leader' && LEADER_ROLES.has(known.role));
  if (!sameRole) return false;
  return phrase.qualifiers.every((q) =>
    known.qualifiers.some((k) => k === q || k.startsWith(q) || q.startsWith(k)),
  );
}

export function qualifiersOf(s: string): string[] {
  return qualifierWords(s);
}

/** The run of capitalised words at the end of a phrase ("allow Chinese" → "Chinese"). */
function capitalisedTail(phrase: string): string {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && /^\p{Lu}/u.test(words[i]!); i--) out.unshift(words[i]!);
  return out.join(' ');
}
