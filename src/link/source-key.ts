// The independent-source identity of an article that is not a copy: its wire origin, else its outlet, else itself.
import type { Article } from '../model.js';
import type { WireOrigin } from './wire-origin.js';

export function sourceKeyOf(article: Pick<Article, 'id' | 'metadata'>, wire: WireOrigin | null): string {
  if (wire) return `wire:${wire.key}`;
  const outlet = article.metadata.outlet.value?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (outlet) return `outlet:${outlet}`;
  return `article:${article.id}`;
}
