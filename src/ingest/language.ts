// Language identification of article text with `eld` (static medium model, no downloads).
import { eld } from 'eld/medium';

export interface DetectedLanguage {
  code: string;
  reliable: boolean;
}

/** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (sample.trim().length < 20) return null;
  const result = eld.detect(sample);
  if (!result.language) return null;
  return { code: result.language, reliable: result.isReliable() };
}

/** Normalises a declared language ("en-US", "en_GB", "EN") to its ISO 639-1 part, or null when unusable. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m?.[1] ? m[1].toLowerCase() : null;
}
