// The start-up bundle (bin/bundle.js, scripts/build-bundle.js): the CLI run from it prints what the dist/ modules
// print, with worker threads too. Uses the built CLI (npm test builds first, bundle included).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module without types
import { BUNDLE_FILE, loadBundle } from '../../bin/bundle.js';

const BIN = path.resolve('bin/crosscheck.js');
const STORY = 'corpus/korea-russia-builders';

function run(args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('start-up bundle', () => {
  it('is built and loads', () => {
    expect(existsSync(BUNDLE_FILE)).toBe(true);
    expect(typeof loadBundle()?.main).toBe('function');
  });

  it('is off with CROSSCHECK_NO_BUNDLE', () => {
    process.env.CROSSCHECK_NO_BUNDLE = '1';
    try {
      expect(loadBundle()).toBeUndefined();
    } finally {
      delete process.env.CROSSCHECK_NO_BUNDLE;
    }
  });

  it.each([
    [['check', STORY, '-f', 'json']],
    [['check', STORY, STORY, '--jobs', '2', '-f', 'sarif']],
    [['check', STORY, '--format', 'nope']],
    [['check', '--help']],
  ])('prints what the dist/ modules print, and ends with an exit code of its own (no crash): %j', (args) => {
    const bundled = run(args);
    // A crash (a V8 flag changed at run time once made every check segfault) ends with a signal, status null.
    expect([0, 1, 2]).toContain(bundled.status);
    expect(bundled).toEqual(run(args, { CROSSCHECK_NO_BUNDLE: '1' }));
  });
});
