// Finds what would run or navigate in a rendered page beyond Storyline's own script: script elements, event
// handler attributes, javascript: URLs, frames and embeds, inline styles. Tests use it on pages made from hostile input.
import { parseHTML } from 'linkedom';

const OWN_SCRIPT = '/assets/app.js';

export function activeContent(page: string): string[] {
  const { document } = parseHTML(page);
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' && el.getAttribute('src') !== OWN_SCRIPT)
      found.push(`<script ${el.getAttribute('src') ?? 'inline'}>`);
    if (['iframe', 'object', 'embed', 'base', 'style', 'frame', 'frameset'].includes(tag))
      found.push(`<${tag}>`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('<meta http-equiv>');
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (name === 'style') found.push(`<${tag} style>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(name)) {
        const v = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
        if (/^(javascript|vbscript|data):/.test(v))
          found.push(`<${tag} ${name}="${attr.value.slice(0, 30)}">`);
      }
    }
  }
  return found;
}
