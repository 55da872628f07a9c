/**
 * The in-memory search indexes of the stored ROME catalogue (docs/decisions/013-rome-catalogue-storage.md).
 * Built from the database on first use and after an import; every `recheckMs` a request checks the
 * stored catalogue's stamp (version and import time, one indexed row) and, when another process
 * imported a new release, rebuilds in the background while the previous indexes keep answering.
 */
export interface CatalogueSnapshot<I> {
  /** Identifies the stored catalogue the indexes were built from. */
  stamp: string;
  value: I;
}

export interface CatalogueSource<I> {
  /** The stamp of the stored catalogue, null when none is imported. */
  readStamp(): Promise<string | null>;
  /** Builds the indexes from the stored catalogue, null when none is imported. */
  load(): Promise<CatalogueSnapshot<I> | null>;
}

export class CatalogueCache<I> {
  /** undefined: never loaded; null: no catalogue in the database. */
  private current: CatalogueSnapshot<I> | null | undefined;
  private loading: Promise<CatalogueSnapshot<I> | null> | undefined;
  private checkedAtMs = Number.NEGATIVE_INFINITY;
  private readonly recheckMs: number;

  constructor(recheckMs = 2_000) {
    this.recheckMs = recheckMs;
  }

  /** The current indexes (null without a catalogue), loading them the first time. */
  async get(source: CatalogueSource<I>, nowMs: number): Promise<I | null> {
    if (this.current !== undefined && nowMs - this.checkedAtMs < this.recheckMs) return this.current?.value ?? null;
    this.checkedAtMs = nowMs;
    if (this.current === undefined) return (await this.reload(source))?.value ?? null;
    // A failed check (database briefly unreachable) keeps the current indexes.
    const stamp = await source.readStamp().catch(() => this.current?.stamp ?? null);
    if (stamp !== (this.current?.stamp ?? null)) {
      // Another process imported: rebuild in the background, keep answering meanwhile.
      void this.reload(source).catch(() => undefined);
    }
    return this.current?.value ?? null;
  }

  /** Rebuilds now (after an import in this process); concurrent callers share one build. */
  reload(source: CatalogueSource<I>): Promise<CatalogueSnapshot<I> | null> {
    this.loading ??= source
      .load()
      .then((snapshot) => {
        this.current = snapshot;
        return snapshot;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }

  /** After an import: rebuilds if the indexes were ever loaded (a CLI process never builds them). */
  async refresh(source: CatalogueSource<I>): Promise<void> {
    if (this.current === undefined && this.loading === undefined) return;
    await this.reload(source);
  }

  /** Forgets everything: the next `get` loads again. */
  clear(): void {
    this.current = undefined;
    this.checkedAtMs = Number.NEGATIVE_INFINITY;
  }
}
