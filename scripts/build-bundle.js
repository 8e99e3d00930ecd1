// `npm run build`, after tsc: save the compiled lexicons (scripts/build-lexicons.js), then bundle dist/cli/main.js
// and its dependencies into one script, dist/cli/bundle.cjs, run the CLI from it on the seed story and save V8's
// code cache, dist/cli/bundle.cache (see bin/bundle.js).
// Without esbuild (an install without dev dependencies) there is no bundle and the CLI loads dist/ as usual.

import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED_STORY = path.join(ROOT, 'corpus/korea-russia-builders');

const { writeLexiconSnapshot } = await import('./build-lexicons.js');
const snapshot = await writeLexiconSnapshot();
console.log(`build-lexicons: ${path.relative(ROOT, snapshot)} (${(readFileSync(snapshot).length / 1024).toFixed(0)} KB)`);

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('build-bundle: esbuild is not installed; no bundle (the CLI loads dist/ modules).');
  process.exit(0);
}
const { BUNDLE_FILE, CACHE_FILE, loadBundle } = await import(pathToFileURL(path.join(ROOT, 'bin/bundle.js')).href);
const BUNDLE_DIR = path.dirname(BUNDLE_FILE);

rmSync(CACHE_FILE, { force: true });
const built = await esbuild.build({
  entryPoints: [path.join(ROOT, 'dist/cli/main.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  preserveSymlinks: true, // node_modules/… paths as the package sees them (import.meta.url below)
  minifyWhitespace: true, // no comments: fewer bytes to read at every start, and no non-ASCII text in them
  plugins: [moduleUrlPerFile(), loadedOnFirstCall('string-width'), anyAsciiBlocksOnDemand()],
});
const code = asciiRegexLiterals(built.outputFiles[0].text);
if (/\bimport\(/.test(code)) throw new Error('build-bundle: the bundle still has a dynamic import(), which a vm.Script cannot run');
// The bundle is one function expression that bin/bundle.js calls like a CommonJS module wrapper; its own names
// start with __bundle so that no bundled module shadows them.
const bundle =
  `// crosscheck build ${randomUUID()}\n` +
  `(function (exports, require, module, __bundleDir) {\n` +
  `const __bundleModuleUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__bundleDir, file)).href;\n` +
  `${code}\n})`;
writeAtomically(BUNDLE_FILE, bundle);

if (existsSync(SEED_STORY)) await train();
console.log(`build-bundle: ${path.relative(ROOT, BUNDLE_FILE)} (${(bundle.length / 1024).toFixed(0)} KB)` +
  (existsSync(CACHE_FILE) ? `, code cache ${(readFileSync(CACHE_FILE).length / 1024).toFixed(0)} KB` : ', no code cache'));

/**
 * Each module keeps its own import.meta.url (the file it was bundled from, relative to the bundle), so paths
 * such as rules/ or the worker script resolve as they do from dist/.
 */
function moduleUrlPerFile() {
  return {
    name: 'module-url-per-file',
    setup(build) {
      build.onLoad({ filter: /\.m?js$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        if (!contents.includes('import.meta.url')) return undefined;
        const relative = JSON.stringify(path.relative(BUNDLE_DIR, args.path));
        return { contents: contents.replaceAll('import.meta.url', `__bundleModuleUrl(${relative})`), loader: 'js' };
      });
    },
  };
}

/**
 * `import f from '<name>'` (a package whose only export is a default function) gets a stand-in that loads the
 * package on the first call. string-width builds a large Unicode RegExp and an Intl.Segmenter when it loads
 * (~25 ms); yargs imports it for help text only.
 */
function loadedOnFirstCall(name) {
  return {
    name: 'loaded-on-first-call',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${name}$`) }, async (args) => {
        if (args.kind !== 'import-statement') return undefined; // the stand-in's own require below
        const real = await build.resolve(name, { kind: 'require-call', resolveDir: args.resolveDir });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: 'loaded-on-first-call' };
      });
      build.onLoad({ filter: /.*/, namespace: 'loaded-on-first-call' }, (args) => ({
        contents:
          `let loaded;\n` +
          `export default function (...args) {\n` +
          `  loaded ??= require(${JSON.stringify(args.path)}).default;\n` +
          `  return loaded(...args);\n}\n`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/**
 * any-ascii keeps its transliteration tables in one function, a `switch` over 640 Unicode blocks that returns a
 * string each (540 KB). Compiled once, its constants put every table into the code cache (~500 KB of its 1.2 MB,
 * deserialised by every run). Here each block becomes a function of its own, which V8 compiles only when a run
 * meets a character of that block.
 */
function anyAsciiBlocksOnDemand() {
  return {
    name: 'any-ascii-blocks-on-demand',
    setup(build) {
      build.onLoad({ filter: /[\\/]any-ascii[\\/]block\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const blocks = [...source.matchAll(/^case (\d+):return(".*")$/gm)];
        const shape = /^export default function block\(blockNum\) \{\nswitch \(blockNum\) \{\n(case \d+:return".*"\n)+\}\nreturn""\n\}\n?$/;
        if (!shape.test(source)) throw new Error(`build-bundle: ${args.path} no longer has the shape this plugin rewrites`);
        return {
          contents:
            `const BLOCKS = {\n${blocks.map(([, number, text]) => `${number}: () => ${text},`).join('\n')}\n};\n` +
            `export default function block(blockNum) {\n  const text = BLOCKS[blockNum];\n  return text === undefined ? '' : text();\n}\n`,
          loader: 'js',
        };
      });
    },
  };
}

/** The seed story through the common formats, so their code is compiled when the cache is taken. */
async function train() {
  const loaded = loadBundle();
  if (!loaded) throw new Error('build-bundle: the bundle just written does not load');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-build-'));
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: ROOT };
  try {
    for (const format of ['json', 'stylish']) {
      for (const output of [['-o', path.join(scratch, `report.${format}`)], []]) {
        const code = await loaded.main(['check', SEED_STORY, '-f', format, ...output], io);
        if (code > 1) throw new Error(`build-bundle: the training run (check -f ${format}) exited with ${code}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  loaded.saveCache();
}

/**
 * esbuild writes strings and identifiers in ASCII but regex literals as they are; one non-ASCII character makes
 * node read the whole bundle into a two-byte string (twice the bytes, and a UTF-8 decode). Each non-ASCII
 * character of a regex literal becomes its \u escape, which means the same character there.
 */
function asciiRegexLiterals(code) {
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) edits.push([node.getStart(source), node.end]);
    else ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of edits) {
    out += code.slice(at, start) + asciiRegexLiteral(code.slice(start, end));
    at = end;
  }
  out += code.slice(at);
  if (/[^\x00-\x7f]/.test(out)) console.warn('build-bundle: the bundle keeps non-ASCII text outside regex literals');
  return out;
}

/** `/…/flags` with each non-ASCII character (escaped or not: an identity escape means the character itself) as
 * \uXXXX, or \u{…} past the BMP under the u or v flag (a surrogate pair of escapes otherwise). */
function asciiRegexLiteral(literal) {
  const unicode = /[uv]/.test(literal.slice(literal.lastIndexOf('/')));
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const escaped = literal[i] === '\\';
    const c = String.fromCodePoint(literal.codePointAt(escaped ? i + 1 : i));
    if (c.charCodeAt(0) < 0x80) out += escaped ? `\\${c}` : c;
    else out += escapeCodePoint(c, unicode);
    i += (escaped ? 1 : 0) + c.length - 1;
  }
  return out;
}

function escapeCodePoint(c, unicode) {
  const hex = (n) => `\\u${n.toString(16).padStart(4, '0')}`;
  const cp = c.codePointAt(0);
  if (cp <= 0xffff) return hex(cp);
  return unicode ? `\\u{${cp.toString(16)}}` : hex(c.charCodeAt(0)) + hex(c.charCodeAt(1));
}

function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
