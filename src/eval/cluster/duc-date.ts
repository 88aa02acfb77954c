// The publication date of a DUC/TDT story: the DOCNO carries it (APW19980628.0168); the `date` field, written in
// several formats ("1998-28-06 05:36:00", "07/17/1998 07:32:00", "1998-08-10 21:35"), gives the time of day.

/** ISO 8601 date-time (UTC) of a story, or null when neither the DOCNO nor the date field has a date. */
export function ducDate(docno: string, written: string | null | undefined): string | null {
  const fromId = /^[A-Z_]+(\d{4})(\d\d)(\d\d)/.exec(docno);
  const time = /(\d{1,2}):(\d\d)(?::(\d\d))?/.exec(written ?? '');
  const hhmmss = time ? `${time[1]!.padStart(2, '0')}:${time[2]}:${time[3] ?? '00'}` : '00:00:00';
  if (fromId) return `${fromId[1]}-${fromId[2]}-${fromId[3]}T${hhmmss}Z`;
  const day = writtenDay(written ?? '');
  return day ? `${day}T${hhmmss}Z` : null;
}

/** The day of a written date in any of the three forms, as YYYY-MM-DD; the month is the field that is ≤ 12. */
function writtenDay(s: string): string | null {
  let m = /(\d{4})-(\d\d)-(\d\d)/.exec(s);
  if (m) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return `${m[1]}-${pad(month)}-${pad(day)}`;
  }
  m = /(\d\d?)\/(\d\d?)\/(\d{4})/.exec(s);
  if (m) return `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
