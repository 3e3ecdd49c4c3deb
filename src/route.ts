/**
 * Which built bundle a command line needs (see scripts/build.mjs): the command's own, or the root
 * one for help, the version and anything that is not a command. `bin/exco.cjs` asks this first, so
 * a run loads one bundle and nothing else.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { commandName } from './command-list.js';

export function bundleFor(argv: readonly string[]): string {
  const name = commandName(argv.slice(2));
  if (name !== undefined && /^[a-z][a-z-]*$/.test(name)) {
    const own = fileURLToPath(new URL(`./command-${name}.cjs`, import.meta.url));
    if (existsSync(own)) return own;
  }
  return fileURLToPath(new URL('./cli.cjs', import.meta.url));
}

export { loadBundle, saveCodeCaches } from './bundle-loader.js';
