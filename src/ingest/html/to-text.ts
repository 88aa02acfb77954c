// Readable HTML → plain text with paragraph structure: blocks become paragraphs ("\n\n"), <br> a line break.
import type { HtmlDocument } from './dom.js';

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
]);

type DomNode = HtmlDocument['body'];

export function htmlToText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes) as DomNode[]) {
      if (child.nodeType === 3) {
        out.push((child.textContent ?? '').replace(/\s+/g, ' '));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName;
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        out.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) out.push('\n\n');
      if (tag === 'TD' || tag === 'TH') out.push(' ');
      walk(child);
      if (block) out.push('\n\n');
    }
  };
  walk(root);
  return out
    .join('')
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}
