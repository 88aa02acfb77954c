// Bytes → text: find the charset (BOM, Content-Type, <meta>, XML declaration, else UTF-8), decode strictly, and
// tell binary files apart from text before trying.
import { isUtf8 } from 'node:buffer';

/** What the bytes are expected to hold; decides which in-document charset declarations are looked for. */
export type DecodeKind = 'html' | 'xml' | 'text' | 'json';

/** Where the charset used for decoding came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'default' | 'fallback';

export interface DecodeHints {
  /** The Content-Type header (or a media type known otherwise), e.g. "text/html; charset=windows-1252". */
  contentType?: string | null;
  kind?: DecodeKind;
}

export interface Decoded {
  /** The decoded text, without a byte order mark. */
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252", "iso-8859-2". */
  charset: string;
  charsetSource: CharsetSource;
}

/** The bytes cannot be decoded: invalid UTF-8, or an unknown charset label. */
export class DecodeError extends Error {
  constructor(
    message: string,
    /** The charset label that was declared or assumed. */
    readonly charset: string,
    /** Offset of the first invalid byte, when the bytes were invalid. */
    readonly offset: number | null = null,
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** How far into an HTML document a <meta charset> is looked for. */
export const META_PRESCAN_BYTES = 4096;
/** How much of the input `looksBinary` inspects. */
export const BINARY_SNIFF_BYTES = 8192;

/** Decodes bytes to text, choosing the charset as a browser would (see the file comment for the order). */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text =
      bom.charset === 'utf-8'
        ? decodeUtf8(body, 'bom', hints.kind, bom.length)
        : decodeWith(bom.charset, body);
    return { text, charset: bom.charset, charsetSource: 'bom' };
  }

  const kind = hints.kind ?? sniffKind(bytes);
  const declared = declaredCharset(bytes, hints.contentType ?? null, kind);
  if (!declared) {
    if (isUtf8(bytes))
      return { text: decodeWith('utf-8', bytes), charset: 'utf-8', charsetSource: 'default' };
    if (kind === 'html')
      return { text: decodeWith('windows-1252', bytes), charset: 'windows-1252', charsetSource: 'fallback' };
    return { text: decodeUtf8(bytes, 'default', kind), charset: 'utf-8', charsetSource: 'default' };
  }

  const charset = resolveCharset(declared.label, declared.source);
  if (!charset) throw unknownCharset(declared.label, declared.source);
  const text = charset === 'utf-8' ? decodeUtf8(bytes, declared.source, kind) : decodeWith(charset, bytes);
  return { text, charset, charsetSource: declared.source };
}

/** The media type and charset parameter of a Content-Type value (both lower-cased), or nulls. */
export function parseContentType(contentType: string | null | undefined): {
  mediaType: string | null;
  charset: string | null;
} {
  if (!contentType) return { mediaType: null, charset: null };
  const [type = '', ...params] = contentType.split(';');
  const mediaType = type.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^["']|["']$/g, '')
      .trim()
      .toLowerCase();
    if (value) charset = value;
    break;
  }
  return { mediaType, charset };
}

/**
 * Why the bytes look like a binary file rather than text (a reason such as "looks like a PNG image"), or null.
 * Judged by magic numbers, NUL bytes and the share of control characters in the first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return null;
  // UTF-16 text is full of NUL bytes; its byte order mark says it is text.
  const bom = sniffBom(bytes);
  if (bom && bom.charset !== 'utf-8') return null;

  for (const magic of MAGIC_NUMBERS) if (magic.test(bytes)) return `looks like ${magic.what}`;

  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const nul = head.indexOf(0);
  if (nul >= 0) return `contains NUL bytes (the first at byte ${nul})`;

  let control = 0;
  for (const b of head) if ((b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f) control++;
  if (control > head.length * 0.1) {
    const pct = Math.round((control / head.length) * 100);
    return `${pct}% of the first ${head.length} bytes are control characters`;
  }
  return null;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1 when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // [continuation bytes, allowed range of the first continuation byte] per the Unicode table of well-formed UTF-8.
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c === 0xe0) [need, lo] = [2, 0xa0];
    else if (c === 0xed) [need, hi] = [2, 0x9f];
    else if (c >= 0xe1 && c <= 0xef) need = 2;
    else if (c === 0xf0) [need, lo] = [3, 0x90];
    else if (c === 0xf4) [need, hi] = [3, 0x8f];
    else if (c >= 0xf1 && c <= 0xf3) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined) return i;
      if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

// --- charset detection -------------------------------------------------------------------------------------

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The kind of the bytes when the caller does not say: an XML declaration, else HTML-ish markup, else text. */
function sniffKind(bytes: Uint8Array): DecodeKind {
  const head = latin1(bytes, 1024);
  if (/^\s*<\?xml[\s?]/.test(head)) return 'xml';
  if (/<(?:!doctype\s+html|html|head|meta|body)[\s>]/i.test(head)) return 'html';
  return 'text';
}

function declaredCharset(
  bytes: Uint8Array,
  contentType: string | null,
  kind: DecodeKind,
): { label: string; source: CharsetSource } | null {
  const header = parseContentType(contentType).charset;
  if (header) return { label: header, source: 'header' };
  if (kind === 'html') {
    const meta = metaCharset(latin1(bytes, META_PRESCAN_BYTES));
    if (meta) return { label: meta, source: 'meta' };
  }
  if (kind === 'html' || kind === 'xml') {
    const xml = xmlDeclarationCharset(latin1(bytes, 1024));
    if (xml) return { label: xml, source: 'xml-declaration' };
  }
  return null;
}

/** The charset of the first <meta charset=...> or <meta http-equiv=Content-Type content="...; charset=...">. */
function metaCharset(head: string): string | null {
  const html = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([^\s"'>;]+)/i.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

function xmlDeclarationCharset(head: string): string | null {
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])\s*([^"']+?)\s*\1/.exec(head);
  return m?.[2]?.toLowerCase() ?? null;
}

/** The WHATWG encoding name for a label, or null when TextDecoder does not know it. */
function resolveCharset(label: string, source: CharsetSource): string | null {
  if (label === 'x-user-defined') return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // A declaration inside the document that the document itself could be read by cannot be UTF-16 (WHATWG).
  if ((source === 'meta' || source === 'xml-declaration') && encoding.startsWith('utf-16')) return 'utf-8';
  return encoding;
}

// --- decoding ------------------------------------------------------------------------------------------------

function decodeWith(charset: string, bytes: Uint8Array): string {
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(charset, { ignoreBOM: true }).decode(bytes);
}

function decodeUtf8(
  bytes: Uint8Array,
  source: CharsetSource,
  kind: DecodeKind | undefined,
  base = 0,
): string {
  if (isUtf8(bytes)) return decodeWith('utf-8', bytes);
  const offset = invalidUtf8Offset(bytes);
  const at = base + offset;
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(
    ' ',
  );
  const why =
    source === 'default'
      ? 'and no charset is declared'
      : `although ${SOURCE_NAMES[source]} says the text is UTF-8`;
  throw new DecodeError(
    `invalid UTF-8 at byte ${at} (bytes ${shown}) ${why}; ${remedy(kind)} ` +
      '(e.g. iconv -f windows-1252 -t utf-8 in > out)',
    'utf-8',
    at,
  );
}

function remedy(kind: DecodeKind | undefined): string {
  const convert = 'or convert the file to UTF-8';
  switch (kind) {
    case 'html':
      return `declare its real charset (e.g. <meta charset="windows-1252"> or Content-Type: text/html; charset=windows-1252), ${convert}`;
    case 'xml':
      return `declare its real charset (e.g. <?xml version="1.0" encoding="windows-1252"?>), ${convert}`;
    case 'json':
      return 'JSON must be UTF-8: convert the file to UTF-8';
    default:
      return `declare its real charset (e.g. Content-Type: text/plain; charset=windows-1252), ${convert}`;
  }
}

function unknownCharset(label: string, source: CharsetSource): DecodeError {
  return new DecodeError(
    `unknown or unsupported charset "${label}" (declared by ${SOURCE_NAMES[source]}); ` +
      'declare a standard charset such as utf-8 or windows-1252, or convert the file to UTF-8',
    label,
  );
}

const SOURCE_NAMES: Record<CharsetSource, string> = {
  bom: 'the byte order mark',
  header: 'the Content-Type header',
  meta: 'a <meta> charset tag',
  'xml-declaration': 'the XML declaration',
  default: 'the default',
  fallback: 'the fallback',
};

/** windows-1252 bytes 0x80..0x9F (WHATWG index); the other bytes are their Latin-1 code points. */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 by the WHATWG table (Node 20's TextDecoder decodes it as plain Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1(bytes).replace(/[\x80-\x9f]/g, (ch) =>
    String.fromCharCode(WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80]!),
  );
}

function latin1(bytes: Uint8Array, limit = bytes.length): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).toString('latin1');
}

// --- binary sniffing -----------------------------------------------------------------------------------------

/** Tab, line feed, form feed, carriage return and escape occur in text files. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

interface Magic {
  what: string;
  test(bytes: Uint8Array): boolean;
}

function startsWith(prefix: number[] | string, at = 0): (bytes: Uint8Array) => boolean {
  const want = typeof prefix === 'string' ? Array.from(prefix, (c) => c.charCodeAt(0)) : prefix;
  return (bytes) => bytes.length >= at + want.length && want.every((b, i) => bytes[at + i] === b);
}

const MAGIC_NUMBERS: Magic[] = [
  { what: 'a PNG image', test: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { what: 'a JPEG image', test: startsWith([0xff, 0xd8, 0xff]) },
  { what: 'a GIF image', test: (b) => startsWith('GIF87a')(b) || startsWith('GIF89a')(b) },
  { what: 'a WebP image', test: (b) => startsWith('RIFF')(b) && startsWith('WEBP', 8)(b) },
  { what: 'a WAVE audio file', test: (b) => startsWith('RIFF')(b) && startsWith('WAVE', 8)(b) },
  { what: 'a PDF document', test: startsWith('%PDF-') },
  { what: 'a ZIP archive (or an Office/EPUB file)', test: startsWith([0x50, 0x4b, 0x03, 0x04]) },
  { what: 'an empty ZIP archive', test: startsWith([0x50, 0x4b, 0x05, 0x06]) },
  { what: 'GZIP-compressed data (decompress it first)', test: startsWith([0x1f, 0x8b]) },
  { what: 'BZIP2-compressed data (decompress it first)', test: startsWith([0x42, 0x5a, 0x68]) },
  {
    what: 'XZ-compressed data (decompress it first)',
    test: startsWith([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
  },
  { what: 'Zstandard-compressed data (decompress it first)', test: startsWith([0x28, 0xb5, 0x2f, 0xfd]) },
  { what: 'a 7-Zip archive', test: startsWith([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { what: 'a RAR archive', test: startsWith('Rar!\x1a\x07') },
  {
    what: 'a legacy Microsoft Office file',
    test: startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  },
  { what: 'an SQLite database', test: startsWith('SQLite format 3\0') },
  { what: 'an ELF executable', test: startsWith([0x7f, 0x45, 0x4c, 0x46]) },
  { what: 'an MP4/QuickTime video', test: startsWith('ftyp', 4) },
  { what: 'an MP3 audio file', test: (b) => startsWith('ID3')(b) && (b[3] ?? 0xff) <= 4 && b[4] === 0 },
  { what: 'an Ogg media file', test: startsWith('OggS') },
  { what: 'a FLAC audio file', test: startsWith('fLaC') },
  { what: 'a web font', test: (b) => startsWith('wOFF')(b) || startsWith('wOF2')(b) },
  { what: 'a WebAssembly module', test: startsWith([0x00, 0x61, 0x73, 0x6d]) },
];
