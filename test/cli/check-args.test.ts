// The plain `check` parser (src/cli/check-args.ts) must read every command line it accepts exactly as yargs does,
// and leave the rest to yargs.

import { describe, expect, it } from 'vitest';
import { parsePlainCheckArgs } from '../../src/cli/check-args.js';
import { parseWithYargs } from '../../src/cli/main.js';
import type { CheckArgs } from '../../src/cli/check.js';

const KEYS: (keyof CheckArgs)[] = ['folders', 'format', 'outputFile', 'quiet', 'maxWarnings', 'config', 'rule', 'rules', 'primary', 'staged', 'printConfig', 'jobs', 'color', 'watch'];

async function throughYargs(argv: string[]): Promise<Partial<CheckArgs>> {
  const parsed = await parseWithYargs(['check', ...argv], () => {});
  const args = parsed!.args as CheckArgs;
  return Object.fromEntries(KEYS.map((k) => [k, k === 'folders' ? (args.folders ?? []) : args[k]]));
}

describe('plain check arguments', () => {
  it.each([
    [[]],
    [['corpus/a']],
    [['corpus/a', 'corpus/b', 'c d']],
    [['corpus/a', '-f', 'json', '-o', '/tmp/r.json']],
    [['--format=sarif', 'corpus/a', '--output-file=r=1.json']],
    [['-f', 'markdown', '--quiet', 'corpus/a']],
    [['corpus/a', '--no-color', '--max-warnings', '0', '-j', '2']],
    [['--color', 'corpus/a', '--jobs=3', '--staged', '--print-config']],
    [['corpus/a', '--no-quiet', '--primary', 'draft.txt', '-c', 'my.json']],
    [['2024', '--max-warnings=12']],
    [['corpus/a', '-w', '-f', 'json', '-o', 'r.json']],
    [['--watch', 'corpus/a', 'corpus/b', '--no-color']],
    [['corpus/a', '--no-watch']],
  ])('reads %j as yargs does', async (argv) => {
    const plain = parsePlainCheckArgs(argv);
    expect(plain).toBeDefined();
    expect(plain).toEqual(await throughYargs(argv));
  });

  it.each([
    [['corpus/a', '--rule', 'x:off']],
    [['corpus/a', '--rules', 'dir']],
    [['corpus/a', '-f', 'xml']],
    [['corpus/a', '-f']],
    [['corpus/a', '-o', '-']],
    [['corpus/a', '--quiet', 'false']],
    [['corpus/a', '--quiet=true']],
    [['corpus/a', '--watch', 'true']],
    [['corpus/a', '-w', '-w']],
    [['corpus/a', '--max-warnings', 'two']],
    [['corpus/a', '--max-warnings', '-1']],
    [['corpus/a', '-f', 'json', '--format', 'json']],
    [['corpus/a', '--outputFile', 'x']],
    [['corpus/a', '--no-format']],
    [['corpus/a', '--unknown']],
    [['corpus/a', '-fjson']],
    [['--', 'corpus/a']],
    [['corpus/a', '--help']],
    [['']],
  ])('leaves %j to yargs', (argv) => {
    expect(parsePlainCheckArgs(argv)).toBeUndefined();
  });
});
