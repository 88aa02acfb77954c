// Coverage over time: articles per day of the story, with empty days between filled in so a sparkline is honest.
import type { StoryDoc } from '../model.js';

const DAY = 86_400_000;

export function buildCoverage(docs: readonly StoryDoc[]): { day: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const day = dayOf(d.link.date.value);
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort();
  if (days.length === 0) return [];
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  // Long-running stories would make a day-by-day series huge; past a year, only the days with articles are kept.
  if ((last - first) / DAY > 366) return days.map((day) => ({ day, articles: counts.get(day) ?? 0 }));
  const out: { day: string; articles: number }[] = [];
  for (let t = first; t <= last; t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, articles: counts.get(day) ?? 0 });
  }
  return out;
}

function dayOf(value: string): string | null {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (m) return m[0];
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
