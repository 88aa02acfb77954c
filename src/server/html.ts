// Escaping HTML templates: every interpolated value is escaped unless it is already SafeHtml.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

const COMPACT = new WeakMap<TemplateStringsArray, string[]>();

/**
 * The template's own text with each run of whitespace that holds a line break cut to one line break: the same
 * rendering (HTML collapses whitespace; no template has a literal <pre> body), a third fewer bytes. Only the
 * templates' literal parts change, never interpolated values. Computed once per template.
 */
function compact(strings: TemplateStringsArray): string[] {
  let parts = COMPACT.get(strings);
  if (!parts) {
    parts = strings.map((s) => s.replace(/[ \t]*\n\s*/g, '\n'));
    COMPACT.set(strings, parts);
  }
  return parts;
}

/** Tagged template: html`<p>${userText}</p>` escapes userText. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  const parts = compact(strings);
  let out = parts[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (parts[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Only http(s) and relative URLs may be rendered as links; anything else (javascript:, data:) becomes "#". */
export function safeHref(url: string | null | undefined): string {
  if (!url) return '#';
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed) || /^\/(?!\/)/.test(trimmed) || /^\?/.test(trimmed)) return trimmed;
  return '#';
}
