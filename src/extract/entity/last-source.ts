import type { Source } from '../../model.js';

/** Remembers the value for the most recent source only. The extractors of one source run back to back; one
 *  entry lets the previous source's tokens die young, where a WeakMap would keep them until a full GC. */
export class LastSourceCache<V> {
  private source: Source | undefined;
  private value: V | undefined;

  get(source: Source): V | undefined {
    return source === this.source ? this.value : undefined;
  }

  set(source: Source, value: V): V {
    this.source = source;
    this.value = value;
    return value;
  }
}
