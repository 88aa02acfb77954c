// HTML page → article text and metadata, with Mozilla Readability on linkedom.
import { Readability } from '@mozilla/readability';
import { countWords } from '../count-words.js';
import { normaliseLanguageTag } from '../language.js';
import { parseDocument } from './dom.js';
import { readHtmlMetadata, type PageMetadata } from './metadata.js';
import { htmlToText } from './to-text.js';

export interface HtmlExtraction {
  title: string | null;
  /** Body text; paragraphs separated by "\n\n". Not yet cleaned. */
  text: string;
  byline: string | null;
  metadata: PageMetadata;
  lang: string | null;
  excerpt: string | null;
}

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** Pages whose article text has fewer words than this have no article. */
export const MIN_EXTRACTED_WORDS = 25;

export function extractHtml(html: string, options: { url?: string | null } = {}): HtmlExtraction {
  const url = options.url ?? null;
  const where = url ?? 'the page';
  const doc = parseDocument(html);
  const metadata = readHtmlMetadata(doc, url);
  const lang = normaliseLanguageTag(doc.documentElement?.getAttribute('lang'));
  // Readability mutates the document; metadata was read first.
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 300,
      keepClasses: false,
    }).parse();
  } catch (e) {
    throw new ExtractionError(
      `no article content found in ${where}: Readability failed (${(e as Error).message})`,
    );
  }
  let text = '';
  if (parsed?.content) text = htmlToText(parseDocument(`<html><body>${parsed.content}</body></html>`).body);
  const words = countWords(text);
  if (words < MIN_EXTRACTED_WORDS)
    throw new ExtractionError(`no article content found in ${where} (${words} words of article text)`);
  const byline = parsed?.byline?.trim() || null;
  if (byline && !metadata.authors && byline.length < 100)
    metadata.authors = {
      value: [byline.replace(/^by\s+/i, '')],
      source: 'html',
      detail: 'byline (readability)',
    };
  if (!metadata.outlet && parsed?.siteName)
    metadata.outlet = { value: parsed.siteName, source: 'html', detail: 'site name (readability)' };
  return {
    title: parsed?.title?.trim() || null,
    text,
    byline,
    metadata,
    lang: lang ?? null,
    excerpt: parsed?.excerpt?.trim() || null,
  };
}
