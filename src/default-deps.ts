/** The real deps a command runs with: the terminal, the data directory, the clock. */
import type { DepsFor } from './commands/context.js';
import { createStore } from './store/store.js';
import { resolveDataDir } from './store/paths.js';
import { colorWanted, createOutput, loadColour } from './ui/output.js';
import { createTerminalPrompter } from './ui/prompter.js';
import { VERSION } from './version.js';

export interface GlobalOptions {
  dataDir?: string;
  color: boolean;
}

/** `argv` only tells whether colour could be wanted at all; the parsed `--no-color` decides. */
export async function defaultDeps(
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): Promise<DepsFor> {
  const colour = await loadColour(!argv.includes('--no-color'), env);
  return (command) => {
    const opts = command.optsWithGlobals<GlobalOptions>();
    const color = colorWanted(opts.color, colour, env);
    // Inquirer colours through node:util, which honours NO_COLOR.
    if (!color) env.NO_COLOR = '1';
    const now = () => new Date();
    return {
      out: createOutput(color && colour ? { style: colour.colourStyle() } : {}),
      prompter: createTerminalPrompter(),
      store: createStore({ dir: resolveDataDir(opts.dataDir, env), now }),
      now,
      version: VERSION,
    };
  };
}
