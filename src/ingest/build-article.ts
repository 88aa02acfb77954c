// A source document → a clean Article: extract (HTML), clean (every article), merge metadata from every layer
// with its provenance, detect the language, and give it its stable id.
import type { Article, ArticleMetadata, Sourced } from '../model.js';
import { articleId } from './article-id.js';
import { countWords } from './count-words.js';
import { cleanText } from './clean/clean.js';
import { InputError } from './errors.js';
import { extractHtml } from './html/extract.js';
import { detectLanguage, normaliseLanguageTag } from './language.js';
import type { MetadataHints, SourceDocument } from './source-document.js';

/** Articles shorter than this (in words, after cleaning) are reported instead of stored. */
export const MIN_ARTICLE_WORDS = 15;

type MetadataField = keyof Omit<ArticleMetadata, 'credits'>;
const FIELDS: MetadataField[] = [
  'title',
  'authors',
  'outlet',
  'canonicalUrl',
  'publishedAt',
  'modifiedAt',
  'language',
  'description',
  'section',
];

export function buildArticle(doc: SourceDocument, now: Date = new Date()): Article {
  const layers: MetadataHints[] = [];
  let bodyText: string;
  let pageUrl: string | null = null;
  let detectTitle = false;
  // Hints from a record are the user's own word and win; page metadata beats feed, HTTP and file-name hints.
  const [first, ...rest] = doc.hints;
  const recordFirst = first && Object.values(first).some((v) => (v as Sourced<unknown>).source === 'record');
  if (recordFirst && first) layers.push(first);
  if (doc.body.format === 'html') {
    const extraction = extractHtml(doc.body.html, { url: doc.body.url });
    layers.push(extraction.metadata);
    if (extraction.title)
      layers.push({ title: { value: extraction.title, source: 'html', detail: 'readability' } });
    bodyText = extraction.text;
    pageUrl = doc.body.url;
  } else {
    bodyText = doc.body.text;
    if (doc.body.title)
      layers.push({ title: { value: doc.body.title, source: 'text', detail: 'first heading' } });
    else detectTitle = !layers.some((l) => l.title?.value) && !doc.hints.some((h) => h.title?.value);
  }
  layers.push(...(recordFirst ? rest : doc.hints));

  const declaredLanguage = normaliseLanguageTag(
    layers.map((l) => l.language?.value).find(Boolean) ??
      doc.hints.map((h) => h.language?.value).find(Boolean),
  );
  const knownTitle = layers.map((l) => l.title?.value).find((t): t is string => !!t) ?? null;
  const cleaned = cleanText(bodyText, { detectTitle, language: declaredLanguage, knownTitle });
  if (cleaned.title) layers.push({ title: { value: cleaned.title, source: 'text', detail: 'title line' } });
  if (cleaned.dek)
    layers.push({ description: { value: cleaned.dek, source: 'text', detail: 'line under the title' } });
  const wordCount = countWords(cleaned.text);
  if (wordCount === 0) throw new InputError('clean', 'no article text left after removing boilerplate');
  if (wordCount < MIN_ARTICLE_WORDS)
    throw new InputError('extract', `too short to be an article (${wordCount} words after cleaning)`);

  const metadata = mergeMetadata(layers);
  metadata.credits = cleaned.credits;
  if (!metadata.canonicalUrl.value && pageUrl)
    metadata.canonicalUrl = { value: pageUrl, source: 'url', detail: 'fetched URL' };
  if (!metadata.outlet.value && metadata.canonicalUrl.value) {
    const host = hostOf(metadata.canonicalUrl.value);
    if (host) metadata.outlet = { value: host, source: 'url', detail: 'domain' };
  }
  const declared = normaliseLanguageTag(metadata.language.value);
  if (declared) metadata.language = { ...metadata.language, value: declared };
  else {
    // Cleaning already read the input's language; a reliable reading stands, else the clean text is read again.
    const detected = cleaned.detected?.reliable ? cleaned.detected : detectLanguage(cleaned.text);
    // An unreliable reading (tables of figures read as Dutch or Tagalog) is no language at all.
    metadata.language = detected?.reliable
      ? { value: detected.code, source: 'text', detail: 'eld', confidence: 0.9 }
      : { value: null, source: 'unknown', ...(detected ? { detail: `eld unsure (${detected.code})` } : {}) };
  }
  if (!metadata.title.value?.trim()) {
    const lead = leadTitle(cleaned.text);
    if (lead) metadata.title = { value: lead, source: 'inferred', detail: 'first sentence', confidence: 0.5 };
  }
  const title = metadata.title.value?.trim() || null;
  return {
    id: articleId(metadata.canonicalUrl.value, cleaned.text),
    origin: doc.origin,
    kind: doc.kind,
    title,
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    metadata,
    wordCount,
    cleaning: { removed: cleaned.removed, repairs: cleaned.repairs },
    rawId: doc.raw.id,
    ingestedAt: now.toISOString(),
  };
}

/** First layer with a non-empty value wins, per field; fields no layer has are marked unknown. */
export function mergeMetadata(layers: MetadataHints[]): ArticleMetadata {
  const out = { credits: [] } as unknown as ArticleMetadata;
  for (const field of FIELDS) {
    const found = layers.map((l) => l[field]).find((v) => v && !isEmpty(v.value));
    (out as unknown as Record<string, Sourced<unknown>>)[field] = found ?? {
      value: field === 'authors' ? [] : null,
      source: 'unknown',
    };
  }
  return out;
}

/** A stand-in title from the first sentence (at most 14 words) when the input has none. */
export function leadTitle(text: string): string | null {
  const first = /^[^\n]*?[.!?](?=\s|$)|^[^\n]+/.exec(text)?.[0]?.trim();
  if (!first) return null;
  const words = first.replace(/[.!?]$/, '').split(/\s+/);
  return words.length <= 14 ? words.join(' ') : `${words.slice(0, 12).join(' ')}…`;
}

function isEmpty(v: unknown): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
