// Inputs that could not be ingested, with stage and reason.
import type { StoredFailure } from '../../store/store.js';
import { html } from '../html.js';
import { page } from '../layout.js';

export function failuresPage(failures: StoredFailure[]): string {
  const body = html` <h1>Failed inputs</h1>
    <p class="lede">
      Inputs Storyline could not turn into articles. Nothing else in their batch was affected.
    </p>
    ${
      failures.length
        ? html`<table class="list">
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Stage</th>
                <th scope="col">Reason</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              ${failures.map(
                (f) =>
                  html`<tr>
                    <td>${f.origin}</td>
                    <td>${f.stage}</td>
                    <td>${f.reason}</td>
                    <td>${f.at.slice(0, 16).replace('T', ' ')}${f.count > 1 ? ` (×${f.count})` : ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<div class="empty">No failed inputs.</div>`
    }`;
  return page({ title: 'Failed inputs', section: 'failures', body });
}

export function notFoundPage(what: string): string {
  return page({
    title: 'Not found',
    section: 'none',
    body: html`<h1>Not found</h1>
      <div class="empty">${what}</div>
      <p><a href="/">← All articles</a></p>`,
  });
}
