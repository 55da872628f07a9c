/**
 * An in-process read cache whose entries are dropped by tag when the database says the data
 * changed (change-feed.ts). Safe against the classic race: a read that started before an
 * invalidation of one of its tags is not stored (generation check). While the change feed is
 * down, the cache is off: every read goes to the database.
 */

export interface ReadCacheOptions {
  /** Upper bound on any entry's life, whatever it asks for. */
  maxAgeMs: number;
  maxEntries: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
  tags: string[];
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  private invalidations = 0;
  private enabled = false;
  private readonly options: ReadCacheOptions;

  constructor(options: ReadCacheOptions) {
    this.options = options;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.clear();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get(key: string, nowMs: number): V | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= nowMs) {
      this.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Call before reading from the database; pass the stamp to `set`. */
  stamp(tags: string[]): string {
    return `${this.epoch}:${tags.map((t) => this.generations.get(t) ?? 0).join(',')}`;
  }

  /** For a read whose tags are only known afterwards: any invalidation meanwhile prevents storing. */
  stampAll(): string {
    return `${this.epoch}:*${this.invalidations}`;
  }

  /** Stores `value` unless one of its tags was invalidated since `stamp` was taken. */
  set(key: string, value: V, tags: string[], stamp: string, expiresAtMs: number, nowMs: number): void {
    const current = stamp.includes(':*') ? this.stampAll() : this.stamp(tags);
    if (!this.enabled || current !== stamp) return;
    if (this.entries.size >= this.options.maxEntries) this.clear();
    this.delete(key);
    this.entries.set(key, { value, tags, expiresAt: Math.min(expiresAtMs, nowMs + this.options.maxAgeMs) });
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  invalidateTag(tag: string): void {
    this.invalidations++;
    this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    for (const key of this.byTag.get(tag) ?? []) this.delete(key);
    this.byTag.delete(tag);
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
    this.byTag.clear();
    this.generations.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) this.byTag.get(tag)?.delete(key);
  }
}
