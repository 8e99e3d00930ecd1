// The options of `check`, and a parser for the plain command lines most runs use, so that a check need not load
// yargs (~10 ms of a small run's start-up). The table below feeds both: yargs (help, validation, messages) and
// the plain parser. Anything the plain parser is not sure to read as yargs does goes to yargs.

import type { Options } from 'yargs';
import { FORMATS, type FormatName } from '../report/index.js';
import type { CheckArgs } from './check.js';

export const CHECK_OPTIONS = {
  format: { alias: 'f', choices: FORMATS, default: 'stylish' as FormatName, describe: 'Report format' },
  'output-file': { alias: 'o', type: 'string', describe: 'Write the report to this file (atomically) instead of stdout' },
  quiet: { type: 'boolean', default: false, describe: 'Report errors only (infos and warnings hidden; exit code unchanged)' },
  'max-warnings': { type: 'number', describe: 'Exit 1 when warnings exceed this number' },
  config: { alias: 'c', type: 'string', describe: 'Config file (default: nearest crosscheck.config.json)' },
  rule: { type: 'string', array: true, describe: 'Set a rule severity: id:error|warning|info|off' },
  rules: { type: 'string', array: true, describe: 'Add a folder of rule files' },
  primary: { type: 'string', describe: "The editor's draft: a source file (or id) checked against the others" },
  staged: { type: 'boolean', default: false, describe: 'Check the story folders of the files staged in git' },
  'print-config': { type: 'boolean', default: false, describe: 'Print the configuration in force and exit' },
  jobs: { alias: 'j', type: 'number', default: 1, describe: 'Check this many story folders in parallel' },
  color: { type: 'boolean', describe: 'Force colour on or off (NO_COLOR is honoured)' },
  watch: { alias: 'w', type: 'boolean', default: false, describe: 'Keep running: re-check a story folder when its files change (Ctrl-C stops)' },
} as const satisfies Record<string, Options>;

type OptionName = keyof typeof CHECK_OPTIONS;

/** `--name` and `-alias` → option name. */
const BY_FLAG = new Map<string, OptionName>();
for (const [name, option] of Object.entries(CHECK_OPTIONS) as [OptionName, Options][]) {
  BY_FLAG.set(`--${name}`, name);
  if (option.alias) BY_FLAG.set(`-${option.alias as string}`, name);
}

/**
 * `check`'s arguments (argv after `check`) as yargs parses them, or undefined when the command line is not plain:
 * plain is folders, known options given once as `--name value`, `--name=value` or `-x value` (a value that does not
 * start with "-", a whole number for a number, one of the choices), and `--flag` / `--no-flag` for booleans.
 * Arrays (`--rule`, `--rules`: yargs reads the words after them greedily), `--`, help and anything yargs would
 * reject are left to yargs.
 */
export function parsePlainCheckArgs(argv: string[]): CheckArgs | undefined {
  const folders: string[] = [];
  const given = new Map<OptionName, string | number | boolean>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '') return undefined;
    if (!arg.startsWith('-')) {
      folders.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const negated = flag.startsWith('--no-') ? BY_FLAG.get(`--${flag.slice(5)}`) : undefined;
    const name = BY_FLAG.get(flag) ?? negated;
    if (name === undefined || given.has(name)) return undefined;
    const option: Options = CHECK_OPTIONS[name];
    if (option.array) return undefined;
    if (option.type === 'boolean') {
      if (eq >= 0 || /^(true|false)$/.test(argv[i + 1] ?? '')) return undefined; // yargs reads `--quiet false`
      given.set(name, negated === undefined);
      continue;
    }
    if (negated !== undefined) return undefined;
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (option.choices && !(option.choices as readonly string[]).includes(value)) return undefined;
    if (option.type === 'number' && !/^\d+$/.test(value)) return undefined;
    given.set(name, option.type === 'number' ? Number(value) : value);
  }
  const get = <T>(name: OptionName): T => (given.get(name) ?? (CHECK_OPTIONS[name] as Options).default) as T;
  return {
    folders,
    format: get('format'),
    outputFile: get('output-file'),
    quiet: get('quiet'),
    maxWarnings: get('max-warnings'),
    config: get('config'),
    rule: undefined,
    rules: undefined,
    primary: get('primary'),
    staged: get('staged'),
    printConfig: get('print-config'),
    jobs: get('jobs'),
    color: get('color'),
    watch: get('watch'),
  };
}
