import { describe, expect, it } from 'vitest';
import type { ClusterDoc } from './cluster-doc.js';
import { StoryClusterer } from './story-clusterer.js';
import { countTerms } from './streaming-tfidf.js';

const DAY = 86_400_000;

function doc(id: string, title: string, text: string, entities: string[], day: number): ClusterDoc {
  return {
    articleId: id,
    title,
    date: day * DAY,
    dated: true,
    terms: countTerms(title, text, 3),
    entities: new Map(entities.map((e) => [e, 2])),
    places: new Map(),
    quantities: [],
    times: [],
  };
}

const quakeA = [
  doc(
    'a1',
    'Earthquake strikes Ica',
    'A strong earthquake struck Ica province, killing dozens.',
    ['ica', 'red cross'],
    0,
  ),
  doc(
    'a2',
    'Ica earthquake toll rises',
    'Rescuers in Ica searched collapsed homes after the earthquake.',
    ['ica'],
    1,
  ),
  doc(
    'a3',
    'Aid reaches Ica after quake',
    'Red Cross aid reached Ica survivors of the earthquake.',
    ['ica', 'red cross'],
    2,
  ),
];
const budget = [
  doc(
    'b1',
    'Parliament passes budget',
    'Lawmakers passed the budget after a long debate on taxes.',
    ['parliament'],
    1,
  ),
  doc(
    'b2',
    'Budget vote splits parliament',
    'The budget debate on taxes split parliament lawmakers.',
    ['parliament'],
    2,
  ),
];

describe('StoryClusterer', () => {
  it('keeps articles of one event together and apart from another event', () => {
    const c = new StoryClusterer({ threshold: 0.15 });
    const ids = [quakeA[0]!, budget[0]!, quakeA[1]!, budget[1]!, quakeA[2]!].map((d) => c.add(d).storyId);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[0]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('explains a decision: score, threshold, runner-up and the shared terms and entities', () => {
    const c = new StoryClusterer({ threshold: 0.15 });
    const first = c.add(quakeA[0]!);
    expect(first.explanation.kind).toBe('new');
    expect(first.storyId).toBe('s1');
    c.add(budget[0]!);
    const d = c.add(quakeA[2]!);
    expect(d.explanation.kind).toBe('joined');
    expect(d.explanation.score).toBeGreaterThanOrEqual(d.explanation.threshold);
    expect(d.explanation.sharedEntities).toContain('ica');
    expect(d.explanation.sharedTerms.map((t) => t.term)).toContain('earthquak');
    expect(d.explanation.sharedTerms.every((t) => t.weight > 0)).toBe(true);
  });

  it('is deterministic for a given arrival order', () => {
    const run = () => {
      const c = new StoryClusterer({ threshold: 0.15 });
      return [...quakeA, ...budget].map((d) => c.add(d));
    };
    expect(run()).toEqual(run());
  });

  it('forces an article into a given story', () => {
    const c = new StoryClusterer();
    const s = c.add(quakeA[0]!).storyId;
    const d = c.add(budget[0]!, { forceStory: s });
    expect(d.storyId).toBe(s);
    expect(d.explanation.kind).toBe('forced');
  });

  it('penalises time apart, and a story quiet beyond the horizon attracts nothing', () => {
    const steady = { halfLifeDays: 1e9, forgetBelow: 0, maxFeatures: 1000 };
    const near = new StoryClusterer({ threshold: 0.01, df: steady });
    near.add(quakeA[0]!);
    const soon = near.add(quakeA[1]!).explanation.score;
    const far = new StoryClusterer({ threshold: 0.01, df: steady });
    far.add(quakeA[0]!);
    const late = far.add({ ...quakeA[1]!, date: 60 * DAY }).explanation.score;
    expect(late).toBeLessThan(soon);

    const c = new StoryClusterer({ threshold: 0.01, horizonDays: 30 });
    const s = c.add(quakeA[0]!).storyId;
    c.add({ ...budget[0]!, date: 100 * DAY });
    expect(c.add({ ...quakeA[1]!, date: 101 * DAY }).storyId).not.toBe(s);
  });

  it('keeps at most maxStories recent stories, so the state stays bounded', () => {
    const c = new StoryClusterer({ maxStories: 10, threshold: 0.99 });
    const word = (i: number) =>
      `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
    for (let i = 0; i < 50; i++) c.add(doc(`x${i}`, word(i), `${word(i)}x ${word(i)}y`, [], i));
    expect(c.activeStories).toBe(10);
    const snap = JSON.stringify(c.toJSON().stories);
    expect(snap).not.toContain('wda');
    expect((c.toJSON().stories as unknown[]).length).toBe(10);
  });

  it('merges two stories that an article shows to be one, and records it', () => {
    const c = new StoryClusterer({ threshold: 0.5, mergeThreshold: 0.3 });
    const s1 = c.add(doc('m1', 'Dam breaks', 'dam breaks flood valley town', ['river dam'], 0)).storyId;
    const s2 = c.add(doc('m2', 'Villagers flee', 'villagers flee water homes', ['valley town'], 0)).storyId;
    expect(s2).not.toBe(s1);
    const d = c.add(
      doc(
        'm3',
        'Dam breaks, villagers flee',
        'dam breaks villagers flee flood valley town water homes',
        ['river dam', 'valley town'],
        0,
      ),
    );
    expect(d.merges).toEqual([expect.objectContaining({ from: s2, into: s1, articleId: 'm3' })]);
    expect(d.storyId).toBe(s1);
    expect(c.add(doc('m4', 'x', 'villagers flee', [], 0), { forceStory: s2 }).storyId).toBe(s1);
  });

  it('raises the score when the article leads with the entity the story leads with, and says so', () => {
    const lead = (d: ClusterDoc, leads: string[]): ClusterDoc => ({ ...d, leads });
    const run = (leadBoost: number) => {
      const c = new StoryClusterer({ threshold: 0.01, leadBoost });
      c.add(lead(quakeA[0]!, ['e:ica']));
      return c.add(lead(quakeA[1]!, ['e:ica'])).explanation;
    };
    const plain = run(0);
    const boosted = run(0.4);
    expect(boosted.score).toBeCloseTo(Math.min(1, plain.score * 1.4), 3);
    expect(boosted.reason).toContain('both lead with entity:ica');
    expect(plain.reason).toBeNull();
    // The same last name is the same lead.
    const named = new StoryClusterer({ threshold: 0.01, leadBoost: 0.4 });
    named.add({ ...quakeA[0]!, entities: new Map([['maria ica', 2]]), leads: ['e:maria ica'] });
    expect(named.add(lead(quakeA[1]!, ['e:ica'])).explanation.reason).toContain('both lead with entity:ica');
    // A lead the story does not lead with changes nothing.
    const c = new StoryClusterer({ threshold: 0.01, leadBoost: 0.4 });
    c.add(lead(quakeA[0]!, ['e:red cross']));
    expect(c.add(lead(quakeA[1]!, ['e:ica'])).explanation.score).toBeCloseTo(plain.score, 3);
  });

  it('asks more of an article joining a story of one, unless both lead with the same entity', () => {
    const lead = (d: ClusterDoc, leads: string[]): ClusterDoc => ({ ...d, leads });
    const probe = new StoryClusterer({ threshold: 0.01, leadBoost: 0, youngStoryMargin: 0 });
    probe.add(quakeA[0]!);
    const score = probe.add(quakeA[1]!).explanation.score;
    const opts = { threshold: score - 0.01, youngStoryMargin: 0.05, leadBoost: 0 };
    const strict = new StoryClusterer(opts);
    const s = strict.add(lead(quakeA[0]!, ['e:red cross'])).storyId;
    const d = strict.add(lead(quakeA[1]!, ['e:ica']));
    expect(d.storyId).not.toBe(s);
    expect(d.explanation.kind).toBe('new');
    expect(d.explanation.threshold).toBeCloseTo(score + 0.04, 3);
    const waived = new StoryClusterer(opts);
    const w = waived.add(lead(quakeA[0]!, ['e:ica'])).storyId;
    expect(waived.add(lead(quakeA[1]!, ['e:ica'])).storyId).toBe(w);
  });

  it('resumes from an older snapshot that kept centroids as [feature, weight] pairs', () => {
    const a = new StoryClusterer({ threshold: 0.15 });
    for (const d of [quakeA[0]!, budget[0]!]) a.add(d);
    const snap = JSON.parse(JSON.stringify(a.toJSON())) as {
      stories: { centroid: { f: string[]; w: number[] } | [string, number][] }[];
    };
    for (const story of snap.stories) {
      const { f, w } = story.centroid as { f: string[]; w: number[] };
      story.centroid = f.map((x, i) => [x, w[i]!]);
    }
    const b = StoryClusterer.fromJSON(snap);
    const rest = [quakeA[1]!, budget[1]!, quakeA[2]!];
    expect(rest.map((d) => b.add(d))).toEqual(rest.map((d) => a.add(d)));
  });

  it('resumes from a snapshot exactly where it was', () => {
    const a = new StoryClusterer({ threshold: 0.15 });
    for (const d of [quakeA[0]!, budget[0]!]) a.add({ ...d, leads: ['e:ica'] });
    const b = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
    const rest = [quakeA[1]!, budget[1]!, quakeA[2]!];
    expect(rest.map((d) => b.add(d).storyId)).toEqual(rest.map((d) => a.add(d).storyId));
  });

  it('keeps centroid weights exactly in its snapshot, so a reopened clusterer scores to the last bit', () => {
    const a = new StoryClusterer({ threshold: 0.15 });
    for (const d of [quakeA[0]!, budget[0]!, quakeA[1]!]) a.add(d);
    const b = StoryClusterer.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
    const centroids = (c: StoryClusterer) =>
      [...(c as unknown as { stories: Map<string, { centroid: Map<string, number> }> }).stories.values()].map(
        (s) => [...s.centroid],
      );
    expect(centroids(b)).toEqual(centroids(a));
    const next = [budget[1]!, quakeA[2]!];
    expect(next.map((d) => b.add(d))).toEqual(next.map((d) => a.add(d)));
    expect(b.toJSON()).toEqual(a.toJSON());
  });
});

describe('StoryClusterer specificity', () => {
  // Earnings tables of different companies: the same genre words, nothing specific in common.
  const earnings = (i: number, company: string): ClusterDoc =>
    doc(
      `q${i}`,
      `${company} 4th qtr net`,
      `${company} shr profit vs loss net revs qtr avg shrs ${company.toLowerCase()}`,
      [company.toLowerCase()],
      i / 10,
    );
  // Earlier news of the genre: its words are common in the stream (far more than 1% of the recent documents).
  const background = (i: number): ClusterDoc =>
    doc(
      `n${i}`,
      `topic${i} item`,
      `word${i}a word${i}b 4th qtr shr profit vs loss net revs avg shrs`,
      [`org${i}`],
      i / 10,
    );

  it('does not join articles that share only words common in the stream', () => {
    const c = new StoryClusterer({ specificDocs: 5, threshold: 0.2 });
    for (let i = 0; i < 40; i++) c.add(background(i));
    const companies = ['Cobanco', 'Esquire', 'Handy', 'Dahlberg', 'Coradian', 'Tonka', 'Emhart', 'Valtek'];
    const decisions = companies.map((name, i) => c.add(earnings(40 + i, name)));
    // Where every feature counts as specific, they lump together.
    const loose = new StoryClusterer({ specificDocs: 5, threshold: 0.2, specificShare: 1, minSpecific: 0 });
    for (let i = 0; i < 40; i++) loose.add(background(i));
    const lumped = companies.map((name, i) => loose.add(earnings(40 + i, name)).storyId);
    expect(new Set(lumped).size).toBeLessThan(companies.length / 2);
    expect(new Set(decisions.map((d) => d.storyId)).size).toBe(companies.length);
    expect(decisions.every((d) => d.explanation.kind === 'new')).toBe(true);
  });

  it('still joins a second report on the same company', () => {
    const c = new StoryClusterer({ specificDocs: 5, threshold: 0.2 });
    for (let i = 0; i < 40; i++) c.add(background(i));
    for (const [i, name] of ['Cobanco', 'Esquire', 'Handy', 'Dahlberg'].entries())
      c.add(earnings(40 + i, name));
    const first = c.add(earnings(50, 'Tonka')).storyId;
    expect(c.add(earnings(51, 'Tonka')).storyId).toBe(first);
  });

  it('does not take two organisations ending in "Inc" for the same lead', () => {
    const c = new StoryClusterer({ threshold: 0.01, leadBoost: 0.4, minSpecific: 0 });
    c.add({ ...quakeA[0]!, entities: new Map([['excelan inc', 2]]), leads: ['e:excelan inc'] });
    const d = c.add({ ...quakeA[1]!, entities: new Map([['champion inc', 2]]), leads: ['e:champion inc'] });
    expect(d.explanation.reason ?? '').not.toContain('both lead with');
  });
});
