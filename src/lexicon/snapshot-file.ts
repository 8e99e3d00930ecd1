// Where `npm run build` saves the compiled lexicons (scripts/build-lexicons.js). Its own module, so that
// schema/validate.ts can read the build's time from it without importing the snapshot reader, which imports it.

import { fileURLToPath } from 'node:url';

export const SNAPSHOT_FILE = fileURLToPath(new URL('../lexicons.snapshot', import.meta.url));
