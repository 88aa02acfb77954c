import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedListFrom } from './feed-list.js';
import { addSubscription } from './subscriptions.js';

describe('feedListFrom', () => {
  it('reads URLs and OPML files anew each time, keeping the last good list of a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
    const opml = join(dir, 'subs.opml');
    const errors: string[] = [];
    const list = feedListFrom(['https://a.example/rss', opml], (p, m) => errors.push(`${p}: ${m}`));
    expect(list()).toEqual(['https://a.example/rss']);
    addSubscription(opml, { url: 'https://b.example/atom', title: 'B' });
    expect(list()).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    writeFileSync(opml, '<opml><body><outline text="no url"/></body></opml>');
    expect(list()).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(errors[0]).toContain('OPML lists no feeds');
  });
});
