// Dates that inputs give as metadata (feeds, records, headers, file names) → ISO 8601.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Parses a metadata date (ISO 8601, RFC 822/1123, "2023-03-20 10:00", "20 March 2023") into ISO 8601. */
export function parseMetadataDate(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  // Date only: keep it a date, not a midnight UTC timestamp.
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dateOnly) return validDate(+dateOnly[1]!, +dateOnly[2]!, +dateOnly[3]!) ? s : null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact)
    return validDate(+compact[1]!, +compact[2]!, +compact[3]!)
      ? `${compact[1]}-${compact[2]}-${compact[3]}`
      : null;
  const dmy = /^(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(s);
  if (dmy) {
    const m = MONTHS.indexOf(dmy[2]!.slice(0, 3).toLowerCase());
    if (m >= 0 && validDate(+dmy[3]!, m + 1, +dmy[1]!)) return `${dmy[3]}-${pad(m + 1)}-${pad(+dmy[1]!)}`;
  }
  const normalised = s.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2');
  const t = Date.parse(normalised);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return d.toISOString();
}

/** A date in a file name or URL path: 2023-03-20, 2023_03_20, 20230320, /2023/03/20/. */
export function dateInName(name: string): string | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.exec(
    name,
  );
  if (!m) return null;
  return validDate(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
