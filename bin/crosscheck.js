#!/usr/bin/env node
// CommonJS (bin/package.json): node runs a CommonJS entry without starting its ES module loader, a few ms
// of every run. The CLI itself is the start-up bundle (bin/bundle.js) or, without one, the dist/ modules.
'use strict';
const { loadBundle } = require('./bundle.js');

// `crosscheck … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const bundle = loadBundle();
const loaded = bundle ? Promise.resolve(bundle) : import('../dist/cli/main.js');
loaded
  .then(({ main }) => main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
    if (bundle && !bundle.cacheUsed) bundle.saveCache();
  });
