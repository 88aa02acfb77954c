// A StoryView made straight from a story's articles, analyses and links, for stories that synthesis has not
// reached yet: coverage, lead sentences of each independent source, quotes, entities, cited sources, outlet
// opinion share. No claims or timeline (those need synthesis), and the page says so.
import type {
  Analysis,
  Article,
  ArticleLink,
  CitedSentence,
  QuoteEntry,
  StorySources,
  StorySummary,
  StoryView,
} from '../model.js';

export interface StoryArticle {
  article: Article;
  analysis: Analysis | null;
  link: ArticleLink;
}

/** Version 0 marks a view built here rather than by synthesis. */
export const FALLBACK_VIEW_VERSION = 0;

function leadSentence(d: StoryArticle): CitedSentence | null {
  const s = d.analysis?.sentences.find((x) => x.end - x.start > 40) ?? d.analysis?.sentences[0];
  const span = s ?? d.article.paragraphs[0];
  if (!span) return null;
  const text = d.article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return {
    text,
    from: { articleId: d.article.id, sentence: 0 },
    citations: [{ articleId: d.article.id, span: { start: span.start, end: span.end } }],
    sources: 1,
  };
}

export function fallbackStoryView(story: StorySummary, docs: readonly StoryArticle[]): StoryView {
  const outletOf = (d: StoryArticle) => d.article.metadata.outlet.value;
  const originals = docs.filter((d) => !d.link.duplicateOf);
  // One lead sentence per independent source, earliest first.
  const seenKeys = new Set<string>();
  const leads: CitedSentence[] = [];
  for (const d of originals) {
    if (seenKeys.has(d.link.sourceKey)) continue;
    seenKeys.add(d.link.sourceKey);
    const s = leadSentence(d);
    if (s) leads.push(s);
  }

  const quotes: QuoteEntry[] = [];
  const quoteByText = new Map<string, QuoteEntry>();
  for (const d of docs) {
    const a = d.analysis;
    if (!a) continue;
    for (const q of a.quotes) {
      if (q.content.text.split(/\s+/).length < 5) continue;
      const key = q.content.text.toLowerCase().replace(/\W+/g, ' ').trim();
      const speakerEntity = q.speaker?.entity != null ? a.entities[q.speaker.entity] : undefined;
      const entityId = q.speaker?.entity != null ? (d.link.entityIds[q.speaker.entity] ?? null) : null;
      const variant = {
        articleId: d.article.id,
        outlet: outletOf(d),
        text: q.content.text,
        span: { start: q.content.start, end: q.content.end },
        kind: q.kind,
      };
      const known = quoteByText.get(key);
      if (known) {
        known.variants.push(variant);
        const outlet = outletOf(d);
        if (outlet && !known.outlets.includes(outlet)) known.outlets.push(outlet);
        continue;
      }
      const entry: QuoteEntry = {
        id: `q${quotes.length + 1}`,
        speaker: { entityId, name: speakerEntity?.name ?? q.speaker?.text ?? null },
        addressee: q.addressee ? { entityId: null, name: q.addressee.text } : null,
        medium: q.medium,
        kind: q.kind,
        text: q.content.text,
        variants: [variant],
        outlets: outletOf(d) ? [outletOf(d)!] : [],
        independentSources: 1,
        firstReported: { articleId: d.article.id, outlet: outletOf(d), date: d.link.date.value },
      };
      quoteByText.set(key, entry);
      quotes.push(entry);
    }
  }
  for (const q of quotes)
    q.independentSources = new Set(
      q.variants.map((v) => docs.find((d) => d.article.id === v.articleId)?.link.sourceKey),
    ).size;

  const entities = new Map<string, StoryView['entities'][number]>();
  for (const d of docs) {
    d.analysis?.entities.forEach((e, i) => {
      const id = d.link.entityIds[i] ?? `local:${e.type}:${e.name.toLowerCase()}`;
      const known = entities.get(id);
      if (known) {
        known.mentions += e.mentions;
        if (!known.articleIds.includes(d.article.id)) known.articleIds.push(d.article.id);
      } else
        entities.set(id, {
          id,
          name: e.name,
          type: e.type,
          mentions: e.mentions,
          articleIds: [d.article.id],
        });
    });
  }

  const sources = storySources(docs);
  const coverage = new Map<string, number>();
  for (const d of docs) {
    const day = d.link.date.value.slice(0, 10);
    coverage.set(day, (coverage.get(day) ?? 0) + 1);
  }

  const outletPerspectives = sources.outlets.map((o) => {
    const own = docs.filter((d) => o.articleIds.includes(d.article.id));
    const opinions = own.flatMap((d) => (d.analysis?.opinion ?? []).map((op) => ({ op, d })));
    const opinionated = opinions.filter((x) => x.op.opinion);
    return {
      outlet: o.name,
      articleIds: o.articleIds,
      opinionShare: opinions.length ? opinionated.length / opinions.length : 0,
      opinionSentences: opinionated.slice(0, 3).map(({ op, d }) => ({
        text: d.article.text.slice(op.start, op.end),
        citation: { articleId: d.article.id, span: { start: op.start, end: op.end } },
        triggers: op.triggers.map((t) => t.text),
      })),
      loadedTerms: [
        ...new Set(opinionated.flatMap((x) => x.op.triggers.map((t) => t.text.toLowerCase()))),
      ].slice(0, 8),
      omittedClaims: [],
    };
  });

  const actors = new Map<string, StoryView['perspectives']['actors'][number]>();
  for (const q of quotes) {
    const name = q.speaker.name;
    if (!name) continue;
    const key = q.speaker.entityId ?? name.toLowerCase();
    const entity = q.speaker.entityId ? entities.get(q.speaker.entityId) : undefined;
    const actor = actors.get(key) ?? {
      entityId: q.speaker.entityId,
      name,
      type: entity?.type ?? 'person',
      statements: [],
    };
    actor.statements.push({
      stance: 'says',
      text: q.text,
      citations: q.variants.map((v) => ({ articleId: v.articleId, span: v.span })),
    });
    actors.set(key, actor);
  }

  const headline = story.title ?? originals[0]?.article.title ?? docs[0]?.article.title ?? 'Untitled story';
  return {
    version: FALLBACK_VIEW_VERSION,
    storyId: story.id,
    headline,
    summary: { headline, oneLine: leads[0] ?? null, keyPoints: leads.slice(0, 5), short: [], long: [] },
    timeline: [],
    claims: [],
    quotes,
    entities: [...entities.values()].sort(
      (a, b) => b.articleIds.length - a.articleIds.length || b.mentions - a.mentions,
    ),
    sources,
    perspectives: { actors: [...actors.values()], outlets: outletPerspectives },
    changes: docs.map((d) => ({
      articleId: d.article.id,
      seq: d.link.seq,
      date: d.link.date.value,
      outlet: outletOf(d),
      newClaims: [],
      newQuotes: quotes.filter((q) => q.firstReported.articleId === d.article.id).map((q) => q.id),
      newTimeline: [],
      contradictions: [],
    })),
    coverage: [...coverage.entries()].sort().map(([day, articles]) => ({ day, articles })),
    articles: docs.map((d) => ({
      id: d.article.id,
      title: d.article.title,
      outlet: outletOf(d),
      language: d.article.metadata.language.value,
      date: d.link.date,
      seq: d.link.seq,
      sourceKey: d.link.sourceKey,
      duplicateOf: d.link.duplicateOf,
      wireOrigin: d.link.wireOrigin ? { key: d.link.wireOrigin.key, name: d.link.wireOrigin.name } : null,
    })),
  };
}

function storySources(docs: readonly StoryArticle[]): StorySources {
  const outlets = new Map<string, { name: string; articleIds: string[]; sourceKeys: string[] }>();
  const cited = new Map<string, StorySources['cited'][number]>();
  const wires = new Map<string, { key: string; name: string; articleIds: string[] }>();
  const edges = new Map<string, { from: string; to: string; count: number }>();
  const nodes = new Map<string, StorySources['graph']['nodes'][number]>();
  const edge = (from: string, to: string) => {
    const k = `${from}→${to}`;
    const e = edges.get(k) ?? { from, to, count: 0 };
    e.count++;
    edges.set(k, e);
  };
  for (const d of docs) {
    const name = d.article.metadata.outlet.value ?? 'Unknown outlet';
    const o = outlets.get(name) ?? { name, articleIds: [], sourceKeys: [] };
    o.articleIds.push(d.article.id);
    if (!o.sourceKeys.includes(d.link.sourceKey)) o.sourceKeys.push(d.link.sourceKey);
    outlets.set(name, o);
    nodes.set(`o:${name}`, { id: `o:${name}`, label: name, kind: 'outlet' });
    if (d.link.wireOrigin) {
      const w = wires.get(d.link.wireOrigin.key) ?? {
        key: d.link.wireOrigin.key,
        name: d.link.wireOrigin.name,
        articleIds: [],
      };
      w.articleIds.push(d.article.id);
      wires.set(w.key, w);
      nodes.set(`w:${w.key}`, { id: `w:${w.key}`, label: w.name, kind: 'wire' });
      edge(`o:${name}`, `w:${w.key}`);
    }
    const seen = new Set<string>();
    for (const c of d.analysis?.citedSources ?? []) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      const entry = cited.get(c.key) ?? {
        key: c.key,
        name: c.name,
        kind: c.kind,
        citedBy: [],
        articleIds: [],
      };
      if (!entry.citedBy.includes(name)) entry.citedBy.push(name);
      entry.articleIds.push(d.article.id);
      cited.set(c.key, entry);
      nodes.set(`c:${c.key}`, { id: `c:${c.key}`, label: c.name, kind: 'cited' });
      edge(`o:${name}`, `c:${c.key}`);
    }
  }
  return {
    outlets: [...outlets.values()].sort((a, b) => b.articleIds.length - a.articleIds.length),
    independentSources: new Set(docs.map((d) => d.link.sourceKey)).size,
    cited: [...cited.values()].sort((a, b) => b.articleIds.length - a.articleIds.length),
    wireOrigins: [...wires.values()],
    graph: { nodes: [...nodes.values()], edges: [...edges.values()] },
  };
}
