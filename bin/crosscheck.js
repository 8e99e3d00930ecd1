#!/usr/bin/env node
import { loadBundle } from './bundle.js';

// `crosscheck … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const bundle = loadBundle();
const { main } = bundle ?? (await import('../dist/cli/main.js'));
process.exitCode = await main(process.argv.slice(2));
if (bundle && !bundle.cacheUsed) bundle.saveCache();
