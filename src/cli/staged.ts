// `--staged`: the story folders that hold files staged in git, for hooks (husky, plain git hooks).

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { InputError } from '../errors.js';

const SOURCE_FILE = /\.(txt|md|html?)$|(^|\/)story\.json$/i;

export function stagedStoryFolders(cwd: string): string[] {
  let out: string;
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
    out = execFileSync('git', ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'], { cwd: top, encoding: 'utf8' });
    const files = out.split('\0').filter((f) => f && SOURCE_FILE.test(f));
    return [...new Set(files.map((f) => path.relative(cwd, path.join(top, path.dirname(f))) || '.'))].sort();
  } catch {
    throw new InputError(`${cwd}: --staged needs a git repository; run it inside one or pass the story folders.`);
  }
}
