// A check of entity merges that generalises beyond the seeds, on ECB+ (772 articles, 35 topics, each topic two
// real-world events of one kind — two different actresses entering rehab, two different earthquakes). The corpus
// has no cross-document entity gold in our copy, so the row measures a defensible proxy: people are rarely shared
// between ECB+ topics, so a person merge made on evidence (not an identical name: a spelling variant, a surname
// joined to a full name, or the reverse) is counted right when the entity's first article is in the same topic.
// Report only; the note gives counts by kind, and the details list every such merge for reading. The evidence
// thresholds of the registry were adjusted after reading these merges, so this is a tuning figure, not a held-out one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze/analyze.js';
import { EntityRegistry } from '../../link/entities/entity-registry.js';
import type { Span } from '../../model.js';
import type { Row } from '../scoreboard.js';

const DATASET = 'events/ecbplus';

interface EcbDoc {
  id: string;
  topic: number;
  event: string;
  text: string;
}

function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    if (part.trim()) spans.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return spans;
}

export async function entityEcbRows(dataRoot: string): Promise<Row[]> {
  const path = join(dataRoot, 'events', 'ecbplus', 'docs.jsonl');
  const id = 'entities.ecbplus.person_merge_same_topic';
  if (!existsSync(path)) return [{ id, dataset: DATASET, value: null, note: `data missing: ${path}` }];
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbDoc);
  const registry = new EntityRegistry();
  const firstTopic = new Map<string, number>();
  const merges: { kind: string; form: string; into: string; same: boolean; doc: string; topic: number }[] =
    [];
  let resolveMs = 0;
  for (const doc of docs) {
    const analysis = analyze({ id: doc.id, text: doc.text, paragraphs: paragraphsOf(doc.text) });
    const started = performance.now();
    const { ids } = registry.resolve(analysis, { articleId: doc.id, date: '', text: doc.text });
    resolveMs += performance.now() - started;
    const kinds = registry.lastMatches;
    analysis.entities.forEach((e, i) => {
      const gid = ids[i]!;
      const kind = kinds[i]!;
      if (e.type === 'person' && kind !== 'exact' && kind !== 'new' && firstTopic.has(gid))
        merges.push({
          kind,
          form: e.name,
          into: registry.get(gid)?.name ?? gid,
          same: firstTopic.get(gid) === doc.topic,
          doc: doc.id,
          topic: doc.topic,
        });
    });
    for (const gid of ids) if (!firstTopic.has(gid)) firstTopic.set(gid, doc.topic);
  }
  const right = merges.filter((m) => m.same).length;
  const byKind = new Map<string, [number, number]>();
  for (const m of merges) {
    const c = byKind.get(m.kind) ?? [0, 0];
    c[0] += m.same ? 1 : 0;
    c[1]++;
    byKind.set(m.kind, c);
  }
  const kinds = [...byKind.entries()].map(([k, [r, n]]) => `${k} ${r}/${n}`).join(', ');
  const wrong = merges.filter((m) => !m.same).slice(0, 3);
  return [
    {
      id,
      dataset: DATASET,
      value: merges.length ? right / merges.length : null,
      note: `${right} of ${merges.length} evidence merges of people within one topic (${kinds}); ${registry.size} entities from ${docs.length} articles; resolve ${(resolveMs / docs.length).toFixed(2)} ms/article${wrong.length ? `; across topics e.g. ${wrong.map((m) => `${m.form} → ${m.into}`).join('; ')}` : ''}`,
      details: { merges },
    },
  ];
}
