import { renameSync, writeFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

/** Write through a temporary file in the same folder and rename: a reader never sees half a report. */
export function writeFileAtomic(file: string, content: string): void {
  // A device or pipe (-o /dev/null, -o /dev/stdout) is written as it is: renaming over it would replace it.
  if (isSpecialFile(file)) {
    writeFileSync(file, content);
    return;
  }
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new InputError(`${file}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the folder exists and is writable.`);
  }
}

function isSpecialFile(file: string): boolean {
  try {
    return !statSync(file).isFile();
  } catch {
    return false;
  }
}
