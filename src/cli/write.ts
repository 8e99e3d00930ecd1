import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

/** Where a report goes, piece by piece: stdout, or a file that appears whole or not at all. */
export interface ReportSink {
  write(chunk: string): void;
  /** Make the output visible (rename the temporary file into place). */
  close(): void;
  /** Give up: remove the temporary file, leave any existing report untouched. */
  abort(): void;
}

export function stdoutSink(write: (chunk: string) => void): ReportSink {
  return { write, close() {}, abort() {} };
}

/**
 * Write through a temporary file in the same folder and rename it into place: a reader never sees half a report
 * and a failed run leaves the previous one. A device or pipe (-o /dev/null) is written as it is: renaming over it
 * would replace it.
 */
export function fileSink(file: string): ReportSink {
  const special = isSpecialFile(file);
  const target = special ? file : temporaryFile(file);
  const fail = (e: unknown): never => {
    if (!special) rmSync(target, { force: true });
    throw new InputError(`${file}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the folder exists and is writable.`);
  };
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (e) {
    return fail(e);
  }
  let open = true;
  const closeFd = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(chunk) {
      try {
        writeSync(fd, chunk);
      } catch (e) {
        closeFd();
        fail(e);
      }
    },
    close() {
      closeFd();
      if (!special) {
        try {
          renameSync(target, file);
        } catch (e) {
          fail(e);
        }
      }
    },
    abort() {
      closeFd();
      if (!special) rmSync(target, { force: true });
    },
  };
}

/** The temporary file fileSink writes before renaming it to `file`. */
export function temporaryFile(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

function isSpecialFile(file: string): boolean {
  try {
    return !statSync(file).isFile();
  } catch {
    return false;
  }
}
