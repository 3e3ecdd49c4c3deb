/** What every command's run function receives, and the small checks they share. */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { Output } from '../ui/output.js';
import type { Prompter } from '../ui/prompter.js';

export interface Deps {
  out: Output;
  prompter: Prompter;
  store: Store;
  now: () => Date;
  version: string;
}

/** Builds the deps for a command from its (global) options; swapped in tests. */
export type DepsFor = (command: Command) => Deps;

/** Interactive flows refuse to start without a terminal and say which flags to use instead. */
export function requireTerminal(deps: Deps, command: string, flags: string): void {
  if (deps.prompter.interactive) return;
  throw new UsageError(
    `\`exco ${command}\` asks questions, so it needs a terminal.`,
    `To run it without one, pass ${flags}.`,
  );
}
