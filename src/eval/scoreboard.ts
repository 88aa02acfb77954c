// The scoreboard that `npm run eval` and `npm run bench` print: one row per metric, as a table or JSON lines.

export interface Anchor {
  name: string;
  value: number;
}

export interface Row {
  id: string;
  dataset: string;
  /** Our figure; null when it could not be measured (the note says why). */
  value: number | null;
  /** The bar for the current issue, e.g. ">= 0.955" ("<=" for costs). */
  target?: string;
  anchors?: Anchor[];
  unit?: string;
  note?: string;
  details?: Record<string, unknown>;
}

export function meetsTarget(row: Row): boolean | null {
  if (row.value === null || !row.target) return null;
  const m = /^(>=|<=|>|<|=)\s*(-?[\d.]+)/.exec(row.target);
  if (!m) return null;
  const t = Number(m[2]);
  switch (m[1]) {
    case '>=':
      return row.value >= t;
    case '<=':
      return row.value <= t;
    case '>':
      return row.value > t;
    case '<':
      return row.value < t;
    default:
      return row.value === t;
  }
}

function formatValue(row: Row): string {
  if (row.value === null) return '—';
  const v =
    Math.abs(row.value) >= 100
      ? row.value.toFixed(1)
      : Math.abs(row.value) >= 10
        ? row.value.toFixed(2)
        : row.value.toFixed(3);
  return row.unit ? `${v} ${row.unit}` : v;
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['id', 'data set', 'ours', 'target', 'published anchors'];
  const body = rows.map((r) => {
    const ok = meetsTarget(r);
    const target = r.target ? `${r.target}${ok === null ? '' : ok ? ' ✓' : ' ✗'}` : '';
    const anchors = (r.anchors ?? []).map((a) => `${a.name} ${a.value}`).join(', ');
    return [
      r.id,
      r.dataset,
      formatValue(r),
      target,
      anchors + (r.note ? `${anchors ? ' · ' : ''}${r.note}` : ''),
    ];
  });
  const widths = header.map((h, i) =>
    Math.min(i === 4 ? 200 : 48, Math.max(h.length, ...body.map((b) => (b[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function renderJsonLines(rows: readonly Row[]): string {
  return rows.map((r) => JSON.stringify({ ...r, meets: meetsTarget(r) })).join('\n');
}

/** Parses `[--json] [prefix...]` command-line arguments. */
export function parseArgs(argv: readonly string[]): { json: boolean; prefixes: string[] } {
  return { json: argv.includes('--json'), prefixes: argv.filter((a) => !a.startsWith('--')) };
}

export function selected(id: string, prefixes: readonly string[]): boolean {
  return prefixes.length === 0 || prefixes.some((p) => id.startsWith(p));
}
