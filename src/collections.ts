/** Append to the list under a key, creating it: linear where `[...old, value]` would be quadratic. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The values sorted in place, duplicates dropped: a set that a merge walk can intersect cheaply. */
export function uniqueSorted(values: Uint32Array): Uint32Array {
  const sorted = values.sort();
  let w = 0;
  for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r];
  return sorted.subarray(0, w);
}

/** Size of the intersection of two sorted sets (merge walk). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/**
 * Order strings by UTF-16 code units. For ids of [a-z0-9-] this is the order localeCompare gives, without the
 * ~10 ms its first call spends setting up an ICU collator.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
