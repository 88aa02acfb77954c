// The article list of a story view: outlet, date (and where it came from), independent source, copy and wire markers.
import type { StoryDoc, StoryViewArticle } from '../model.js';
import { outletOf } from './outlet-name.js';

export function buildStoryArticles(docs: readonly StoryDoc[]): StoryViewArticle[] {
  return [...docs]
    .sort((a, b) => a.link.seq - b.link.seq)
    .map((d) => ({
      id: d.article.id,
      title: d.article.title,
      outlet: outletOf(d),
      language: d.article.metadata.language.value,
      date: d.link.date,
      seq: d.link.seq,
      sourceKey: d.link.sourceKey,
      duplicateOf: d.link.duplicateOf,
      wireOrigin: d.link.wireOrigin ? { key: d.link.wireOrigin.key, name: d.link.wireOrigin.name } : null,
    }));
}
