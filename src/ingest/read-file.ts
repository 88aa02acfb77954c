// Reading one input file's bytes: size cap, empty files, and gzip (with truncation reported as such).
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors.js';
import { extensionOf } from './input-kind.js';

/** Default cap on one input's size (raw file, decompressed file, or HTTP response). */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

export async function readInputFile(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      'read',
      code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(e as Error).message}`,
    );
  }
  if (!info.isFile()) throw new InputError('read', 'not a regular file');
  if (info.size === 0) throw new InputError('read', 'file is empty');
  if (info.size > maxBytes)
    throw new InputError(
      'read',
      `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit per input (raise it with --max-bytes)`,
    );
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError('read', `cannot read: ${(e as Error).message}`);
  }
  return extensionOf(path).gzip || isGzip(bytes) ? gunzip(bytes, maxBytes) : bytes;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Buffer, maxBytes = DEFAULT_MAX_INPUT_BYTES): Buffer {
  if (!isGzip(bytes)) throw new InputError('decode', 'not gzip data although the name ends in .gz');
  let out: Buffer;
  try {
    out = gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err instanceof RangeError || err.code === 'ERR_BUFFER_TOO_LARGE')
      throw new InputError('read', `decompresses to more than the ${formatBytes(maxBytes)} limit per input`);
    if (/unexpected end/i.test(err.message) || err.code === 'Z_BUF_ERROR')
      throw new InputError(
        'decode',
        'truncated gzip file (unexpected end of data); the download or copy was cut short',
      );
    throw new InputError('decode', `corrupt gzip file: ${err.message}`);
  }
  if (out.length === 0) throw new InputError('read', 'file is empty after decompression');
  return out;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
