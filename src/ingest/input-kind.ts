// Which kind of input a file or response holds: by its name first, else by sniffing its first bytes.
import type { InputKind } from '../model.js';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed',
  '.opml': 'opml',
};

/** Splits "a/b/page.html.gz" into its inner extension (".html") and whether it is gzipped. */
export function extensionOf(path: string): { extension: string; gzip: boolean } {
  const name = path.toLowerCase().split(/[\\/]/).pop() ?? '';
  const gzip = name.endsWith('.gz');
  const inner = gzip ? name.slice(0, -3) : name;
  const dot = inner.lastIndexOf('.');
  return { extension: dot > 0 ? inner.slice(dot) : '', gzip };
}

/** Kind from a file name, or null when the name does not tell (".xml", no extension, ...). */
export function kindFromPath(path: string): InputKind | null {
  return BY_EXTENSION[extensionOf(path).extension] ?? null;
}

/** True for names Storyline reads when walking a directory. */
export function isReadableName(path: string): boolean {
  const { extension } = extensionOf(path);
  return extension in BY_EXTENSION || extension === '.xml';
}

/** Kind from content: feeds and OPML by their root element, HTML by its tags, JSON by its first character. */
export function sniffKind(text: string, mediaType: string | null = null): InputKind {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const type = (mediaType ?? '').toLowerCase();
  if (/^(application|text)\/(rss|atom|rdf)\+xml/.test(type)) return 'feed';
  if (type.includes('json') && !type.includes('ld+json')) return head.includes('\n{') ? 'jsonl' : 'json';
  if (head.startsWith('<')) {
    const withoutProlog = head
      .replace(/<\?xml[^>]*\?>/i, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .trimStart();
    if (
      /^<(rss|feed|rdf:RDF)[\s>]/i.test(withoutProlog) ||
      /^<\?xml-stylesheet[^>]*\?>\s*<(rss|feed|rdf:RDF)[\s>]/i.test(withoutProlog)
    )
      return 'feed';
    if (/^<opml[\s>]/i.test(withoutProlog)) return 'opml';
    return 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) return looksLikeJsonLines(text) ? 'jsonl' : 'json';
  if (type.includes('html')) return 'html';
  return /^(#{1,6} |---\n)/.test(head) ? 'markdown' : 'text';
}

/** JSON Lines: the first line is a whole JSON object on its own and another object line follows. */
function looksLikeJsonLines(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{')) return false;
  const nl = body.indexOf('\n');
  if (nl < 0) return false;
  const rest = body.slice(nl + 1).trimStart();
  if (!rest.startsWith('{')) return false;
  try {
    JSON.parse(body.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}
