// A claim value as a reader says it: "P2D" → "2 days", "#40" → "40th", "2022-02-24" → "24 Feb 2022",
// "1.9e11 usd" → "190 billion USD", "116 %" → "116%". Values it does not recognise are returned as they are.

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

export function claimValueLabel(value: string): string {
  const v = value.trim();
  const duration = v.length > 1 ? DURATION.exec(v) : null;
  if (duration) {
    const parts = duration
      .slice(1)
      .map((n, i) => (n === undefined ? null : `${n} ${DURATION_UNITS[i]}${Number(n) === 1 ? '' : 's'}`))
      .filter((p): p is string => p !== null);
    if (parts.length > 0) return parts.join(' ');
  }
  const ordinal = /^#(\d+)$/.exec(v);
  if (ordinal) return ordinalLabel(Number(ordinal[1]));
  const date = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(v);
  if (date) {
    const month = MONTHS[Number(date[2]) - 1];
    if (month) return date[3] ? `${Number(date[3])} ${month} ${date[1]}` : `${month} ${date[1]}`;
  }
  const amount = /^(-?\d+(?:\.\d+)?(?:e-?\d+)?)(?:\s*(.+))?$/i.exec(v);
  if (amount) {
    const n = Number(amount[1]);
    const unit = amount[2]?.trim() ?? '';
    if (Number.isFinite(n)) {
      const number = numberLabel(n);
      if (!unit) return number;
      if (unit === '%') return `${number}%`;
      return `${number} ${/^[a-z]{3}$/.test(unit) ? unit.toUpperCase() : unit}`;
    }
  }
  return value;
}

function numberLabel(n: number): string {
  for (const [scale, word] of SCALES) if (Math.abs(n) >= scale) return `${trim(n / scale)} ${word}`;
  // Below 10,000 without separators: "2019" is as likely a year as a count.
  return Math.abs(n) >= 10_000 ? Math.round(n).toLocaleString('en-US') : trim(n);
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}

function ordinalLabel(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
