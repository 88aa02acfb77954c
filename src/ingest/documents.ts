// Input refs → source documents: read or fetch the bytes, decode them, and split containers (JSON arrays,
// JSON Lines, feeds, OPML lists) into one document per article. Failures are yielded, never thrown, so one
// bad input or entry never stops the rest.
import { basename } from 'node:path';
import type { InputKind, RawInput } from '../model.js';
import { sha256 } from './article-id.js';
import { dateInName, parseMetadataDate } from './dates.js';
import { describeFailure, InputError, type IngestStage } from './errors.js';
import { feedHints, parseFeed } from './feed.js';
import { decodeBytes, looksBinary } from './http/decode.js';
import type { Fetcher, FetchResult } from './http/fetcher.js';
import { kindFromPath, sniffKind } from './input-kind.js';
import type { InputRef } from './input-refs.js';
import { normaliseLanguageTag } from './language.js';
import { markdownToText } from './markdown.js';
import { parseOpml } from './opml.js';
import { DEFAULT_MAX_INPUT_BYTES, gunzip, isGzip, readInputFile } from './read-file.js';
import { parseJsonLines, parseJsonRecords, recordHints, type ArticleRecord } from './records.js';
import type { MetadataHints, SourceDocument } from './source-document.js';

/** Validators kept per feed URL for conditional GET (the store implements it; `extract` runs without). */
export interface FeedStateStore {
  getFeedState(url: string): Promise<{ etag: string | null; lastModified: string | null } | null>;
  putFeedState(state: {
    url: string;
    etag: string | null;
    lastModified: string | null;
    checkedAt: string;
  }): Promise<void>;
}

export interface DocumentContext {
  fetcher: Fetcher;
  maxBytes?: number;
  now?: () => Date;
  feedState?: FeedStateStore;
  readStdin?: () => Promise<Buffer>;
}

export type DocumentEvent =
  | { type: 'document'; doc: SourceDocument }
  | { type: 'failure'; origin: string; stage: IngestStage; reason: string; raw: RawInput | null }
  | { type: 'unchanged'; origin: string; reason: string };

export async function* documentsFromRef(ref: InputRef, ctx: DocumentContext): AsyncGenerator<DocumentEvent> {
  switch (ref.type) {
    case 'missing':
      yield { type: 'failure', origin: ref.input, stage: 'read', reason: ref.reason, raw: null };
      return;
    case 'file':
      yield* fromFile(ref.path, ctx);
      return;
    case 'stdin':
      yield* fromStdin(ctx);
      return;
    case 'url':
      yield* fromUrl(ref.url, ctx, null);
      return;
  }
}

async function* fromFile(path: string, ctx: DocumentContext): AsyncGenerator<DocumentEvent> {
  let bytes: Buffer;
  try {
    bytes = await readInputFile(path, ctx.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  } catch (e) {
    yield failure(path, e, 'read', null);
    return;
  }
  yield* fromBytes(path, bytes, kindFromPath(path), null, ctx, fileNameHints(path));
}

async function* fromStdin(ctx: DocumentContext): AsyncGenerator<DocumentEvent> {
  const origin = 'stdin';
  let bytes: Buffer;
  try {
    bytes = await (ctx.readStdin ?? readAllStdin)();
    if (isGzip(bytes)) bytes = gunzip(bytes, ctx.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
    if (bytes.length === 0) throw new InputError('read', 'standard input is empty');
  } catch (e) {
    yield failure(origin, e, 'read', null);
    return;
  }
  yield* fromBytes(origin, bytes, null, null, ctx, {});
}

async function readAllStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes bytes of a known or sniffed kind and dispatches to the reader of that kind. */
async function* fromBytes(
  origin: string,
  bytes: Buffer,
  declaredKind: InputKind | null,
  mediaType: string | null,
  ctx: DocumentContext,
  hints: MetadataHints,
  url: string | null = null,
): AsyncGenerator<DocumentEvent> {
  const binary = looksBinary(bytes);
  if (binary) {
    yield { type: 'failure', origin, stage: 'decode', reason: `not a text input: ${binary}`, raw: null };
    return;
  }
  let text: string;
  let charset: string;
  const decodeKind =
    declaredKind === 'html'
      ? 'html'
      : declaredKind === 'json' || declaredKind === 'jsonl'
        ? 'json'
        : declaredKind === 'feed' || declaredKind === 'opml'
          ? 'xml'
          : declaredKind
            ? 'text'
            : sniffDecodeKind(bytes);
  try {
    ({ text, charset } = decodeBytes(bytes, { contentType: mediaType, kind: decodeKind }));
  } catch (e) {
    yield failure(origin, e, 'decode', null);
    return;
  }
  if (text.trim() === '') {
    yield { type: 'failure', origin, stage: 'read', reason: 'input holds only white space', raw: null };
    return;
  }
  const kind = declaredKind ?? sniffKind(text, mediaType);
  const type = `${mediaTypeOf(kind, mediaType)}; charset=${charset}`;
  const raw = rawInput(origin, kind, type, text, ctx);
  switch (kind) {
    case 'text':
      yield document(origin, kind, raw, { format: 'text', text, title: null }, [hints]);
      return;
    case 'markdown': {
      const md = markdownToText(text);
      yield document(origin, kind, raw, { format: 'text', text: md.text, title: md.title }, [
        frontMatterHints(md.frontMatter),
        hints,
      ]);
      return;
    }
    case 'html':
    case 'url':
    case 'stdin':
      yield document(origin, 'html', raw, { format: 'html', html: text, url }, [hints]);
      return;
    case 'json':
    case 'jsonl':
      yield* fromRecords(origin, kind, text, ctx);
      return;
    case 'feed':
      yield* fromFeed(origin, text, url, ctx);
      return;
    case 'opml':
      yield* fromOpml(origin, text, ctx);
      return;
  }
}

function sniffDecodeKind(bytes: Buffer): 'html' | 'xml' | 'json' | 'text' {
  const head = bytes.subarray(0, 512).toString('latin1').trimStart();
  if (head.startsWith('<?xml')) return 'xml';
  if (head.startsWith('<')) return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}

async function* fromRecords(
  origin: string,
  kind: 'json' | 'jsonl',
  text: string,
  ctx: DocumentContext,
): AsyncGenerator<DocumentEvent> {
  let results;
  try {
    results = kind === 'json' ? parseJsonRecords(text) : parseJsonLines(text);
  } catch (e) {
    yield failure(origin, e, 'parse', null);
    return;
  }
  for (const result of results) {
    const where = `${origin}#${result.where}`;
    const raw = rawInput(where, kind, 'application/json', result.source, ctx);
    if ('error' in result) {
      yield { type: 'failure', origin: where, stage: 'parse', reason: result.error, raw };
      continue;
    }
    yield* fromRecord(where, kind, result.record, raw, ctx);
  }
}

async function* fromRecord(
  origin: string,
  kind: InputKind,
  record: ArticleRecord,
  raw: RawInput,
  ctx: DocumentContext,
): AsyncGenerator<DocumentEvent> {
  const hints = recordHints(record, parseMetadataDate);
  if (record.html)
    yield document(origin, kind, raw, { format: 'html', html: record.html, url: record.url }, [hints]);
  else if (record.text)
    yield document(origin, kind, raw, { format: 'text', text: record.text, title: record.title }, [hints]);
  else if (record.url) yield* fromUrl(record.url, ctx, hints, origin);
}

async function* fromFeed(
  origin: string,
  xml: string,
  feedUrl: string | null,
  ctx: DocumentContext,
): AsyncGenerator<DocumentEvent> {
  let feed;
  try {
    feed = parseFeed(xml, feedUrl);
  } catch (e) {
    yield failure(origin, e, 'parse', rawInput(origin, 'feed', 'application/xml', xml, ctx));
    return;
  }
  if (feed.entries.length === 0) {
    yield { type: 'unchanged', origin, reason: 'feed has no entries' };
    return;
  }
  for (const [i, entry] of feed.entries.entries()) {
    const where = entry.link ?? `${origin}#entry ${i + 1}`;
    const hints = feedHints(feed, entry);
    if (entry.teaser && entry.link) {
      yield* fromUrl(entry.link, ctx, hints, where);
      continue;
    }
    const raw = rawInput(where, 'feed', 'application/json', JSON.stringify(entry), ctx);
    yield document(where, 'feed', raw, { format: 'html', html: entry.html, url: entry.link }, [hints]);
  }
}

async function* fromOpml(origin: string, xml: string, ctx: DocumentContext): AsyncGenerator<DocumentEvent> {
  let feeds;
  try {
    feeds = parseOpml(xml);
  } catch (e) {
    yield failure(origin, e, 'parse', null);
    return;
  }
  for (const feed of feeds) yield* fromUrl(feed.url, ctx, null, feed.url, 'feed');
}

/** Fetches a URL (conditionally when it is a known feed) and reads what came back by its type. */
async function* fromUrl(
  url: string,
  ctx: DocumentContext,
  hints: MetadataHints | null,
  origin = url,
  expected: 'feed' | null = null,
): AsyncGenerator<DocumentEvent> {
  const state = ctx.feedState ? await ctx.feedState.getFeedState(url) : null;
  let res: FetchResult;
  try {
    res = await ctx.fetcher.fetch(url, {
      accept:
        expected === 'feed'
          ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5'
          : undefined,
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
    });
  } catch (e) {
    yield failure(origin, e, 'fetch', null);
    return;
  }
  if (res.notModified) {
    yield { type: 'unchanged', origin, reason: 'not modified since the last fetch (HTTP 304)' };
    return;
  }
  const kind = sniffKind(res.text, res.mediaType);
  if (kind === 'feed' && ctx.feedState && (res.etag || res.lastModified))
    await ctx.feedState.putFeedState({
      url,
      etag: res.etag,
      lastModified: res.lastModified,
      checkedAt: (ctx.now?.() ?? new Date()).toISOString(),
    });
  const httpHints: MetadataHints = {};
  const lang = normaliseLanguageTag(res.headers['content-language']?.split(',')[0]);
  if (lang) httpHints.language = { value: lang, source: 'http', detail: 'Content-Language' };
  const modified = res.headers['last-modified'] ? parseMetadataDate(res.headers['last-modified']) : null;
  if (modified && kind === 'html')
    httpHints.modifiedAt = { value: modified, source: 'http', detail: 'Last-Modified' };
  for await (const event of fromBytes(
    origin,
    res.bytes,
    kind,
    res.headers['content-type'] ?? null,
    ctx,
    httpHints,
    res.url,
  )) {
    if (event.type === 'document' && hints) event.doc.hints.unshift(hints);
    yield event;
  }
}

function document(
  origin: string,
  kind: InputKind,
  raw: RawInput,
  body: SourceDocument['body'],
  hints: MetadataHints[],
): DocumentEvent {
  return { type: 'document', doc: { origin, kind, raw, body, hints } };
}

function failure(origin: string, error: unknown, stage: IngestStage, raw: RawInput | null): DocumentEvent {
  const described = describeFailure(error, stage);
  // Fetch errors name their URL; the outcome names it already.
  const reason = described.reason.startsWith(`${origin}: `)
    ? described.reason.slice(origin.length + 2)
    : described.reason;
  return { type: 'failure', origin, stage: described.stage, reason, raw };
}

function rawInput(
  origin: string,
  kind: InputKind,
  mediaType: string | null,
  body: string,
  ctx: DocumentContext,
): RawInput {
  return {
    id: sha256(body),
    origin,
    kind,
    mediaType,
    body,
    fetchedAt: (ctx.now?.() ?? new Date()).toISOString(),
  };
}

function mediaTypeOf(kind: InputKind, declared: string | null): string {
  const bare = declared?.split(';')[0]?.trim();
  if (bare) return bare;
  const types: Record<InputKind, string> = {
    text: 'text/plain',
    markdown: 'text/markdown',
    html: 'text/html',
    json: 'application/json',
    jsonl: 'application/x-ndjson',
    feed: 'application/xml',
    opml: 'text/x-opml',
    url: 'text/html',
    stdin: 'text/plain',
  };
  return types[kind];
}

function fileNameHints(path: string): MetadataHints {
  const date = dateInName(basename(path));
  return date ? { publishedAt: { value: date, source: 'file-name', detail: basename(path) } } : {};
}

function frontMatterHints(fm: Record<string, string>): MetadataHints {
  const hints: MetadataHints = {};
  const detail = 'front matter';
  if (fm['title']) hints.title = { value: fm['title'], source: 'meta', detail };
  const outlet = fm['outlet'] ?? fm['source'] ?? fm['site'] ?? fm['publisher'];
  if (outlet) hints.outlet = { value: outlet, source: 'meta', detail };
  const url = fm['url'] ?? fm['canonical'] ?? fm['link'];
  if (url) hints.canonicalUrl = { value: url, source: 'meta', detail };
  const date = fm['date'] ?? fm['published'] ?? fm['publishedat'];
  const iso = date ? parseMetadataDate(date) : null;
  if (iso) hints.publishedAt = { value: iso, source: 'meta', detail };
  if (fm['author']) hints.authors = { value: [fm['author']], source: 'meta', detail };
  const lang = normaliseLanguageTag(fm['language'] ?? fm['lang']);
  if (lang) hints.language = { value: lang, source: 'meta', detail };
  return hints;
}
