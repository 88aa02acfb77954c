import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { articleBody, articleNode, readJsonLd, textOf } from './json-ld.js';

const page = (...blocks: string[]) =>
  parseDocument(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  );

describe('readJsonLd', () => {
  it('collects nodes from every block, through arrays, @graph and mainEntity, skipping invalid JSON', () => {
    const nodes = readJsonLd(
      page(
        '{"@type":"Organization","name":"Org"}',
        '{ broken',
        '[{"@type":"BreadcrumbList"},{"@graph":[{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"H"}}]}]',
      ),
    );
    expect(nodes.map((n) => n['@type'])).toEqual([
      'Organization',
      'BreadcrumbList',
      undefined,
      'WebPage',
      'NewsArticle',
    ]);
    expect(articleNode(nodes)?.['headline']).toBe('H');
  });

  it('returns nothing for a page without JSON-LD', () => {
    expect(readJsonLd(page())).toEqual([]);
    expect(articleNode([])).toBeNull();
  });
});

describe('textOf', () => {
  it('reads strings, numbers, arrays and named objects', () => {
    expect(textOf('  x ')).toBe('x');
    expect(textOf(2024)).toBe('2024');
    expect(textOf(['', 'first'])).toBe('first');
    expect(textOf({ '@type': 'Person', name: 'Ann' })).toBe('Ann');
    expect(textOf({ '@value': 'v' })).toBe('v');
    expect(textOf(null)).toBeNull();
  });
});

describe('articleBody', () => {
  it("is the article node's articleBody, else any node's", () => {
    const nodes = readJsonLd(
      page('{"@type":"NewsArticle","articleBody":"Own body."}', '{"@type":"Thing","articleBody":"Other."}'),
    );
    expect(articleBody(nodes)).toBe('Own body.');
    expect(articleBody(readJsonLd(page('{"@type":"Thing","articleBody":"Other."}')))).toBe('Other.');
    expect(articleBody([])).toBeNull();
  });
});
