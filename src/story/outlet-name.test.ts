import { describe, expect, it } from 'vitest';
import type { StoryDoc } from '../model.js';
import { outletOf } from './outlet-name.js';

const doc = (outlet: string | null, origin: string, canonicalUrl: string | null = null, wire?: string) =>
  ({
    article: { origin, metadata: { outlet: { value: outlet }, canonicalUrl: { value: canonicalUrl } } },
    link: { wireOrigin: wire ? { name: wire } : null },
  }) as unknown as StoryDoc;

describe('outletOf', () => {
  it('prefers the metadata outlet, then the wire, then the host of the canonical URL or origin', () => {
    expect(outletOf(doc('The Daily Tide', 'https://www.tide.example/a'))).toBe('The Daily Tide');
    expect(outletOf(doc(null, 'https://www.tide.example/a', null, 'Reuters'))).toBe('Reuters');
    expect(outletOf(doc(null, 'feed.xml', 'https://www.harbour.example/story/1'))).toBe('harbour.example');
    expect(outletOf(doc(null, 'https://news.example.org/x?y=1'))).toBe('news.example.org');
    // The same URL again comes from the cache with the same answer.
    expect(outletOf(doc(null, 'https://news.example.org/x?y=1'))).toBe('news.example.org');
  });

  it('gives no outlet for origins that are not URLs', () => {
    expect(outletOf(doc(null, '/tmp/corpus.jsonl#line 5'))).toBeNull();
    expect(outletOf(doc(null, 'examples/xi-visit-2023/1.txt'))).toBeNull();
    expect(outletOf(doc(null, 'file:///tmp/a.txt'))).toBeNull();
  });
});
