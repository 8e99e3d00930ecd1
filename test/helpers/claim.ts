// A claim built by hand for unit tests of the stages after extraction: the fields a test does not care about
// get neutral values.
import type { Claim } from '../../src/model.js';

export function claimWith(over: Partial<Claim>): Claim {
  return { id: 'a@0', source: 'a', kind: 'quantity', text: 'x', start: 0, end: 1, line: 1, column: 1, sentence: 0, value: null, ...over };
}
