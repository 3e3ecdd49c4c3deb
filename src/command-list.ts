/**
 * The list of commands that root help shows, written by the build (`dist/commands.json`), so
 * root help can be printed without loading any command's module. From source (tests), there is
 * no list and the program is built from the commands themselves.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';

export interface CommandSummary {
  name: string;
  aliases: string[];
  /** How help names it: `reflect [options] [command]`. */
  term: string;
  description: string;
}

const LIST_FILE = 'commands.json';

/** What the build writes: each command as root help shows it. */
export function summarizeCommands(program: Command): CommandSummary[] {
  const help = program.createHelp();
  return program.commands.map((c) => ({
    name: c.name(),
    aliases: c.aliases(),
    term: help.subcommandTerm(c),
    description: help.subcommandDescription(c),
  }));
}

export function readCommandList(): CommandSummary[] | null {
  try {
    return JSON.parse(
      readFileSync(new URL(LIST_FILE, import.meta.url), 'utf8'),
    ) as CommandSummary[];
  } catch {
    return null;
  }
}

/**
 * Where the command a run names is: the first word that is not a global option. -1 when help or
 * the version is asked for first, or no command is named; those need the whole list.
 */
export function commandIndex(args: readonly string[]): number {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--' || ['-h', '--help', '-V', '--version'].includes(arg)) return -1;
    if (arg === '--data-dir') i += 1;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

/** The command a run names (see `commandIndex`), if any. */
export function commandName(args: readonly string[]): string | undefined {
  const index = commandIndex(args);
  return index < 0 ? undefined : args[index];
}
