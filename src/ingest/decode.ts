// Bytes → text. UTF-8 (BOM optional) or UTF-16 with a BOM; NUL bytes without a UTF-16 BOM mean binary.
// Invalid UTF-8 becomes U+FFFD (non-fatal decoding) and is counted so the user hears about it.

import { InputError } from '../errors.js';

/** A file that is not text: skipped in a folder, an error when named alone. */
export class BinaryFileError extends InputError {}

export interface Decoded {
  text: string;
  /** Replacement characters the decoder had to insert. */
  replaced: number;
}

const BINARY_SNIFF_BYTES = 8192;
const REPLACEMENT = '\uFFFD';

export function decodeBytes(bytes: Uint8Array, path: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), replaced: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), replaced: 0 };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new BinaryFileError(`${path}: binary file, not a text source`);
  }
  // TextDecoder drops a UTF-8 BOM by default.
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = text.includes(REPLACEMENT) ? countOf(text, REPLACEMENT) - countEncodedReplacements(bytes) : 0;
  return { text, replaced };
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding problem. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
