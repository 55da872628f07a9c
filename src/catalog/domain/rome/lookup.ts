import type { Table } from './table.ts';
import { fail } from './values.ts';

type AnyTable = Pick<Table<string>, 'fileName'>;
type At = { line: number };

/**
 * Entities keyed by code, remembering the line each came from, so that a duplicate names both
 * lines and a dangling reference names the referencing line.
 */
export class Registry<V> {
  private readonly entries = new Map<string, V>();
  private readonly lines = new Map<string, number>();
  private readonly what: string;
  private readonly source: string;

  /** `what` names one entity in French, e.g. "code ROME"; `source` is the file defining them. */
  constructor(what: string, source: string) {
    this.what = what;
    this.source = source;
  }

  add(key: string, value: V, table: AnyTable, row: At): void {
    const first = this.lines.get(key);
    if (first !== undefined) {
      fail(table, row, 'duplicate_key', `${this.what} « ${key} » en double (première occurrence ligne ${first}).`);
    }
    this.entries.set(key, value);
    this.lines.set(key, row.line);
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** The entity a row refers to; a broken_reference error naming that row when it is unknown. */
  resolve(key: string, table: AnyTable, row: At): V {
    const value = this.entries.get(key);
    if (value === undefined)
      fail(table, row, 'broken_reference', `${this.what} « ${key} » introuvable dans ${this.source}.`);
    return value;
  }

  values(): V[] {
    return [...this.entries.values()];
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A set of link keys that refuses duplicates. */
export function addOnce(set: Set<string>, key: string, table: AnyTable, row: At, what: string): void {
  if (set.has(key)) fail(table, row, 'duplicate_key', `${what} en double.`);
  set.add(key);
}
