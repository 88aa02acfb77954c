import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readScrapinghub, scrapinghubFolder } from './scrapinghub.js';

describe('readScrapinghub', () => {
  it('reads the gzipped pages with their ground truth, skipping ids without a page', () => {
    const root = mkdtempSync(join(tmpdir(), 'storyline-sh-'));
    const folder = scrapinghubFolder(root);
    mkdirSync(join(folder, 'html'), { recursive: true });
    writeFileSync(
      join(folder, 'ground-truth.json'),
      JSON.stringify({
        b: { articleBody: 'Body B.', url: 'https://b.example/' },
        a: { articleBody: 'Body A — ünïcode.', url: 'https://a.example/' },
        c: { articleBody: 'No page.' },
      }),
    );
    writeFileSync(join(folder, 'html', 'a.html.gz'), gzipSync('<html><body>Ä</body></html>'));
    writeFileSync(join(folder, 'html', 'b.html.gz'), gzipSync('<p>B</p>'));
    const pages = readScrapinghub(root);
    expect(pages.map((p) => p.id)).toEqual(['a', 'b']);
    expect(pages[0]).toEqual({
      id: 'a',
      url: 'https://a.example/',
      html: '<html><body>Ä</body></html>',
      truth: 'Body A — ünïcode.',
    });
  });
});
