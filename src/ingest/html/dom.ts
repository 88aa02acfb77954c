// HTML → a DOM document (linkedom) that Readability and the metadata readers accept.
import { parseHTML } from 'linkedom';

export type HtmlDocument = ReturnType<typeof parseHTML>['document'];

export function parseDocument(html: string): HtmlDocument {
  // linkedom needs a root element; fragments (feed entry content) get wrapped.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document;
}
