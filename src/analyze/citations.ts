// Cited sources: outlets, agencies and officials an article gives as the source of its information
// ("according to the American newspaper ‘Politico’", "per Fox News", "cited by Reuters", "reported the Wall
// Street Journal", "told CNN", "state news agency RIA Novosti"), each resolved to one identity.
import type { CitedSource, CitedSourceKind } from '../model.js';

import { knownOutletAliases, outletKey, resolveOutlet } from './outlets.js';

const DESCRIPTOR =
  '(?:news\\s+agency|agency|newspaper|paper|daily|weekly|tabloid|broadcaster|channel|television|TV|radio|magazine|outlet|website|portal|network|news\\s+site|wire\\s+service)';
const WORD = String.raw`\p{Lu}(?:[\p{L}\d&’'-]|\.(?=\p{L}))*`;
const NAME = String.raw`[‘'"“«]?(?<name>${WORD}(?:[ \t]+(?:(?:of|de|del|der|la|le|the|and|&)[ \t]+)?${WORD}){0,5})[’'"”»]?`;
const CUE_BEFORE = String.raw`(?<cue>[Aa]ccording\s+to|[Pp]er|[Cc]ited\s+by|[Qq]uoted\s+by|[Rr]eported\s+by|[Rr]evealed\s+by|[Pp]ublished\s+by|[Cc]iting|told|interview\s+with|reported|revealed|wrote|said|noted|(?:said|noted|told|explained)\s+(?:to|with)|[Aa]\s+report\s+(?:by|in|from|of)|report\s+(?:by|in|from)|[Vv]ia|[Ss]ource:)`;

/** "according to the American newspaper ‘Politico’", "per the BBC", "citing Reuters", "told CNN" */
const BEFORE_PATTERN = new RegExp(
  String.raw`\b${CUE_BEFORE}\s+(?:the\s+|a\s+|an\s+)?(?<desc>(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+(?=(?:[\p{Ll}-]+\s+){0,2}${DESCRIPTOR})){0,3}?${DESCRIPTOR}\s+)?${NAME}`,
  'gu',
);
/** "Xinhua news agency reported", "the Wall Street Journal revealed", "a Wall Street Journal report" */
const AFTER_PATTERN = new RegExp(
  String.raw`${NAME}(?<desc2>\s+${DESCRIPTOR})?\s+(?<cue2>reported|revealed|reports|said|says|wrote|noted|announced|cited|quoted|published|has\s+reported|report(?:ed)?\s+that|report\b)`,
  'gu',
);
/** "according to officials", "a diplomatic source noted", "citing close sources" */
const ANONYMOUS = new RegExp(
  String.raw`\b(?:(?<cue>according\s+to|citing|said|told)\s+)?(?<who>(?:an?\s+|the\s+|two\s+|several\s+)?(?:(?:senior|close|diplomatic|government|military|official|informed|anonymous|western|people\s+familiar)\s+){0,2}(?:sources?|officials?|diplomats?|people\s+familiar\s+with\s+[\w\s]{0,30}?))(?<cue2>\s+(?:said|told|noted|say|says|added|confirmed|revealed))?\b`,
  'giu',
);

const KNOWN_ALIASES = new Set(knownOutletAliases().map((a) => outletKey(a)));

export function findCitedSources(text: string): CitedSource[] {
  const found: CitedSource[] = [];
  const add = (s: CitedSource): void => {
    if (!found.some((f) => f.start < s.end && s.start < f.end)) found.push(s);
  };
  for (const m of text.matchAll(BEFORE_PATTERN)) {
    const g = m.groups ?? {};
    const name = trimName(g['name'] ?? '');
    if (!name) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(name);
    const cue = (g['cue'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const described = !!g['desc'];
    const known = KNOWN_ALIASES.has(outletKey(name));
    // Verb cues ("said", "told", "reported") only count before a known outlet or one the text describes as such;
    // "according to"/"citing"/"per" also introduce people and officials.
    if (
      !known &&
      !described &&
      !/^(according to|citing|cited by|quoted by|reported by|revealed by|published by)$/.test(cue)
    )
      continue;
    if (!known && !described && /^(per)$/.test(cue)) continue;
    if (known || described) {
      add(source(text, start, name, kindOf(name, g['desc'] ?? ''), cue));
      continue;
    }
    // A person or body: the noun phrase up to the next punctuation ("Ministry spokesman Wang Wenbin").
    const phrase =
      /^[^,.;:()!?"“”]{1,80}/u.exec(text.slice(start))?.[0].trim().split(/\s+/).slice(0, 8).join(' ') ?? name;
    // "according to Xi's remarks to Putin": the source is the person whose words they are.
    const possessor = /^(.*?)['’]s\s/u.exec(phrase)?.[1];
    add(source(text, start, possessor ?? phrase, 'official', cue));
  }
  for (const m of text.matchAll(AFTER_PATTERN)) {
    const g = m.groups ?? {};
    const name = trimName(g['name'] ?? '');
    if (!name) continue;
    const known = KNOWN_ALIASES.has(outletKey(name));
    if (!known && !g['desc2']) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    add(source(text, start, name, kindOf(name, g['desc2'] ?? ''), (g['cue2'] ?? '').toLowerCase()));
  }
  for (const m of text.matchAll(ANONYMOUS)) {
    const g = m.groups ?? {};
    if (!g['cue'] && !g['cue2']) continue;
    const who = (g['who'] ?? '').trim();
    if (!/source|official|diplomat|people/i.test(who)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(who);
    const key = `anonymous:${who
      .toLowerCase()
      .replace(/^(an?|the|two|several)\s+/, '')
      .replace(/s$/, '')}`;
    const s: CitedSource = {
      start,
      end: start + who.length,
      text: who,
      name: who,
      key,
      kind: 'anonymous',
      cue: (g['cue'] ?? g['cue2'] ?? '').trim().toLowerCase(),
    };
    add(s);
  }
  return found.sort((a, b) => a.start - b.start);
}

function source(text: string, start: number, name: string, kind: CitedSourceKind, cue: string): CitedSource {
  const identity = resolveOutlet(name, kind === 'agency' ? 'agency' : 'outlet');
  const isOutlet = kind === 'outlet' || kind === 'agency';
  return {
    start,
    end: start + name.length,
    text: text.slice(start, start + name.length),
    name: isOutlet ? identity.name : name,
    key: isOutlet ? identity.key : `person:${outletKey(name)}`,
    kind: isOutlet && identity.kind === 'agency' ? 'agency' : kind,
    cue,
  };
}

function kindOf(name: string, descriptor: string): CitedSourceKind {
  if (/agency|wire/i.test(descriptor)) return 'agency';
  return resolveOutlet(name).kind === 'agency' ? 'agency' : 'outlet';
}

/** Drops trailing words that are not part of a name ("Reuters On", "Politico The") and possessive 's. */
function trimName(name: string): string {
  return name
    .replace(/[’'"”».,;:]+$/, '')
    .replace(/['’]s$/, '')
    .replace(/\s+(?:of|de|the|and|&)$/i, '')
    .trim();
}
