/**
 * Which built bundle a command line needs (see scripts/build.mjs): the command's own, or the root
 * one for help, the version and anything that is not a command. `bin/exco.cjs` asks this first, so
 * a run loads one bundle and nothing else.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileRegexpsNatively, loadBundle } from './bundle-loader.js';
import { commandIndex } from './command-list.js';

export interface LightBundle {
  /** The bundle is `dist/command-<name>.cjs`. */
  readonly name: string;
  readonly command: string;
  /** Used when one of these comes right after the command: `exco reflect list`. */
  readonly subcommands: readonly string[];
  /** Modules of src/commands/ the build leaves out of it (only the other subcommands use them). */
  readonly leaveOut: readonly string[];
}

/**
 * Read-only subcommands with a lighter bundle of their own. `reflect list` and `reflect show`
 * never check anyone's words, so they do without the support check: half the reflect bundle.
 */
export const LIGHT_BUNDLES: readonly LightBundle[] = [
  {
    name: 'reflect-history',
    command: 'reflect',
    subcommands: ['list', 'show'],
    leaveOut: ['reflect-check-in', 'reflect-mistakes'],
  },
];

const bundle = (name: string) => fileURLToPath(new URL(`./command-${name}.cjs`, import.meta.url));

/** The bundles that could run these arguments, lightest first; none for help and the version. */
export function bundleNames(args: readonly string[]): string[] {
  const index = commandIndex(args);
  const name = args[index];
  if (name === undefined || !/^[a-z][a-z-]*$/.test(name)) return [];
  const light = LIGHT_BUNDLES.find(
    (b) => b.command === name && b.subcommands.includes(args[index + 1] ?? ''),
  );
  return light ? [light.name, name] : [name];
}

/**
 * The bundles that run without `compileRegexpsNatively` (bundle-loader.ts): help and the version,
 * and the commands that read rather than check a person's words at length (`faq` checks one short
 * question). For them, loading node:v8 would cost more than their few phrase rules gain.
 */
const PLAIN_REGEXPS: readonly string[] = ['cli', 'status', 'faq', 'reflect-history'];

/** Whether a run of the bundle at `file` compiles regular expressions straight to machine code. */
export function nativeRegexps(file: string): boolean {
  const name = path.basename(file, '.cjs').replace(/^command-/, '');
  return !PLAIN_REGEXPS.includes(name);
}

/** Loads the bundle this command line needs, with the V8 flags it runs under; its exports. */
export function startBundle(argv: readonly string[]): unknown {
  const file = bundleFor(argv);
  if (nativeRegexps(file)) compileRegexpsNatively();
  return loadBundle(file);
}

export function bundleFor(argv: readonly string[]): string {
  const found = bundleNames(argv.slice(2))
    .map(bundle)
    .find((file) => existsSync(file));
  return found ?? fileURLToPath(new URL('./cli.cjs', import.meta.url));
}

export {
  bundleSource,
  compileRegexpsNatively,
  loadBundle,
  saveCodeCaches,
} from './bundle-loader.js';
