// Prunes Readability's article HTML of
// - link blocks: "related stories" lists and paragraphs that are only a link to another page ("CLICK HERE TO
//   GET THE APP", "SEAN SPICER ELIMINATED FROM ..."). Readability keeps lists whatever their link density,
//   and a one-link paragraph is too small for its conditional cleaning;
// - date lines: a block that is a <time> element and a label or two ("Published 1 day ago", "Updated at").
import type { HtmlDocument } from './dom.js';

type Element = ReturnType<HtmlDocument['createElement']>;

/** Share of a block's text inside links above which a list is a list of links. */
export const LINK_LIST_DENSITY = 0.5;
/** Lists shorter than this are kept whatever their links ("Get it on Amazon for $39"). */
export const LINK_LIST_MIN_ITEMS = 3;
/** Share of a paragraph's text inside links above which it is only a link. */
export const LINK_PARAGRAPH_DENSITY = 0.9;

export function pruneArticle(root: Element): void {
  pruneLinkBlocks(root);
  pruneDateLines(root);
}

export function pruneLinkBlocks(root: Element): void {
  for (const list of root.querySelectorAll('ul, ol') as Iterable<Element>)
    if (list.querySelectorAll('li').length >= LINK_LIST_MIN_ITEMS && linkDensity(list) > LINK_LIST_DENSITY)
      list.remove();
  for (const p of root.querySelectorAll('p') as Iterable<Element>) {
    const text = innerText(p);
    // A paragraph that is a sentence, a lead-in ("Read the report:") or a bare URL stays.
    if (!text || /[.!?:]["”’)]?$/.test(text) || /^\S+$/.test(text)) continue;
    if (linkDensity(p) > LINK_PARAGRAPH_DENSITY) p.remove();
  }
}

const BLOCK = /^(?:P|DIV|LI|SECTION|HEADER|H[1-6])$/;
/** Words besides the date that a date line may have ("Published", "Updated at", "Last modified on"). */
export const DATE_LINE_LABEL_WORDS = 4;

export function pruneDateLines(root: Element): void {
  for (const time of root.querySelectorAll('time') as Iterable<Element>) {
    let block = time.parentElement;
    while (block && block !== root && !BLOCK.test(block.tagName)) block = block.parentElement;
    if (!block || block === root || !block.isConnected) continue;
    let rest = block.textContent ?? '';
    for (const t of block.querySelectorAll('time') as Iterable<Element>)
      rest = rest.replace(t.textContent ?? '', ' ');
    if (wordCount(rest) <= DATE_LINE_LABEL_WORDS && wordCount(block.textContent ?? '') <= 20) block.remove();
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Share of an element's text (whitespace collapsed) that is inside <a> elements. */
export function linkDensity(el: Element): number {
  const total = innerText(el).length;
  if (total === 0) return 0;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a') as Iterable<Element>) inLinks += innerText(a).length;
  return Math.min(1, inLinks / total);
}

function innerText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
