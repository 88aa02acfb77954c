// Reading TimeML (.tml) documents: the plain text of <TEXT>, its TIMEX3 annotations and the creation time.

export interface TimemlTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  /** The document creation time's value (YYYY-MM-DD…), or null. */
  dct: string | null;
  text: string;
  timexes: TimemlTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

/** Parses one TimeML document; offsets index the unescaped text of its <TEXT> element. */
export function parseTimeml(id: string, xml: string): TimemlDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctTag ? attribute(dctTag[1]!, 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  const body = open >= 0 ? xml.slice(open + 6, close >= 0 ? close : undefined) : '';
  let text = '';
  const timexes: TimemlTimex[] = [];
  const stack: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*)>|&(\w+);|[^<&]+|[<&]/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        const t = stack.pop();
        if (t)
          timexes.push({
            start: t.start,
            end: text.length,
            text: text.slice(t.start, text.length),
            type: t.type,
            value: t.value,
          });
      } else if (!m[3]!.trim().endsWith('/')) {
        stack.push({
          start: text.length,
          type: attribute(m[3]!, 'type') ?? '',
          value: attribute(m[3]!, 'value') ?? '',
        });
      }
    } else if (m[4]) text += ENTITIES[m[4]] ?? m[0];
    else text += m[0];
  }
  return { id, dct, text, timexes: timexes.sort((a, b) => a.start - b.start) };
}
