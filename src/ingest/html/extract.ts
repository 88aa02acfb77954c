// HTML page → article text and metadata: Mozilla Readability on linkedom, with the page's furniture taken out
// before it scores the page, link blocks pruned from its output, and the page's own JSON-LD articleBody as a
// second candidate.
import { Readability } from '@mozilla/readability';
import { countWords } from '../count-words.js';
import { detectLanguage } from '../language.js';
import { parseDocument, type HtmlDocument } from './dom.js';
import { articleBody, readJsonLd } from './json-ld.js';
import { readHtmlMetadata, splitNames, type PageMetadata } from './metadata.js';
import { prepareForReadability } from './preclean.js';
import { pruneArticle } from './prune.js';
import { htmlToText } from './to-text.js';

export interface HtmlExtraction {
  /** The page's title: the metadata title (see its provenance), else Readability's. */
  title: string | null;
  /** Body text; paragraphs separated by "\n\n", lines within a paragraph by "\n". Not yet cleaned. */
  text: string;
  byline: string | null;
  /** The metadata fields the page has, each with where it came from. */
  metadata: PageMetadata;
  /** ISO 639-1: the page's declared language, else detected from the text. */
  lang: string | null;
  excerpt: string | null;
}

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** A body with fewer words than this, and fewer characters than MIN_BODY_CHARS, is no article. */
export const MIN_BODY_WORDS = 30;
export const MIN_BODY_CHARS = 200;
/** JSON-LD articleBody replaces Readability's text when it has this many times more words. */
export const ARTICLE_BODY_PREFERRED_RATIO = 2;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
type Parsed = NonNullable<ReturnType<Readability['parse']>>;

export function extractHtml(html: string, options: { url?: string | null } = {}): HtmlExtraction {
  const url = options.url ?? null;
  const where = url ?? 'the page';
  const doc = parseDocument(html);
  // Metadata and the JSON-LD body first: Readability changes the document.
  const metadata = readHtmlMetadata(doc, url);
  const ldBody = jsonLdText(doc);
  prepareForReadability(doc);
  let parsed: Parsed | null = null;
  let failure: string | null = null;
  try {
    parsed = runReadability(doc);
  } catch (e) {
    failure = `Readability failed (${(e as Error).message})`;
  }
  let text = parsed?.content ? readableText(parsed.content) : '';
  // A second try on the untouched page, in case the clean-up took the article with the furniture.
  if (!isPlausibleBody(text)) {
    try {
      const again = runReadability(parseDocument(html));
      const retry = again?.content ? readableText(again.content) : '';
      if (countWords(retry) > countWords(text)) [parsed, text] = [again, retry];
    } catch {
      // Keep the first outcome and its reason.
    }
  }
  if (ldBody && countWords(ldBody) >= ARTICLE_BODY_PREFERRED_RATIO * Math.max(1, countWords(text)))
    text = ldBody;
  if (!isPlausibleBody(text))
    throw new ExtractionError(
      `no article content found in ${where}: ${
        failure ?? (text ? `only ${countWords(text)} words of article text` : 'Readability found no article')
      }`,
    );

  const byline = oneLine(parsed?.byline) || null;
  if (byline && !metadata.authors && byline.length < 100)
    metadata.authors = { value: splitNames([byline]), source: 'html', detail: 'byline (readability)' };
  if (!metadata.outlet && parsed?.siteName)
    metadata.outlet = { value: parsed.siteName, source: 'html', detail: 'site name (readability)' };
  if (!metadata.language) {
    const detected = detectLanguage(text);
    if (detected)
      metadata.language = {
        value: detected.code,
        source: 'text',
        detail: 'eld',
        confidence: detected.reliable ? 0.9 : 0.5,
      };
  }
  return {
    title: metadata.title?.value ?? (oneLine(parsed?.title) || null),
    text,
    byline,
    metadata,
    lang: metadata.language?.value ?? null,
    excerpt: oneLine(parsed?.excerpt) || null,
  };
}

function runReadability(doc: HtmlDocument): Parsed | null {
  return new Readability(doc as unknown as ReadabilityDocument, {
    charThreshold: 300,
    keepClasses: false,
  }).parse();
}

/** Readability's article HTML → text, with link blocks and date lines pruned. */
function readableText(content: string): string {
  const body = parseDocument(`<html><body>${content}</body></html>`).body;
  pruneArticle(body);
  return htmlToText(body);
}

/** The page's JSON-LD articleBody as text (some sites put HTML in it). */
function jsonLdText(doc: HtmlDocument): string | null {
  const body = articleBody(readJsonLd(doc));
  if (!body) return null;
  if (/<(?:p|br|div)\b/i.test(body))
    return htmlToText(parseDocument(`<html><body>${body}</body></html>`).body);
  return body
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export function isPlausibleBody(text: string): boolean {
  return countWords(text) >= MIN_BODY_WORDS || text.replace(/\s+/g, ' ').trim().length >= MIN_BODY_CHARS;
}

function oneLine(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}
