// Unicode normalisation with an offset map back to the input: NFC, straight quotes, one dash per kind, plain
// spaces, no zero-width or control characters, "\n" line ends, single spaces, blank-line paragraph breaks.

/** Maps offsets in a produced text back to offsets in the text it was made from. */
export class OffsetMap {
  constructor(private readonly sources: Int32Array | number[]) {}

  /** The input offset of the character at `offset` in the output (the input's end for the output's end). */
  toSource(offset: number): number {
    if (this.sources.length === 0) return 0;
    if (offset >= this.sources.length) return (this.sources[this.sources.length - 1] ?? 0) + 1;
    return this.sources[Math.max(0, offset)] ?? 0;
  }

  get length(): number {
    return this.sources.length;
  }

  /** The map for a slice of the output. */
  slice(start: number, end: number): number[] {
    return Array.from(this.sources.slice(start, end));
  }
}

const SINGLE_QUOTES = /[‘’‚‛′`´]/;
const DOUBLE_QUOTES = /[“”„‟″«»〝〞＂]/;
const HYPHENS = /[‐‑−﹣－]/;
const EN_DASH = /[‒–]/;
const EM_DASH = /[—―⸺⸻]/;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/;
const DROP = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

export function normalizeText(input: string): { text: string; offsets: OffsetMap } {
  const nfc = input.normalize('NFC');
  // NFC can change lengths; keep a rough map from NFC offsets to input offsets by scaling when they differ.
  const scale = nfc.length === input.length ? null : input.length / Math.max(1, nfc.length);
  const out: string[] = [];
  const src: number[] = [];
  const push = (ch: string, at: number): void => {
    out.push(ch);
    src.push(scale ? Math.min(input.length - 1, Math.round(at * scale)) : at);
  };
  for (let i = 0; i < nfc.length; i++) {
    let ch = nfc[i] ?? '';
    if (ch === '\r') {
      if (nfc[i + 1] === '\n') continue;
      ch = '\n';
    }
    if (DROP.test(ch)) continue;
    if (SINGLE_QUOTES.test(ch)) ch = "'";
    else if (DOUBLE_QUOTES.test(ch)) ch = '"';
    else if (HYPHENS.test(ch)) ch = '-';
    else if (EN_DASH.test(ch)) ch = '–';
    else if (EM_DASH.test(ch)) ch = '—';
    else if (SPACES.test(ch) || ch === '\u2028') ch = ch === '\u2028' ? '\n' : ' ';
    else if (ch === '\u2029') ch = '\n';
    push(ch, i);
  }
  // Collapse spaces, trim lines, and turn 3+ newlines into one blank line.
  const text: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    const prev = text[text.length - 1];
    if (ch === ' ' && (prev === ' ' || prev === '\n' || prev === undefined)) continue;
    if (ch === '\n') {
      while (text[text.length - 1] === ' ') {
        text.pop();
        map.pop();
      }
      if (prev === undefined) continue;
      if (text[text.length - 1] === '\n' && text[text.length - 2] === '\n') continue;
    }
    text.push(ch);
    map.push(src[i]!);
  }
  while (text.length && /\s/.test(text[text.length - 1]!)) {
    text.pop();
    map.pop();
  }
  return { text: text.join(''), offsets: new OffsetMap(map) };
}
