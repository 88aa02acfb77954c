// Brat standoff annotations (.ann) of attributions, as PolNeAR ships them: text-bound spans (Source, Cue, Content,
// Attribution) and events tying them together ("E1 Attribution:T4 Content:T3 Cue:T2 Source:T1").
import type { Span } from '../../model.js';

export interface GoldAttribution {
  content: Span[];
  /** Empty when the annotators marked the attribution as having no source ("Attribution-no-source"). */
  source: Span[];
  cue: Span[];
}

/** Brat spans may be discontinuous ("10 20;30 40"). */
function spans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return { start: a ?? 0, end: b ?? 0 };
  });
}

/** Every attribution event that has a content span (events without one cannot be scored and are skipped). */
export function parseBrat(ann: string): GoldAttribution[] {
  const textBound = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n').map((line) => line.split('\t'));
  for (const [id, body] of lines) {
    if (!id?.startsWith('T') || !body) continue;
    const m = /^(\S+) ([\d ;]+)$/.exec(body.trim());
    if (m?.[2]) textBound.set(id, spans(m[2]));
  }
  for (const [id, body] of lines) {
    if (!id?.startsWith('E') || !body) continue;
    const roles = new Map<string, string>();
    for (const role of body.trim().split(/\s+/)) {
      const [name, ref] = role.split(':');
      if (name && ref) roles.set(name, ref);
    }
    const get = (name: string) => textBound.get(roles.get(name) ?? '') ?? [];
    const content = get('Content');
    if (content.length === 0) continue;
    out.push({ content, source: get('Source'), cue: get('Cue') });
  }
  return out;
}
