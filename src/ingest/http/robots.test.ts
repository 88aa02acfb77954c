import { describe, expect, it } from 'vitest';
import { productToken, RobotsCache, robotsTxtUrl } from './robots.js';

const UA = 'Storyline/0.1 (+https://github.com/storyline-news/storyline; news story engine)';

function source(answers: Record<string, string | Error>) {
  const asked: string[] = [];
  const fetchRobotsTxt = async (url: string) => {
    asked.push(url);
    const answer = answers[url];
    if (answer === undefined) throw Object.assign(new Error(`${url}: HTTP 404 Not Found`), { status: 404 });
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, fetchRobotsTxt };
}

describe('RobotsCache', () => {
  it('applies the group for our product token, else the * group', async () => {
    const { fetchRobotsTxt } = source({
      'https://news.test/robots.txt':
        'User-agent: *\nDisallow: /private/\n\nUser-agent: Storyline\nDisallow: /drafts/\nCrawl-delay: 2\n',
    });
    const robots = new RobotsCache({ fetchRobotsTxt });
    expect(await robots.isAllowed('https://news.test/drafts/x', UA)).toBe(false);
    expect(await robots.isAllowed('https://news.test/private/x', UA)).toBe(true);
    expect(await robots.isAllowed('https://news.test/private/x', 'OtherBot/2.0')).toBe(false);
    expect(await robots.check('https://news.test/drafts/x', UA)).toEqual({
      allowed: false,
      robotsUrl: 'https://news.test/robots.txt',
      line: 5,
      crawlDelayMs: 2000,
      error: null,
    });
  });

  it('fetches robots.txt once per origin while it is fresh, and again after the TTL', async () => {
    let now = 0;
    const { asked, fetchRobotsTxt } = source({
      'https://a.test/robots.txt': 'User-agent: *\nDisallow: /no\n',
    });
    const robots = new RobotsCache({ fetchRobotsTxt, ttlMs: 1000, now: () => now });
    await Promise.all([robots.isAllowed('https://a.test/1', UA), robots.isAllowed('https://a.test/2', UA)]);
    await robots.isAllowed('https://a.test/3', UA);
    await robots.isAllowed('https://b.test/1', UA);
    expect(asked).toEqual(['https://a.test/robots.txt', 'https://b.test/robots.txt']);
    now = 1500;
    await robots.isAllowed('https://a.test/4', UA);
    expect(asked.filter((u) => u === 'https://a.test/robots.txt')).toHaveLength(2);
  });

  it('allows everything when robots.txt is missing (4xx)', async () => {
    const robots = new RobotsCache(source({}));
    expect(await robots.check('https://none.test/anything', UA)).toMatchObject({
      allowed: true,
      error: null,
    });
  });

  it('allows everything when robots.txt fails (5xx, network) but remembers why', async () => {
    const robots = new RobotsCache(
      source({
        'https://down.test/robots.txt': Object.assign(new Error('https://down.test/robots.txt: HTTP 503'), {
          status: 503,
        }),
        'https://gone.test/robots.txt': new Error('connection refused'),
      }),
    );
    expect(await robots.check('https://down.test/x', UA)).toMatchObject({
      allowed: true,
      error: 'https://down.test/robots.txt: HTTP 503',
    });
    expect(await robots.isAllowed('https://gone.test/x', UA)).toBe(true);
    expect(await robots.errorFor('https://gone.test/y')).toBe('connection refused');
  });

  it('keeps origins apart by scheme and port', () => {
    expect(robotsTxtUrl('http://a.test:8080/x/y?z')).toBe('http://a.test:8080/robots.txt');
    expect(robotsTxtUrl('https://a.test/x')).toBe('https://a.test/robots.txt');
    expect(productToken(UA)).toBe('Storyline');
  });
});
