import { beforeAll, describe, expect, it } from 'vitest';
import { loadHasher, type Hasher } from './hasher.js';
import { NearDuplicateIndex } from './near-duplicate-index.js';

let hasher: Hasher;
beforeAll(async () => {
  hasher = await loadHasher();
});

// A made-up wire story, written for this test.
const WIRE = `LISBON, Portugal (AP) — Firefighters in central Portugal on Sunday contained a wildfire that had burned for three days across pine forests near the town of Pombal, forcing the evacuation of four villages and closing a stretch of the main highway between Lisbon and Porto.

The Civil Protection Agency said more than 900 firefighters, backed by 14 water-dropping aircraft, had worked through the night as winds eased and temperatures fell below 30 degrees Celsius for the first time in a week.

"The situation is now under control, but we will keep crews on the ground until every hot spot is out," agency commander Ana Ribeiro told reporters at a command post outside the town.

No deaths were reported. Seven firefighters were treated for smoke inhalation and one resident suffered burns to his hands while trying to save a shed, officials said.

Authorities estimated that about 6,000 hectares had burned. The highway reopened to traffic late Sunday afternoon, although police warned drivers to expect delays as repair crews replaced damaged signs and guard rails.

Portugal has suffered a series of deadly fires in recent years, and the government has spent heavily on clearing undergrowth and training volunteer brigades. Scientists say hotter, drier summers linked to climate change make such fires more frequent and harder to stop.

Investigators were trying to determine how the fire started. A local mayor said a farmer burning stubble may have been responsible, but the police said it was too early to say.`;

const REPRINT = `World News | Sunday edition

Portugal fire contained after three days

${WIRE.replace('Firefighters in central Portugal', 'FIREFIGHTERS in central Portugal').replace(/ {2,}/g, ' ')}

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Sign up for our morning newsletter to get the day's top stories in your inbox.`;

// A different story on the same fire: same topic, same names, different text.
const OTHER = `POMBAL, Portugal — Residents of four villages evacuated during a three-day wildfire near Pombal returned home on Sunday to find blackened fields, scorched olive groves and, in a few cases, houses reduced to their walls.

"We left with the clothes we were wearing," said Maria Costa, 71, standing by the ruins of her garage. "The firefighters saved the house, but everything around it is gone."

The Civil Protection Agency said the fire, which burned about 6,000 hectares of pine forest, was under control. Commander Ana Ribeiro said crews would stay for several days to watch for flare-ups.

Village leaders asked the government for quick compensation and for help clearing the dry brush that they said had let the flames spread so fast. The minister of internal administration promised to visit the area on Monday.

Farmers said they had lost livestock feed stored for the winter. Several asked why the aircraft had arrived only on the second day; the agency said the planes had been fighting another fire in the north.

Police were still investigating the cause, and a local mayor repeated his suspicion that a farmer burning stubble had started it.`;

describe('NearDuplicateIndex', () => {
  it('finds a wire story reprinted with another header and footer, and not a different story on the topic', () => {
    const index = new NearDuplicateIndex(hasher);
    expect(index.find(WIRE)).toBeNull();
    index.add('ap-1', WIRE, Date.UTC(2026, 6, 5));
    const reprint = index.find(REPRINT);
    expect(reprint?.articleId).toBe('ap-1');
    expect(reprint!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(reprint!.similarity).toBeLessThan(1);
    expect(index.find(OTHER)).toBeNull();
  });

  it('maps texts that differ only in case, spacing and punctuation to similarity 1', () => {
    const index = new NearDuplicateIndex(hasher);
    index.add('a', WIRE, 0);
    const folded = WIRE.toUpperCase().replace(/[,.]/g, ' ').replace(/\n\n/g, '\n');
    expect(index.find(folded)).toEqual({ articleId: 'a', similarity: 1 });
  });

  it('finds a reprint cut short (containment) but not one sharing only a paragraph', () => {
    const index = new NearDuplicateIndex(hasher);
    index.add('full', WIRE, 0);
    const paragraphs = WIRE.split('\n\n');
    const shortened = paragraphs.slice(0, 5).join('\n\n');
    expect(index.find(shortened)?.articleId).toBe('full');
    const borrowed = `${OTHER}\n\n${paragraphs[2]}`;
    expect(index.find(borrowed)).toBeNull();
  });

  it('prefers the most similar of several earlier copies', () => {
    const index = new NearDuplicateIndex(hasher);
    index.add('edited', WIRE.replace(/Sunday/g, 'Saturday').replace('900', 'nine hundred'), 0);
    index.add('same', `${WIRE}\n\nReporting by staff.`, 1);
    expect(index.find(WIRE)?.articleId).toBe('same');
  });

  it('leads copies of copies back to one original', () => {
    const index = new NearDuplicateIndex(hasher);
    index.add('ap-1', WIRE, 0);
    index.add('other', OTHER, 1);
    index.add('reprint', REPRINT, 2);
    const again = `${REPRINT}\n\nShare this story with friends on social media and by email.`;
    index.add('reprint-2', again, 3);
    expect(index.originalOf('ap-1')).toBe('ap-1');
    expect(index.originalOf('reprint')).toBe('ap-1');
    expect(index.originalOf('reprint-2')).toBe('ap-1');
    expect(index.originalOf('other')).toBe('other');
    expect(index.originalOf('unknown')).toBeNull();
    const copy = NearDuplicateIndex.fromJSON(hasher, JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.originalOf('reprint-2')).toBe('ap-1');
  });

  it('forgets articles beyond the window, by count and by age', () => {
    const byCount = new NearDuplicateIndex(hasher, { maxArticles: 2 });
    byCount.add('x', WIRE, 0);
    byCount.add('y', OTHER, 1);
    byCount.add('z', 'something else entirely, short', 2);
    expect(byCount.size).toBe(2);
    expect(byCount.find(WIRE)).toBeNull();
    expect(byCount.find(OTHER)?.articleId).toBe('y');

    const day = 24 * 3600 * 1000;
    const byAge = new NearDuplicateIndex(hasher, { maxAgeMs: 30 * day });
    byAge.add('old', WIRE, 0);
    byAge.add('new', OTHER, 31 * day);
    expect(byAge.size).toBe(1);
    expect(byAge.find(REPRINT)).toBeNull();
  });

  it('round-trips through JSON with the same answers', () => {
    const index = new NearDuplicateIndex(hasher);
    index.add('ap-1', WIRE, 10);
    index.add('other', OTHER, 20);
    const copy = NearDuplicateIndex.fromJSON(hasher, JSON.parse(JSON.stringify(index.toJSON())));
    expect(copy.size).toBe(2);
    expect(copy.find(REPRINT)).toEqual(index.find(REPRINT));
    expect(copy.find(OTHER)).toEqual({ articleId: 'other', similarity: 1 });
    expect(() => NearDuplicateIndex.fromJSON(hasher, { version: 9 })).toThrow();
  });
});
