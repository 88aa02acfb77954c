import { describe, expect, it } from 'vitest';
import { ExtractionError, extractHtml } from './extract.js';
import { stripSiteSuffix } from './metadata.js';

const BODY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the regional council approved the new budget after a long debate about transport, schools and housing costs in the city.</p>`,
).join('');

describe('extractHtml', () => {
  it('reads metadata from JSON-LD first, with provenance', () => {
    const html = `<html lang="en-GB"><head><title>Budget passes | The Daily Example</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Daily Example Group"},
      {"@type":"NewsArticle","headline":"Budget passes after long debate","datePublished":"2024-02-01T09:30:00+01:00","dateModified":"2024-02-01T12:00:00Z",
      "author":[{"@type":"Person","name":"Ann Reporter"},{"@type":"Person","name":"Bo Writer"}],"publisher":{"@type":"Organization","name":"The Daily Example"},
      "articleSection":"Politics"}]}</script>
      <meta property="og:site_name" content="Daily Example"><meta property="og:title" content="OG title">
      <link rel="canonical" href="https://example.test/politics/budget"></head>
      <body><nav>Home · Politics · Sport</nav><article><h1>Budget passes after long debate</h1>${BODY}</article><footer>Contact us</footer></body></html>`;
    const r = extractHtml(html, { url: 'https://example.test/politics/budget?utm_source=x' });
    expect(r.metadata.title).toMatchObject({ value: 'Budget passes after long debate', source: 'json-ld' });
    expect(r.metadata.publishedAt).toMatchObject({
      value: '2024-02-01T08:30:00.000Z',
      source: 'json-ld',
      detail: 'NewsArticle.datePublished',
    });
    expect(r.metadata.authors?.value).toEqual(['Ann Reporter', 'Bo Writer']);
    expect(r.metadata.outlet).toMatchObject({ value: 'The Daily Example', source: 'json-ld' });
    expect(r.metadata.section?.value).toBe('Politics');
    expect(r.metadata.canonicalUrl).toMatchObject({
      value: 'https://example.test/politics/budget',
      source: 'html',
    });
    expect(r.lang).toBe('en');
    expect(r.text.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(6);
    expect(r.text).not.toContain('Home · Politics');
  });

  it('falls back to OpenGraph, meta, <time> and URL dates', () => {
    const og = extractHtml(
      `<html><head><meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2023-03-20T10:00:00Z">
      <meta name="author" content="Cy Author"></head><body><article>${BODY}</article></body></html>`,
    );
    expect(og.metadata.outlet).toMatchObject({
      value: 'Example Times',
      source: 'opengraph',
      detail: 'og:site_name',
    });
    expect(og.metadata.publishedAt).toMatchObject({ source: 'opengraph' });
    expect(og.metadata.authors).toMatchObject({ value: ['Cy Author'], source: 'meta' });
    const time = extractHtml(
      `<html><body><article><time datetime="2022-12-01">1 Dec</time>${BODY}</article></body></html>`,
    );
    expect(time.metadata.publishedAt).toMatchObject({ value: '2022-12-01', source: 'time-element' });
    const url = extractHtml(`<html><body><article>${BODY}</article></body></html>`, {
      url: 'https://n.test/2021/07/04/story',
    });
    expect(url.metadata.publishedAt).toMatchObject({ value: '2021-07-04', source: 'url' });
  });

  it('reports a page with no article', () => {
    expect(() =>
      extractHtml('<html><body><nav>Home</nav><p>Hello.</p></body></html>', { url: 'https://x.test/' }),
    ).toThrow(ExtractionError);
    expect(() => extractHtml('<html><body></body></html>')).toThrow(/no article content found in the page/);
  });

  it('strips a site-name suffix from titles', () => {
    expect(stripSiteSuffix('Budget passes | The Daily Example', 'The Daily Example')).toBe('Budget passes');
    expect(stripSiteSuffix('Daily Example - Budget passes', 'Daily Example')).toBe('Budget passes');
    expect(stripSiteSuffix('Left - right split deepens', 'Example')).toBe('Left - right split deepens');
  });
});
