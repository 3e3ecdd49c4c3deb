/**
 * Builds the commander program and runs it. The one place that turns errors into exit codes:
 * commands throw, this catches.
 */
import { Command, CommanderError } from 'commander';
import { ExcoError, ExitCode } from './errors.js';
import {
  type CommandSummary,
  commandName,
  readCommandList,
  summarizeCommands,
} from './command-list.js';
import type { Deps, DepsFor } from './commands/context.js';
import { fdWriter, quietOnClosedPipes, type Output } from './ui/output.js';
import { VERSION } from './version.js';

export type { GlobalOptions } from './default-deps.js';

type Register = (program: Command, depsFor: DepsFor) => void;

/**
 * Every command, in the order help lists them. Each module is imported only when its command runs,
 * so `exco status` never loads the text checks or the draft rules (the bundle splits them out).
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['start', async () => (await import('./commands/start.js')).registerStart],
  ['status', async () => (await import('./commands/status.js')).registerStatus],
  ['reflect', async () => (await import('./commands/reflect.js')).registerReflect],
  ['contact', async () => (await import('./commands/contact.js')).registerContact],
  ['goals', async () => (await import('./commands/goals.js')).registerGoals],
  ['urge', async () => (await import('./commands/urge.js')).registerUrge],
  ['draft', async () => (await import('./commands/draft.js')).registerDraft],
  ['reunion', async () => (await import('./commands/reunion.js')).registerReunion],
  ['acceptance', async () => (await import('./commands/acceptance.js')).registerAcceptance],
  ['faq', async () => (await import('./commands/faq.js')).registerFaq],
  ['data', async () => (await import('./commands/data.js')).registerData],
];

/** The program with every command, or with only the `only` one (what a run of it needs). */
export async function buildProgram(depsFor: DepsFor, only?: string): Promise<Command> {
  const chosen = COMMANDS.filter(([name]) => only === undefined || name === only);
  const registers: Register[] = [];
  // One at a time: Jest's ESM loader fails on parallel imports that share modules.
  for (const [, load] of chosen) registers.push(await load());
  return programWith((program) => {
    for (const register of registers) register(program, depsFor);
  });
}

/**
 * The program for root help, `--version` and unknown commands, from the list the build wrote:
 * each command as its name and help line only, so none of their modules is loaded.
 */
function summaryProgram(list: readonly CommandSummary[]): Command {
  return programWith((program) => {
    const terms = new Map(list.map((c) => [c.name, c.term]));
    program.configureHelp({ subcommandTerm: (c) => terms.get(c.name()) ?? c.name() });
    for (const c of list) program.command(c.name).aliases(c.aliases).description(c.description);
  });
}

function programWith(addCommands: (program: Command) => void): Command {
  const out = fdWriter(1);
  const err = fdWriter(2);
  const program = new Command('exco')
    .description(
      'A private coach for the weeks after a breakup: space, reflection, growth, and an honest look at reconnecting. Your data stays on this machine.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option(
      '--data-dir <dir>',
      'where exco keeps its data (default: $EXCO_HOME or the platform data dir)',
    )
    .option('--no-color', 'print without colours (NO_COLOR is honoured too)')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    // Help and usage errors through the same writers as the rest (a closed pipe ends quietly).
    .configureOutput({
      writeOut: (text) => void out.write(text),
      writeErr: (text) => void err.write(text),
    });
  addCommands(program);
  program.addHelpText(
    'after',
    '\nExamples:\n  $ exco start              new here? begin with this\n  $ exco status\n  $ exco faq "how long should I wait"\n  $ exco data export --format md',
  );

  // Every command names its own --help after a usage error, and none has a `help` subcommand.
  const hint = (command: Command, path: string) => {
    command.helpCommand(false);
    command.showHelpAfterError(`Run \`${path} --help\` for usage and examples.`);
    for (const sub of command.commands) hint(sub, `${path} ${sub.name()}`);
  };
  hint(program, 'exco');
  return program;
}

/** Prints an error the way a person should see it: one line, a hint, no stack. */
export function reportError(error: unknown, out: Output): number {
  if (error instanceof ExcoError) {
    if (error.exitCode !== ExitCode.cancelled) {
      out.error(`${out.style.danger('Error:')} ${error.message}`);
      if (error.hint) out.error(error.hint);
    } else {
      out.error(error.message);
    }
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.error(`${out.style.danger('Unexpected error:')} ${message}`);
  out.error('Nothing partial was saved. Set EXCO_DEBUG=1 to see the details.');
  if (process.env.EXCO_DEBUG && error instanceof Error && error.stack) out.error(error.stack);
  return ExitCode.unexpected;
}

export async function main(
  argv: string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
  depsFor?: DepsFor,
): Promise<number> {
  quietOnClosedPipes();
  const program = await programFor(argv, env, depsFor);
  if (argv.length <= 2) {
    program.outputHelp();
    return ExitCode.ok;
  }
  try {
    await program.parseAsync(argv);
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return quiet.includes(error.code) ? ExitCode.ok : ExitCode.usage;
    }
    const { colorWanted, createOutput, loadColour } = await import('./ui/output.js');
    const flag = !argv.includes('--no-color');
    const colour = await loadColour(flag, env, 2);
    const color = colorWanted(flag, colour, env);
    const fallback = createOutput(color && colour ? { style: colour.colourStyle() } : {});
    return reportError(error, fallback);
  }
}

/**
 * Only the command being run is loaded, with the store and output it needs; for help, the version
 * or an unknown command, the summary list stands in for all of them.
 */
async function programFor(
  argv: string[],
  env: NodeJS.ProcessEnv,
  depsFor: DepsFor | undefined,
): Promise<Command> {
  const name = commandName(argv.slice(2));
  const known = name !== undefined && COMMANDS.some(([command]) => command === name);
  const list = known ? null : readCommandList();
  if (list) return summaryProgram(list);
  const deps = depsFor ?? (await (await import('./default-deps.js')).defaultDeps(env, argv));
  return buildProgram(deps, known ? name : undefined);
}

export type { Deps };
/** For the build, which writes the command list root help prints. */
export { summarizeCommands };
