import { describe, expect, it } from 'vitest';
import { decodeBytes, DecodeError, invalidUtf8Offset, looksBinary, parseContentType } from './decode.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeBytes', () => {
  it('reads windows-1252 from the Content-Type header: 0x93 0x94 are curly quotes', () => {
    const d = decodeBytes(bytes([0x93], 'Hello', [0x94, 0x20, 0x80, 0x20, 0xe9]), {
      contentType: 'text/html; charset=windows-1252',
      kind: 'html',
    });
    expect(d).toEqual({ text: '“Hello” € é', charset: 'windows-1252', charsetSource: 'header' });
  });

  it('maps iso-8859-1 and us-ascii to windows-1252 as WHATWG does', () => {
    for (const label of ['ISO-8859-1', '"latin1"', 'us-ascii']) {
      const d = decodeBytes(bytes([0x93], 'x', [0x94]), { contentType: `text/plain; charset=${label}` });
      expect(d.text).toBe('“x”');
      expect(d.charset).toBe('windows-1252');
    }
  });

  it('reads ISO-8859-2 from <meta charset>', () => {
    const html = bytes(
      '<html><head><meta charset="iso-8859-2"><title>',
      [0xa3, 0xf3, 0xbf, 0xea, 0xb1],
      '</title>',
    );
    const d = decodeBytes(html, { contentType: 'text/html', kind: 'html' });
    expect(d.text).toContain('<title>Łóżęą</title>');
    expect(d).toMatchObject({ charset: 'iso-8859-2', charsetSource: 'meta' });
  });

  it('reads the charset from <meta http-equiv content>, ignoring commented-out tags', () => {
    const html = bytes(
      '<!-- <meta charset="utf-8"> --><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>',
      [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4],
    );
    expect(decodeBytes(html, { kind: 'html' })).toMatchObject({ charset: 'koi8-r', charsetSource: 'meta' });
    expect(decodeBytes(html, { kind: 'html' }).text).toContain('<p>Привет');
  });

  it('only looks for <meta> in the first 4 KB', () => {
    const html = bytes(`<html><head><!--${'x'.repeat(5000)}--><meta charset="iso-8859-2">`);
    expect(decodeBytes(html, { kind: 'html' }).charsetSource).toBe('default');
  });

  it('lets the header win over <meta>, and the BOM win over both', () => {
    const html = bytes('<meta charset="iso-8859-2">', [0xe9]);
    expect(
      decodeBytes(html, { contentType: 'text/html; charset=windows-1252', kind: 'html' }).text,
    ).toContain('é');
    const withBom = bytes([0xef, 0xbb, 0xbf], '<meta charset="iso-8859-2">', [0xc3, 0xa9]);
    const d = decodeBytes(withBom, { contentType: 'text/html; charset=windows-1252', kind: 'html' });
    expect(d).toEqual({ text: '<meta charset="iso-8859-2">é', charset: 'utf-8', charsetSource: 'bom' });
  });

  it('reads UTF-16 by its BOM and strips the BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße “q”', 'utf16le')]);
    expect(decodeBytes(le, { kind: 'text' })).toEqual({
      text: 'Grüße “q”',
      charset: 'utf-16le',
      charsetSource: 'bom',
    });
    const be = Buffer.from(Buffer.from('Hi ✓', 'utf16le')).swap16();
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), {})).toMatchObject({
      text: 'Hi ✓',
      charset: 'utf-16be',
    });
  });

  it('decodes UTF-8 by default and by declaration', () => {
    expect(decodeBytes(Buffer.from('Zürich — 東京'), {})).toEqual({
      text: 'Zürich — 東京',
      charset: 'utf-8',
      charsetSource: 'default',
    });
    expect(
      decodeBytes(Buffer.from('Zürich'), { contentType: 'text/plain; charset=UTF8' }).charsetSource,
    ).toBe('header');
  });

  it('reads the XML declaration of feeds', () => {
    const xml = bytes(
      '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>',
      [0xa4, 0x35],
      '</title></rss>',
    );
    expect(decodeBytes(xml, { kind: 'xml' })).toMatchObject({
      charset: 'iso-8859-15',
      charsetSource: 'xml-declaration',
    });
    expect(decodeBytes(xml, { kind: 'xml' }).text).toContain('<title>€5</title>');
    // Without a kind, a leading XML declaration is recognised too.
    expect(decodeBytes(xml, { contentType: 'text/plain' }).charset).toBe('iso-8859-15');
  });

  it('treats a UTF-16 label inside the document as UTF-8 (the document could not be read otherwise)', () => {
    expect(decodeBytes(Buffer.from('<meta charset="utf-16"><p>é'), { kind: 'html' }).charset).toBe('utf-8');
  });

  it('falls back to windows-1252 for undeclared HTML that is not UTF-8', () => {
    const html = bytes('<html><p>', [0x93], 'quoted', [0x94], '</p>');
    expect(decodeBytes(html, { kind: 'html' })).toEqual({
      text: '<html><p>“quoted”</p>',
      charset: 'windows-1252',
      charsetSource: 'fallback',
    });
  });

  it('refuses invalid UTF-8 that is declared, or undeclared outside HTML, naming the byte', () => {
    const html = bytes('<meta charset="utf-8"><p>', [0x93], 'x');
    const declared = catchError(() => decodeBytes(html, { kind: 'html' }));
    expect(declared).toBeInstanceOf(DecodeError);
    expect(declared.message).toMatch(/invalid UTF-8 at byte 25 .*<meta> charset.*convert the file to UTF-8/);
    expect(declared).toMatchObject({ name: 'DecodeError', offset: 25, charset: 'utf-8' });

    const text = catchError(() => decodeBytes(bytes('caf', [0xe9]), { kind: 'text' }));
    expect(text.message).toMatch(
      /invalid UTF-8 at byte 3 .*no charset is declared.*declare its real charset/,
    );

    const header = catchError(() =>
      decodeBytes(bytes('ab', [0xc3]), { contentType: 'text/html; charset=utf-8', kind: 'html' }),
    );
    expect(header.message).toMatch(/invalid UTF-8 at byte 2 .*Content-Type header/);

    const json = catchError(() => decodeBytes(bytes('{"a":"', [0xe9], '"}'), { kind: 'json' }));
    expect(json.message).toMatch(/invalid UTF-8 at byte 6 .*JSON must be UTF-8: convert the file to UTF-8/);

    const bom = catchError(() => decodeBytes(bytes([0xef, 0xbb, 0xbf], 'a', [0xff]), { kind: 'html' }));
    expect(bom.message).toMatch(/invalid UTF-8 at byte 4 .*byte order mark/);
  });

  it('names an unknown charset label', () => {
    const e = catchError(() =>
      decodeBytes(Buffer.from('x'), { contentType: 'text/plain; charset=klingon-8' }),
    );
    expect(e).toBeInstanceOf(DecodeError);
    expect(e.message).toMatch(/unknown or unsupported charset "klingon-8".*Content-Type header/);
  });
});

describe('invalidUtf8Offset', () => {
  it('finds overlongs, surrogates, truncated and out-of-range sequences', () => {
    expect(invalidUtf8Offset(Buffer.from('ok ✓ 𝄞'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(invalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xe2, 0x9c]))).toBe(2); // truncated
    expect(invalidUtf8Offset(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
  });
});

describe('parseContentType', () => {
  it('splits the media type and the charset', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1252"; foo=bar')).toEqual({
      mediaType: 'text/html',
      charset: 'windows-1252',
    });
    expect(parseContentType('application/json')).toEqual({ mediaType: 'application/json', charset: null });
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null });
  });
});

describe('looksBinary', () => {
  it('recognises common binary formats by their magic numbers', () => {
    expect(looksBinary(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('looks like a PNG image');
    expect(looksBinary(bytes('%PDF-1.7\n'))).toBe('looks like a PDF document');
    expect(looksBinary(bytes('PK', [3, 4, 20, 0]))).toMatch(/ZIP archive/);
    expect(looksBinary(bytes([0x1f, 0x8b, 8, 0]))).toMatch(/GZIP/);
    expect(looksBinary(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('looks like a JPEG image');
  });

  it('flags NUL bytes and text made mostly of control characters', () => {
    expect(looksBinary(bytes('abc', [0], 'def'))).toBe('contains NUL bytes (the first at byte 3)');
    expect(looksBinary(bytes('ab', [1, 2, 3, 4, 5, 6], 'cd'))).toMatch(/control characters/);
  });

  it('accepts text, including UTF-16 with a BOM and text with tabs and form feeds', () => {
    expect(looksBinary(Buffer.from('<html>\t<p>Hello\r\n\f</p></html>'))).toBeNull();
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]))).toBeNull();
    expect(looksBinary(Buffer.alloc(0))).toBeNull();
    expect(looksBinary(Buffer.from('GIF is a format'))).toBeNull();
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}
