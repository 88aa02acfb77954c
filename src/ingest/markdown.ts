// Markdown → plain article text: front matter as metadata, the first top-level heading as title, markup
// (emphasis, links, images, code fences, lists, quotes, tables) reduced to the words a reader sees.

export interface MarkdownDocument {
  title: string | null;
  text: string;
  /** Keys of a leading YAML front-matter block (simple `key: value` lines only), lower-cased. */
  frontMatter: Record<string, string>;
}

export function markdownToText(markdown: string): MarkdownDocument {
  let body = markdown.replace(/\r\n?/g, '\n');
  const frontMatter: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (fm) {
    for (const line of (fm[1] ?? '').split('\n')) {
      const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (kv?.[1] && kv[2] !== undefined) frontMatter[kv[1].toLowerCase()] = unquote(kv[2].trim());
    }
    body = body.slice(fm[0].length);
  }

  let title: string | null = null;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;
  const flush = (): void => {
    if (current.length) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const rawLine of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      flush();
      continue;
    }
    if (inFence) continue;
    const line = rawLine.trim();
    if (line === '' || /^([-*_])(\s*\1){2,}$/.test(line) || /^\|?\s*:?-{3,}/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      flush();
      const text = inline(heading[2] ?? '');
      if (title === null && heading[1] === '#' && paragraphs.length === 0) title = text;
      else if (text) paragraphs.push(text);
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(inline(item[1] ?? ''));
      flush();
      continue;
    }
    current.push(
      inline(
        line
          .replace(/^>\s?/, '')
          .replace(/^\|(.*)\|$/, '$1')
          .replace(/\s*\|\s*/g, ' | '),
      ),
    );
  }
  flush();
  return {
    title: title ?? (frontMatter['title'] || null),
    text: paragraphs.filter(Boolean).join('\n\n'),
    frontMatter,
  };
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? (m[2] ?? '') : value;
}
