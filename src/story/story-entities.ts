// The entities of a story: global identities (from linking) with their mentions and the articles naming them.
import type { StoryDoc, StoryView } from '../model.js';

export function buildStoryEntities(docs: readonly StoryDoc[]): StoryView['entities'] {
  const byId = new Map<string, StoryView['entities'][number] & { names: Map<string, number> }>();
  for (const doc of docs) {
    doc.analysis.entities.forEach((e, i) => {
      const id = doc.link.entityIds[i] ?? `local:${doc.article.id}:${i}`;
      const entry = byId.get(id) ?? {
        id,
        name: e.name,
        type: e.type,
        mentions: 0,
        articleIds: [] as string[],
        names: new Map<string, number>(),
      };
      entry.mentions += e.mentions;
      if (!entry.articleIds.includes(doc.article.id)) entry.articleIds.push(doc.article.id);
      entry.names.set(e.name, (entry.names.get(e.name) ?? 0) + e.mentions);
      byId.set(id, entry);
    });
  }
  return [...byId.values()]
    .map(({ names, ...e }) => ({ ...e, name: mostUsedLongest(names) ?? e.name }))
    .sort(
      (a, b) =>
        b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
    );
}

/** The name written most often; ties go to the longer (fuller) form. */
function mostUsedLongest(names: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  for (const [name, count] of names)
    if (count > bestCount || (count === bestCount && best !== null && name.length > best.length)) {
      best = name;
      bestCount = count;
    }
  return best;
}
