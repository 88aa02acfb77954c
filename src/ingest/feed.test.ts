import { describe, expect, it } from 'vitest';
import { feedHints, parseFeed } from './feed.js';
import { parseOpml } from './opml.js';

const longBody = `<p>${'The delegations met for talks on trade and energy in the capital. '.repeat(20)}</p>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 with full content and its metadata', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example News</title><link>https://news.test/</link>
      <item><title>Leaders meet</title><link>https://news.test/a</link><guid>g1</guid><pubDate>Mon, 20 Mar 2023 10:00:00 +0300</pubDate><dc:creator>Ann Author</dc:creator><category>World</category>
      <description>Teaser</description><content:encoded><![CDATA[${longBody}]]></content:encoded></item></channel></rss>`,
      'https://news.test/rss',
    );
    expect(feed.title).toBe('Example News');
    const [e] = feed.entries;
    expect(e).toMatchObject({
      link: 'https://news.test/a',
      title: 'Leaders meet',
      teaser: false,
      authors: ['Ann Author'],
    });
    expect(e?.publishedAt).toBe('2023-03-20T07:00:00.000Z');
    expect(feedHints(feed, e!)).toMatchObject({
      outlet: { value: 'Example News', source: 'feed' },
      section: { value: 'World', source: 'feed' },
    });
  });

  it('marks short summaries as teasers and prefers Atom published over updated', () => {
    const feed = parseFeed(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
      <entry><title>E1</title><link href="https://atom.test/e1"/><id>urn:1</id><updated>2023-03-21T08:00:00Z</updated>
      <published>2023-03-21T07:00:00Z</published><author><name>B. Writer</name></author><summary>Short summary … </summary></entry></feed>`,
      null,
    );
    expect(feed.entries[0]).toMatchObject({
      teaser: true,
      publishedAt: '2023-03-21T07:00:00.000Z',
      authors: ['B. Writer'],
    });
  });

  it('reads RDF feeds', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://rdf.test/"><title>RDF News</title><link>https://rdf.test/</link></channel>
      <item rdf:about="https://rdf.test/1"><title>R1</title><link>https://rdf.test/1</link><description>d</description><dc:date>2023-03-22</dc:date></item></rdf:RDF>`,
      null,
    );
    expect(feed.entries[0]).toMatchObject({
      link: 'https://rdf.test/1',
      publishedAt: '2023-03-22',
      teaser: true,
    });
  });

  it('reports malformed feeds', () => {
    expect(() => parseFeed('<rss><channel><item>', null)).toThrow(/malformed feed/);
  });
});

describe('parseOpml', () => {
  it('lists nested feed outlines once each', () => {
    const feeds = parseOpml(
      `<?xml version="1.0"?><opml version="2.0"><body><outline text="News"><outline text="A" xmlUrl="https://a.test/rss"/>
      <outline text="B" title="B feed" xmlUrl="https://b.test/atom"/></outline><outline text="A again" xmlUrl="https://a.test/rss"/></body></opml>`,
    );
    expect(feeds).toEqual([
      { url: 'https://a.test/rss', title: 'A' },
      { url: 'https://b.test/atom', title: 'B feed' },
    ]);
  });
  it('reports an OPML without feeds', () => {
    expect(() => parseOpml('<opml><body></body></opml>')).toThrow(/no feeds/);
  });
});
