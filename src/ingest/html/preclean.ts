// Prepares the page DOM before Readability scores it:
// - takes out page furniture that Readability keeps whenever its best candidate is a wide container: site
//   navigation, the page banner, and figures (photos with their captions and credits);
// - frees embedded posts (tweets, Instagram posts) from wrappers whose class names ("social-embed",
//   "media") make Readability drop them: the quoted posts are part of the story.
// Measured on the scrapinghub benchmark: article bodies there include embedded posts and never captions.
import type { HtmlDocument } from './dom.js';

type Element = ReturnType<HtmlDocument['createElement']>;

/** Navigation and site chrome, by element and by ARIA role. */
const NAVIGATION = 'nav, [role="navigation"], [role="menu"], [role="menubar"], body > header, [role="banner"]';

const EMBEDDED_POST =
  'blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed';

/** A figure with more words than this is not just a photo and its caption: it is kept (without the caption). */
export const MAX_FIGURE_WORDS = 60;

export function prepareForReadability(doc: HtmlDocument): void {
  removeFurniture(doc);
  freeEmbeddedPosts(doc);
}

export function removeFurniture(doc: HtmlDocument): void {
  for (const el of doc.querySelectorAll(NAVIGATION)) el.remove();
  for (const el of doc.querySelectorAll('figcaption')) el.remove();
  for (const el of doc.querySelectorAll('figure'))
    if (wordCount(el.textContent ?? '') <= MAX_FIGURE_WORDS) el.remove();
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
