/**
 * Builds the commander program and runs it. The one place that turns errors into exit codes:
 * commands throw, this catches.
 */
import { Command, CommanderError } from 'commander';
import { ExcoError, ExitCode } from './errors.js';
import type { Deps, DepsFor } from './commands/context.js';
import { registerContact } from './commands/contact.js';
import { registerData } from './commands/data.js';
import { registerFaq } from './commands/faq.js';
import { registerReflect } from './commands/reflect.js';
import { registerGoals } from './commands/goals.js';
import { registerUrge } from './commands/urge.js';
import { registerDraft } from './commands/draft.js';
import { registerReunion } from './commands/reunion.js';
import { registerAcceptance } from './commands/acceptance.js';
import { registerStart } from './commands/start.js';
import { registerStatus } from './commands/status.js';
import { createStore } from './store/store.js';
import { resolveDataDir } from './store/paths.js';
import { colorWanted, createOutput, type Output } from './ui/output.js';
import { createTerminalPrompter } from './ui/prompter.js';
import { VERSION } from './version.js';

export interface GlobalOptions {
  dataDir?: string;
  color: boolean;
}

function defaultDeps(env: NodeJS.ProcessEnv): DepsFor {
  return (command) => {
    const opts = command.optsWithGlobals<GlobalOptions>();
    const color = colorWanted(opts.color, env);
    // Inquirer colours through node:util, which honours NO_COLOR.
    if (!color) env.NO_COLOR = '1';
    const now = () => new Date();
    return {
      out: createOutput({ color }),
      prompter: createTerminalPrompter(),
      store: createStore({ dir: resolveDataDir(opts.dataDir, env), now }),
      now,
      version: VERSION,
    };
  };
}

export function buildProgram(depsFor: DepsFor): Command {
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
    .exitOverride();

  registerStart(program, depsFor);
  registerStatus(program, depsFor);
  registerReflect(program, depsFor);
  registerContact(program, depsFor);
  registerGoals(program, depsFor);
  registerUrge(program, depsFor);
  registerDraft(program, depsFor);
  registerReunion(program, depsFor);
  registerAcceptance(program, depsFor);
  registerFaq(program, depsFor);
  registerData(program, depsFor);

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
  depsFor: DepsFor = defaultDeps(env),
): Promise<number> {
  // A closed pipe (`exco status | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(ExitCode.ok);
      throw error;
    });
  }
  const program = buildProgram(depsFor);
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
    const fallback = createOutput({ color: colorWanted(!argv.includes('--no-color'), env) });
    return reportError(error, fallback);
  }
}

export type { Deps };
