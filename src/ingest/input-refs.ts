// What the user named on the command line → the inputs to read: files (directories walked recursively, in
// name order), URLs, and "-" for standard input.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReadableName } from './input-kind.js';

export type InputRef =
  | { type: 'file'; path: string }
  | { type: 'url'; url: string }
  | { type: 'stdin' }
  | { type: 'missing'; input: string; reason: string };

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputRef> {
  for (const input of inputs) {
    if (input === '-') yield { type: 'stdin' };
    else if (isUrl(input)) yield { type: 'url', url: input };
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
      yield { type: 'missing', input, reason: 'unsupported URL scheme (only http and https can be fetched)' };
    else yield* expandPath(input);
  }
}

async function* expandPath(path: string): AsyncGenerator<InputRef> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield {
      type: 'missing',
      input: path,
      reason: code === 'ENOENT' ? 'no such file or directory' : (e as Error).message,
    };
    return;
  }
  if (!info.isDirectory()) {
    yield { type: 'file', path };
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* expandPath(child);
    else if (entry.isFile() && isReadableName(entry.name)) yield { type: 'file', path: child };
  }
}
