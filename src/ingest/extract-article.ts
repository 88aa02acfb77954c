// The extraction path that `storyline extract` and the extraction benchmark share: HTML → clean article text.
import { sha256 } from './article-id.js';
import { buildArticle } from './build-article.js';

export async function extractArticleFromHtml(
  html: string,
  url: string | null,
): Promise<{ text: string; title: string | null }> {
  const origin = url ?? 'page.html';
  const article = buildArticle({
    origin,
    kind: 'html',
    raw: {
      id: sha256(html),
      origin,
      kind: 'html',
      mediaType: 'text/html',
      body: html,
      fetchedAt: new Date(0).toISOString(),
    },
    body: { format: 'html', html, url },
    hints: [],
  });
  return { text: article.text, title: article.title };
}
