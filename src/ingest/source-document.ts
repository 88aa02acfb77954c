// One article-to-be, as read from an input and before extraction and cleaning.
import type { ArticleMetadata, InputKind, RawInput } from '../model.js';

/** Metadata an input carried beside the article (record fields, feed entry, HTTP headers, file name). */
export type MetadataHints = Partial<Omit<ArticleMetadata, 'credits'>>;

export type DocumentBody =
  | { format: 'html'; html: string; url: string | null }
  | { format: 'text'; text: string; title: string | null };

export interface SourceDocument {
  /** Path, URL, "path#line 3" or "feed-url#entry 2": what a person needs to find the input again. */
  origin: string;
  kind: InputKind;
  raw: RawInput;
  body: DocumentBody;
  /** Metadata from the input itself, by decreasing trust: record/front matter first, then feed, http, file name. */
  hints: MetadataHints[];
}
