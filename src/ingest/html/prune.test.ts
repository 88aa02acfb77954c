import { describe, expect, it } from 'vitest';
import { parseDocument } from './dom.js';
import { linkDensity, pruneArticle, pruneDateLines, pruneLinkBlocks } from './prune.js';

const body = (html: string) => parseDocument(`<html><body>${html}</body></html>`).body;

describe('linkDensity', () => {
  it('is the share of the text inside links', () => {
    expect(linkDensity(body('<p>abcd <a href="/x">efgh</a></p>'))).toBeCloseTo(4 / 9);
    expect(linkDensity(body('<p></p>'))).toBe(0);
  });
});

describe('pruneLinkBlocks', () => {
  it('removes lists of links with three or more items', () => {
    const b =
      body(`<p>Story text.</p><ul><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li>
      <li><a href="/3">Other story three</a></li></ul>`);
    pruneLinkBlocks(b);
    expect(b.querySelector('ul')).toBeNull();
  });

  it('keeps short link lists and lists of text', () => {
    const b = body(`<ul><li><a href="/buy">Get it for $39</a></li></ul>
      <ol><li>Step one, with a <a href="/x">link</a> inside.</li><li>Step two.</li><li>Step three.</li></ol>`);
    pruneLinkBlocks(b);
    expect(b.querySelectorAll('ul, ol')).toHaveLength(2);
  });

  it('removes paragraphs that are only a link, but not sentences, lead-ins or bare URLs', () => {
    const b = body(`<p><strong><a href="/x">SEAN SPICER ELIMINATED FROM THE SHOW</a></strong></p>
      <p><a href="/y">The minister resigned on Tuesday.</a></p><p><a href="/r">Read the full report:</a></p>
      <p><a href="https://example.test/a">https://example.test/a</a></p><p>Plain text paragraph</p>`);
    pruneLinkBlocks(b);
    const left = [...b.querySelectorAll('p')].map((p) => p.textContent);
    expect(left).toEqual([
      'The minister resigned on Tuesday.',
      'Read the full report:',
      'https://example.test/a',
      'Plain text paragraph',
    ]);
  });
});

describe('pruneDateLines', () => {
  it('removes blocks that are a date and a label', () => {
    const b = body(`<div><span>Updated</span> <time datetime="2019-11-19">Nov 19, 9:41 AM</time></div>
      <p>On <time datetime="2019-11-18">Monday</time> the council met to approve the budget for next year.</p>`);
    pruneDateLines(b);
    expect(b.textContent).not.toContain('Updated');
    expect(b.textContent).toContain('the council met');
  });
});

describe('pruneArticle', () => {
  it('prunes link blocks and date lines', () => {
    const b = body(`<p><time>1 day ago</time></p><p><a href="/x">GET THE APP</a></p><p>Kept.</p>`);
    pruneArticle(b);
    expect(b.textContent).toBe('Kept.');
  });
});
