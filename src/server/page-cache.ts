// A small LRU of rendered pages whose keys carry everything the page depends on (e.g. a story's update time,
// article count and view build time), so an entry can never be served stale: a change makes a new key.

export class PageCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = 256) {}

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, page: string): void {
    this.entries.delete(key);
    this.entries.set(key, page);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
