import { describe, expect, it } from 'vitest';
import { extensionOf, isReadableName, kindFromPath, sniffKind } from './input-kind.js';

describe('input kinds', () => {
  it('reads kinds from names, through .gz', () => {
    expect(extensionOf('a/b/page.HTML.gz')).toEqual({ extension: '.html', gzip: true });
    expect(kindFromPath('x/notes.md')).toBe('markdown');
    expect(kindFromPath('feed.rss')).toBe('feed');
    expect(kindFromPath('dump.ndjson')).toBe('jsonl');
    expect(kindFromPath('data.xml')).toBeNull();
    expect(isReadableName('data.xml')).toBe(true);
    expect(isReadableName('photo.jpg')).toBe(false);
  });

  it('sniffs feeds, OPML, HTML, JSON and text by content', () => {
    expect(sniffKind('<?xml version="1.0"?>\n<rss version="2.0"><channel>')).toBe('feed');
    expect(sniffKind('<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">')).toBe(
      'feed',
    );
    expect(sniffKind('<rdf:RDF xmlns:rdf="...">')).toBe('feed');
    expect(sniffKind('<?xml version="1.0"?><opml version="2.0">')).toBe('opml');
    expect(sniffKind('<!doctype html><html>')).toBe('html');
    expect(sniffKind('{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl');
    // A first record longer than the sniffing window is still recognised as one line of many.
    expect(sniffKind(`{"text": "${'word '.repeat(2000)}"}\n{"text": "b"}\n`)).toBe('jsonl');
    // A pretty-printed object is JSON, not JSON Lines.
    expect(sniffKind('{\n  "text": "a"\n}\n')).toBe('json');
    expect(sniffKind('[{"text": "a"}]')).toBe('json');
    expect(sniffKind('Plain words.')).toBe('text');
    expect(sniffKind('anything', 'application/atom+xml; charset=utf-8')).toBe('feed');
  });
});
