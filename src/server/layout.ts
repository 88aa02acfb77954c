// The page shell every page shares: landmarks, skip link, navigation, search box.
import { html, type SafeHtml } from './html.js';

export type Section = 'stories' | 'articles' | 'entities' | 'outlets' | 'search' | 'failures' | 'none';

export function page(options: { title: string; section: Section; query?: string; body: SafeHtml }): string {
  const nav = (href: string, label: string, section: Section): SafeHtml =>
    html`<li>
      <a href="${href}" ${options.section === section ? html`aria-current="page"` : ''}>${label}</a>
    </li>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · Storyline</title>
        <link rel="stylesheet" href="/assets/style.css" />
        <link
          rel="alternate"
          type="application/atom+xml"
          title="Storyline stories"
          href="/feeds/stories.atom"
        />
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">Story<span>line</span></a>
            <nav class="primary" aria-label="Primary">
              <ul>
                ${nav('/', 'Stories', 'stories')} ${nav('/articles', 'Articles', 'articles')}
                ${nav('/entities', 'Entities', 'entities')} ${nav('/outlets', 'Outlets', 'outlets')}
                ${nav('/failures', 'Failed inputs', 'failures')}
              </ul>
            </nav>
            <form class="search" role="search" action="/search" method="get">
              <label for="q" class="visually-hidden">Search stories and articles</label>
              <input
                id="q"
                name="q"
                type="search"
                placeholder="Search stories and articles…"
                value="${options.query ?? ''}"
              />
              <button type="submit">Search</button>
            </form>
          </div>
        </header>
        <main id="main">${options.body}</main>
        <footer class="site">Storyline — every line traceable to its sources.</footer>
      </body>
    </html>`.value;
}
