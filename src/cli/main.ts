// The command line: `run(argv) → exit code`. Nothing below calls process.exit; errors the user can fix are
// InputErrors, printed as one line on stderr with exit code 2.

import type { Argv } from 'yargs';
import { InputError } from '../errors.js';
import { CHECK_OPTIONS, parsePlainCheckArgs } from './check-args.js';
import { tuneV8ForCheck } from './v8-flags.js';

export { restoreV8Flags } from './v8-flags.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a colour-capable terminal. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Called with the story folders before a one-shot check: the CLI's own process tunes V8 for the run
   * (src/cli/v8-flags.ts); tests and in-process callers leave it out. --watch never calls it: a long-lived
   * process should get TurboFan's optimised code for its re-checks. */
  beforeCheck?: (folders: string[]) => void;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
  beforeCheck: tuneV8ForCheck,
};

type CommandName = 'check' | 'extract' | 'rules';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    // `check` must start fast: a plain command line needs no yargs (src/cli/check-args.ts).
    const plainCheck = argv[0] === 'check' ? parsePlainCheckArgs(argv.slice(1)) : undefined;
    if (plainCheck) return await runCommand('check', plainCheck, io);
    const parsed = await parseWithYargs(argv, io.stdout);
    return parsed ? await runCommand(parsed.command, parsed.args, io) : 0;
  } catch (error) {
    io.stderr(errorLine(error));
    return 2;
  }
}

/** The one line on stderr for an error that ends a command with exit code 2 (or a re-check of --watch). */
export function errorLine(error: unknown): string {
  if (error instanceof InputError) return `crosscheck: ${error.message}\n`;
  return `crosscheck: internal error: ${(error as Error).message} — please report it with the command you ran.\n`;
}

/** The command and its arguments as yargs reads them, or undefined when it printed the help or the version. */
export async function parseWithYargs(argv: string[], print: (text: string) => void): Promise<{ command: CommandName; args: unknown } | undefined> {
  // yargs renders the whole help text after running a named command (to cache it for a later showHelp), which
  // costs more than the parse. `check` is therefore parsed by a parser where it is the default command;
  // --help and --version always go through the full parser.
  const fastCheck = argv[0] === 'check' && !argv.some((a) => /^(-h|--help|--version)(=|$)/.test(a));
  const { default: yargs } = await import('yargs');
  let helpShown = false;
  const parser = fastCheck
    ? withCommonSettings(yargs(argv.slice(1))).command('$0 [folders..]', false, checkOptions)
    : fullParser(yargs(argv));
  const args = await parser.parseAsync(fastCheck ? argv.slice(1) : argv, {}, (_err, _parsed, output) => {
    if (output) {
      helpShown = true;
      print(output + '\n');
    }
  });
  if (helpShown) return undefined;
  return { command: fastCheck ? 'check' : (args._[0] as CommandName), args };
}

/** All commands, with their help. The commands have no yargs handlers: main runs the parsed command. */
function fullParser(parser: Argv): Argv {
  return withCommonSettings(parser)
    .usage('$0 <command> [options]')
    .command(
      'check [folders..]',
      'Check each story folder: align the claims of its sources and report agreements and conflicts',
      checkOptions,
    )
    .command(
      'extract <file>',
      'Print the claims crosscheck reads in one source file (for debugging a miss)',
      (y: Argv) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'A source file' })
          .option('format', { alias: 'f', choices: ['stylish', 'json'] as const, default: 'stylish' as const, describe: 'Output format' }),
    )
    .command(
      'rules',
      'List the checks with their kind, severity and documentation',
      (y: Argv) => y.option('rules', { type: 'string', array: true, describe: 'Add a folder of rule files' }),
    )
    .demandCommand(1, 'Give a command: check, extract or rules.');
}

function checkOptions(y: Argv): Argv {
  return y
    .positional('folders', { type: 'string', array: true, describe: 'Story folders (each file in one is a source)' })
    .options(CHECK_OPTIONS);
}

/** Validation and failure handling shared by both parsers, so `check` fails the same way through either. */
function withCommonSettings(parser: Argv): Argv {
  return parser
    .scriptName('crosscheck')
    .strict()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new InputError(`${message.replace(/\s*\n\s*/g, ' ')} (see crosscheck --help)`);
    });
}

/** Each command's module loads only when it runs. */
async function runCommand(command: CommandName, args: unknown, io: Io): Promise<number> {
  switch (command) {
    case 'check':
      return (await import('./check.js')).runCheck(args as import('./check.js').CheckArgs, io);
    case 'extract':
      return (await import('./extract.js')).runExtract(args as import('./extract.js').ExtractArgs, io);
    case 'rules':
      return (await import('./rules.js')).runRules(args as import('./rules.js').RulesArgs, io);
  }
}
