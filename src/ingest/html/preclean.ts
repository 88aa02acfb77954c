// Prepares the page DOM before Readability scores it:
// - takes out page furniture that Readability keeps whenever its best candidate is a wide container: site
//   navigation, the page banner, and figures (photos with their captions and credits);
// - takes out small blocks whose class or id says what they are: newsletter and subscription prompts, author
//   bios, bylines and datelines (Readability's own class rules do not name these);
// - frees embedded posts (tweets, Instagram posts) from wrappers whose class names ("social-embed",
//   "media") make Readability drop them: the quoted posts are part of the story.
// Measured on the scrapinghub benchmark: article bodies there include embedded posts and never captions.
import type { HtmlDocument } from './dom.js';

type Element = ReturnType<HtmlDocument['createElement']>;

/** Navigation and site chrome, by element and by ARIA role. */
const NAVIGATION =
  'nav, [role="navigation"], [role="menu"], [role="menubar"], body > header, [role="banner"]';

const EMBEDDED_POST =
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed';

/**
 * Class / id names of furniture blocks, with the most words such a block can have (a guard against wrappers).
 * Paragraphs are never taken for a prompt by class alone ("subscriber-only" paragraphs of a paywalled article).
 */
const FURNITURE_CLASSES: { name: RegExp; maxWords: number; paragraphs: boolean }[] = [
  {
    name: /newsletter|subscribe(?!r)|subscription-?(?:box|form|prompt|promo|cta)|sign-?up|promo(?!ted)/i,
    maxWords: 80,
    paragraphs: false,
  },
  {
    name: /author-?(?:bio|info|box|description|details|card|profile)|about-?the-?author|bio-?box/i,
    maxWords: 150,
    paragraphs: true,
  },
  {
    name: /byline|dateline|article-?(?:meta|info)\b|post-?meta|entry-?meta/i,
    maxWords: 40,
    paragraphs: true,
  },
];

/** A figure with more words than this is not just a photo and its caption: it is kept (without the caption). */
export const MAX_FIGURE_WORDS = 60;

export function prepareForReadability(doc: HtmlDocument): void {
  removeFurniture(doc);
  removeFurnitureByClass(doc);
  freeEmbeddedPosts(doc);
}

export function removeFurniture(doc: HtmlDocument): void {
  for (const el of doc.querySelectorAll(NAVIGATION)) el.remove();
  for (const el of doc.querySelectorAll('figcaption')) el.remove();
  for (const el of doc.querySelectorAll('figure'))
    if (wordCount(el.textContent ?? '') <= MAX_FIGURE_WORDS) el.remove();
}

export function removeFurnitureByClass(doc: HtmlDocument): void {
  for (const el of doc.querySelectorAll('[class], [id]') as Iterable<Element>) {
    if (/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName) || !el.isConnected) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/_/g, '-');
    const rule = FURNITURE_CLASSES.find((r) => r.name.test(name) && (r.paragraphs || el.tagName !== 'P'));
    if (rule && wordCount(el.textContent ?? '') <= rule.maxWords) el.remove();
  }
}

/** Replaces the wrappers that hold nothing but an embedded post (and its script) by the post itself. */
export function freeEmbeddedPosts(doc: HtmlDocument): void {
  for (const post of doc.querySelectorAll(EMBEDDED_POST) as Iterable<Element>) {
    let top: Element = post;
    for (let parent = top.parentElement; parent && isWrapperOf(parent, top); parent = top.parentElement)
      top = parent;
    post.setAttribute('class', 'embedded-post');
    if (top !== post) top.replaceWith(post);
  }
}

function isWrapperOf(parent: Element, child: Element): boolean {
  if (parent.tagName === 'BODY' || parent.tagName === 'HTML' || parent.tagName === 'ARTICLE') return false;
  return Array.from(parent.children as ArrayLike<Element>).every(
    (c) => c === child || c.tagName === 'SCRIPT' || c.tagName === 'NOSCRIPT' || c.tagName === 'STYLE',
  );
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
