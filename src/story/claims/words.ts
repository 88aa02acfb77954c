// Content words of a sentence reduced to comparable stems, so that "met", "meeting" and "meets" align, and
// "signed"/"signing" too. Irregular past forms are mapped to their base before Porter stemming.
import { stemmer } from 'stemmer';
import { lookup } from '../../lookup.js';

const IRREGULAR: Record<string, string> = {
  met: 'meet',
  held: 'hold',
  made: 'make',
  said: 'say',
  told: 'tell',
  took: 'take',
  gave: 'give',
  came: 'come',
  went: 'go',
  saw: 'see',
  left: 'leave',
  won: 'win',
  lost: 'lose',
  began: 'begin',
  begun: 'begin',
  fought: 'fight',
  brought: 'bring',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  paid: 'pay',
  sold: 'sell',
  bought: 'buy',
  kept: 'keep',
  led: 'lead',
  rose: 'rise',
  risen: 'rise',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  knew: 'know',
  struck: 'strike',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  flew: 'fly',
  flown: 'fly',
  ran: 'run',
  killed: 'kill',
  dead: 'kill',
  deaths: 'kill',
  death: 'kill',
  died: 'kill',
  talks: 'talk',
  signed: 'sign',
  arrived: 'arrive',
  arrival: 'arrive',
};

const STOP = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about as than then that this these those ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'it its it’s he she they them their his her him we us our you your i me my who whom whose which what when where why how ' +
    'not no so also very more most less least some any all each every both either neither such only own same other another ' +
    'there here up down out off again further once just even still yet too after before since while during between ' +
    'against through per via around among new according said says say year years day days time times one last next ago ' +
    'however moreover meanwhile instead rather already well'
  ).split(' '),
);

/** Lower-case word tokens (letters, digits, inner hyphens/apostrophes) with their offsets. */
export function wordTokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu))
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** The comparable stem of one word ("meeting" → "meet", "met" → "meet", "agreements" → "agreement"). */
export function stemWord(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const base = lookup(IRREGULAR, w) ?? w;
  return stemmer(base);
}

/** Stems of the content words of a text (no stop words, no bare numbers). */
export function contentStems(text: string): string[] {
  return wordTokens(text)
    .filter((t) => !isStopWord(t.word) && !/^\d/.test(t.word) && t.word.length > 1)
    .map((t) => stemWord(t.word));
}
