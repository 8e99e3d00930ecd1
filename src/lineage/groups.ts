// Union-find over links: every source ends in the group of everything it copies or translates, transitively.

import type { LineageLink } from '../model.js';

/** Source id → id of its group's first source in name order. */
export function groupIds(ids: readonly string[], links: readonly LineageLink[]): Record<string, string> {
  const parent = new Map<string, string>(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = id; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  for (const { a, b } of links) {
    const ra = find(a);
    const rb = find(b);
    // The smaller id becomes the root, so a root is always its group's first source in name order.
    if (ra < rb) parent.set(rb, ra);
    else if (rb < ra) parent.set(ra, rb);
  }
  return Object.fromEntries(ids.map((id) => [id, find(id)]));
}
