export { cleanText, type CleanResult } from './clean.js';
export { OffsetMap, normalizeText } from './normalize.js';
export { findBoilerplate } from './boilerplate.js';
export { readCredit } from './credits.js';
export { findGlue, splitGlued } from './glue.js';
export { detectTitle } from './title.js';
