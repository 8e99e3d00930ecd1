// Fast start-up. `npm run build` bundles the CLI into one script (dist/cli/bundle.cjs, scripts/build-bundle.js)
// and saves V8's compiled code for it after a training run (dist/cli/bundle.cache). Loading that script with its
// code cache skips resolving and compiling ~130 modules, which is most of a small run's start-up.
// Every failure falls back quietly: no bundle, or one older than the dist/ modules, or CROSSCHECK_NO_BUNDLE set →
// the dist/ modules as usual; a cache V8 rejects (another Node version or V8 flags) → compile as usual, then save a
// fresh cache (atomically, beside the bundle; a read-only install just keeps compiling).

'use strict';
const { readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const BUNDLE_FILE = path.join(__dirname, '../dist/cli/bundle.cjs');
const CACHE_FILE = path.join(__dirname, '../dist/cli/bundle.cache');
const DIST_MAIN = path.join(__dirname, '../dist/cli/main.js');

/** The bundle's first line names its build; a cache file starts with the same line, so a cache made for another
 * build is never used (V8 itself only checks the source's length). */
const BUILD_LINE = /^\/\/ crosscheck build \S+\n/;

/**
 * The CLI's `main` from the bundle, whether a code cache was used, and `saveCache` (call it after a run, so the
 * lazily compiled functions are in the cache; it never throws); undefined when the bundle cannot be used.
 * @returns {{ main: typeof import('../dist/cli/main.js').main, cacheUsed: boolean, saveCache: () => void } | undefined}
 */
function loadBundle() {
  if (process.env.CROSSCHECK_NO_BUNDLE) return undefined;
  let source;
  try {
    if (statSync(DIST_MAIN).mtimeMs > statSync(BUNDLE_FILE).mtimeMs) return undefined; // tsc ran since the bundle
    source = readFileSync(BUNDLE_FILE, 'utf8');
  } catch {
    return undefined;
  }
  const buildLine = BUILD_LINE.exec(source)?.[0];
  if (!buildLine) return undefined;
  const cachedData = readCache(buildLine);
  const script = new vm.Script(source, { filename: BUNDLE_FILE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE_FILE), module, path.dirname(BUNDLE_FILE));
  return {
    main: module.exports.main,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    saveCache: () => {
      // V8 records its flags in the cache and rejects a cache made under others: undo what the run changed.
      module.exports.restoreV8Flags?.();
      saveCache(script, buildLine);
    },
  };
}

/** @returns {Buffer | undefined} */
function readCache(buildLine) {
  try {
    const file = readFileSync(CACHE_FILE);
    const head = Buffer.from(buildLine);
    return file.subarray(0, head.length).equals(head) ? file.subarray(head.length) : undefined;
  } catch {
    return undefined;
  }
}

/** Write through a temporary file and rename it into place, so concurrent runs never read half a cache. */
function saveCache(script, buildLine) {
  const temporary = `${CACHE_FILE}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(buildLine), script.createCachedData()]));
    renameSync(temporary, CACHE_FILE);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // a read-only install: nothing was written
    }
  }
}

module.exports = { BUNDLE_FILE, CACHE_FILE, loadBundle };
