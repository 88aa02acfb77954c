// Bearer-token check in constant time (both sides hashed first, so lengths never leak either).
import { createHash, timingSafeEqual } from 'node:crypto';

export function tokenMatches(given: string, expected: string): boolean {
  if (!expected) return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length > 0;
}
