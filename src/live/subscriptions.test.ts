import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addSubscription, readSubscriptions, subscriptionsPath } from './subscriptions.js';

describe('subscriptions', () => {
  it('adds feeds once to an OPML file that reads back, escaping odd characters', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'subs-')), 'sub', 'subscriptions.opml');
    expect(readSubscriptions(path)).toEqual([]);
    expect(addSubscription(path, { url: 'https://a.example/feed?x=1&y=2', title: 'A "news" <feed>' })).toBe(
      true,
    );
    expect(addSubscription(path, { url: 'https://b.example/rss', title: null })).toBe(true);
    expect(addSubscription(path, { url: 'https://a.example/feed?x=1&y=2', title: 'again' })).toBe(false);
    expect(readFileSync(path, 'utf8')).toContain('&amp;y=2');
    expect(readSubscriptions(path)).toEqual([
      { url: 'https://a.example/feed?x=1&y=2', title: 'A "news" <feed>' },
      { url: 'https://b.example/rss', title: 'https://b.example/rss' },
    ]);
    expect(subscriptionsPath('/data/store/x.db')).toBe('/data/store/subscriptions.opml');
  });
});
