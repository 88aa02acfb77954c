// Looking a word up in a plain-object table: only the table's own entries count, so a word such as "constructor" or
// "toString" does not find Object.prototype's functions.
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
