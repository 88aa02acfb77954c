// Credit lines at the end of an article ("With information from X", "Source: Reuters", "(Reporting by X;
// Editing by Y)", "— AFP"): taken out of the body, with the names they credit.
import type { CreditedSource } from '../../model.js';

const CREDIT =
  /^[([]?\s*(?:with (?:information|reporting|files|input) (?:from|by)|(?:additional )?reporting by|information from|writing by|compiled by|edited by|editing by|sources?\s*:|via\s*:?|con información de|com informações d[aeo]s?|avec|mit material von|based on reports? (?:from|by))\s+(.+?)\s*[)\]]?\.?$/i;
const WIRE_SIGNOFF = /^[-—–]\s*(\p{Lu}[\p{L}.&' ]{1,30})$|^\(\s*(\p{Lu}[\p{L}.&' ]{1,30})\s*\)$/u;

/** The credited names in a paragraph, or null when it is not a credit line. */
export function readCredit(paragraph: string): CreditedSource[] | null {
  const line = paragraph
    .trim()
    .replace(/^\*+|\*+$/g, '')
    .trim();
  if (line.split(/\s+/).length > 30) return null;
  const m = CREDIT.exec(line);
  const names = m?.[1] ?? WIRE_SIGNOFF.exec(line)?.[1] ?? WIRE_SIGNOFF.exec(line)?.[2] ?? null;
  if (!names) return null;
  return names
    .split(/\s*(?:;|,|\band\b|&|\by\b|\be\b)\s*/)
    .map((n) =>
      n
        .replace(/^(?:editing|writing|reporting) by\s+/i, '')
        .replace(/[.)\]]+$/, '')
        .trim(),
    )
    .filter((n) => n.length > 1 && /\p{L}/u.test(n))
    .map((name) => ({ name, line }));
}
