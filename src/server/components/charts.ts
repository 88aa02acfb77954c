// Small server-drawn SVG charts: a coverage sparkline for story cards and a labelled bar chart of articles per day.
import { html, type SafeHtml } from '../html.js';
import { shortDayLabel } from '../pages/common.js';

export interface DayCount {
  day: string;
  articles: number;
}

/** Days per bar so that the whole span from the first to the last day fits in `maxBars` bars. */
export function daysPerBar(days: readonly DayCount[], maxBars: number): number {
  const sorted = days
    .map((d) => Date.parse(`${d.day.slice(0, 10)}T00:00:00Z`))
    .filter((t) => !Number.isNaN(t));
  if (sorted.length === 0) return 1;
  const span = Math.round((Math.max(...sorted) - Math.min(...sorted)) / 86_400_000) + 1;
  return Math.max(1, Math.ceil(span / maxBars));
}

/**
 * Articles per bar over the whole span, the days between filled with zeros so gaps show as gaps: one day per bar,
 * or `daysPerBar` days when the span is longer than `maxBars` days (each bar is labelled by its first day).
 */
export function denseDays(days: readonly DayCount[], maxBars = 60): DayCount[] {
  const known = new Map<string, number>();
  for (const d of days) known.set(d.day.slice(0, 10), (known.get(d.day.slice(0, 10)) ?? 0) + d.articles);
  const sorted = [...known.keys()].sort();
  if (sorted.length === 0) return [];
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`);
  if (Number.isNaN(first) || Number.isNaN(last))
    return sorted.map((d) => ({ day: d, articles: known.get(d)! }));
  const step = daysPerBar(days, maxBars) * 86_400_000;
  const out: DayCount[] = [];
  for (let t = first; t <= last; t += step) {
    let articles = 0;
    for (let u = t; u < t + step && u <= last; u += 86_400_000)
      articles += known.get(new Date(u).toISOString().slice(0, 10)) ?? 0;
    out.push({ day: new Date(t).toISOString().slice(0, 10), articles });
  }
  return out;
}

/** A tiny bar sparkline (decorative: the numbers are given in text next to it). */
export function sparkline(days: readonly DayCount[], width = 96, height = 24): SafeHtml {
  const data = denseDays(days, 30);
  if (data.length === 0) return html``;
  const max = Math.max(1, ...data.map((d) => d.articles));
  const bar = width / data.length;
  const label = `Coverage: ${data.reduce((s, d) => s + d.articles, 0)} articles over ${data.length} day${data.length === 1 ? '' : 's'}`;
  return html`<svg
    class="spark"
    width="${width}"
    height="${height}"
    viewBox="0 0 ${width} ${height}"
    role="img"
    aria-label="${label}"
  >
    ${data.map((d, i) => {
      const h = d.articles === 0 ? 1 : Math.max(2, (d.articles / max) * (height - 2));
      return html`<rect
        x="${(i * bar + 0.5).toFixed(1)}"
        y="${(height - h).toFixed(1)}"
        width="${Math.max(1, bar - 1).toFixed(1)}"
        height="${h.toFixed(1)}"
        class="${d.articles ? 'on' : 'off'}"
      ></rect>`;
    })}
  </svg>`;
}

/** Articles per day as a labelled bar chart, with a table fallback for screen readers. */
export function coverageChart(days: readonly DayCount[]): SafeHtml {
  const data = denseDays(days, 45);
  if (data.length === 0) return html`<p class="meta">No dated coverage yet.</p>`;
  const per = daysPerBar(days, 45);
  const unit = per === 1 ? 'a day' : per === 7 ? 'a week' : `in ${per} days`;
  const barLabel = (d: DayCount) =>
    `${per === 1 ? shortDayLabel(d.day) : `${per} days from ${shortDayLabel(d.day)}`}: ${d.articles} article${d.articles === 1 ? '' : 's'}`;
  const width = 300;
  const height = 110;
  const max = Math.max(1, ...data.map((d) => d.articles));
  // Bars at most 28 px wide, centred, so a story of two days does not look like a wall.
  const bar = Math.min(28, (width - 10) / data.length);
  const left = (width - bar * data.length) / 2;
  const short = shortDayLabel;
  return html`<figure class="coverage">
    <svg
      viewBox="0 0 ${width} ${height + 18}"
      role="img"
      aria-label="Articles ${unit}, ${short(data[0]!.day)} to ${short(data[data.length - 1]!.day)}"
    >
      ${data.map((d, i) => {
        const h = (d.articles / max) * height;
        return html`<g>
          <title>${barLabel(d)}</title>
          <rect
            x="${(left + i * bar + 1).toFixed(1)}"
            y="${(height - h).toFixed(1)}"
            width="${Math.max(1, bar - 2).toFixed(1)}"
            height="${Math.max(d.articles ? 2 : 0, h).toFixed(1)}"
            class="on"
          ></rect>
        </g>`;
      })}
      <line x1="5" x2="${width - 5}" y1="${height}" y2="${height}" class="axis"></line>
      ${ticks(data, left, bar, height, short)}
    </svg>
    <figcaption class="meta">Peak ${max} article${max === 1 ? '' : 's'} ${unit}</figcaption>
  </figure>`;
}

/** Date labels under the first and last bars, or one label when the bars are too close for two. */
function ticks(
  data: readonly DayCount[],
  left: number,
  bar: number,
  height: number,
  short: (day: string) => string,
): SafeHtml {
  const first = short(data[0]!.day);
  const last = short(data[data.length - 1]!.day);
  const y = height + 14;
  if (data.length === 1)
    return html`<text x="${(left + bar / 2).toFixed(1)}" y="${y}" text-anchor="middle" class="tick"
      >${first}</text
    >`;
  if (bar * data.length < 110)
    return html`<text
      x="${(left + (bar * data.length) / 2).toFixed(1)}"
      y="${y}"
      text-anchor="middle"
      class="tick"
      >${first} – ${last}</text
    >`;
  return html`<text x="${left.toFixed(1)}" y="${y}" class="tick">${first}</text>
    <text x="${(left + bar * data.length).toFixed(1)}" y="${y}" text-anchor="end" class="tick"
      >${last}</text
    >`;
}
