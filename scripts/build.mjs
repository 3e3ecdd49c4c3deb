#!/usr/bin/env node
/**
 * `npm run build`: bundles exco into dist/ with esbuild (type-checking is `npm run typecheck`).
 *
 * A run of exco loads as little as it can, in as few files as it can:
 *
 *   dist/route.cjs            which bundle a command line needs (bin/exco.cjs asks it)
 *   dist/command-<name>.cjs   the CLI with that one command, and everything it uses, in one file
 *   dist/cli.cjs              the CLI with no command: root help, --version, unknown commands
 *   dist/vendor/*.cjs         conf and proper-lockfile, which only writes load
 *   dist/commands.json        the command list root help prints without loading any command
 *
 * All sit in dist/ itself, so paths relative to a bundle (../package.json) hold in every one.
 *
 * Each bundle is CommonJS: Node loads one synchronous file faster than the ESM loader loads a
 * graph of small chunks (about 15–25 ms a run on this project, measured with scripts/bench.mjs).
 * All bundles come from the one source, src/cli.ts: a command's bundle is cli.ts with every other
 * command's module swapped for an empty one. @inquirer/prompts, imported when a question is
 * asked, stays external.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
const nodeModule = (name) => new RegExp(`node_modules[\\\\/]${name}[\\\\/]`);

/** The commands, in help order, as src/cli.ts lists them. */
const cliSource = fs.readFileSync(path.join(root, 'src', 'cli.ts'), 'utf8');
const COMMANDS = [
  ...cliSource.matchAll(
    /\['([a-z-]+)',\s*async \(\) =>\s*\(await import\('\.\/commands\/([a-z-]+)\.js'\)\)/g,
  ),
].map(([, name, file]) => ({ name, file }));
// Every command module cli.ts imports must have been found, or a command would silently vanish.
const imported = [...cliSource.matchAll(/import\('\.\/commands\//g)].length;
if (COMMANDS.length === 0 || COMMANDS.length !== imported) {
  throw new Error(`build: found ${COMMANDS.length} of the ${imported} commands in src/cli.ts`);
}

/** cli.ts with only `keep` of its command modules (none for the root bundle). */
const onlyCommand = (keep) => ({
  name: 'only-command',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'cli.ts')) && args.path !== `./commands/${keep}.js`
        ? { path: args.path, namespace: 'left-out' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
});

/**
 * conf and proper-lockfile load from dist/vendor/ when a write needs them, so commands that only
 * read never parse them. Each is reached through a small bundled shim that `require`s it, so even
 * the store's `await import('conf')` stays a plain synchronous require.
 */
const vendored = {
  name: 'vendored',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(conf|proper-lockfile)$/ }, (args) => ({
      path: args.path,
      namespace: 'vendored',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'vendored' }, (args) => ({
      contents: `module.exports = require('./vendor/${args.path}.cjs');`,
      loader: 'js',
    }));
    esbuild.onResolve({ filter: /^\.\/vendor\// }, (args) =>
      args.namespace === 'vendored' ? { path: args.path, external: true } : undefined,
    );
  },
};

/**
 * commander requires node:child_process (and with it net and dgram) for executable subcommands,
 * which exco has none of: load it on first use instead, a few ms off every start.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      nodeModule('commander').test(args.importer)
        ? { path: 'child_process', namespace: 'lazy' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * conf validates against a JSON schema with ajv only when given one, and exco gives none (it checks
 * its data with its own schema): leaving ajv out makes conf a quarter of the size. Should conf
 * ever reach for it, the stand-in throws rather than skip a check silently.
 */
const withoutAjv = {
  name: 'without-ajv',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^ajv(-formats)?(\/|$)/ }, (args) =>
      nodeModule('conf').test(args.importer)
        ? { path: args.path, namespace: 'without-ajv' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'without-ajv' }, () => ({
      contents: `const unused = () => { throw new Error('exco gives conf no JSON schema'); };
export class Ajv2020 { constructor() { unused(); } }
export default { default: unused };`,
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@inquirer/prompts'],
  // The sources are ESM: `import.meta.url` (package.json, commands.json) becomes this file's URL.
  define: { 'import.meta.url': '__exco_file_url' },
  banner: { js: "const __exco_file_url = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
};

fs.rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/route.ts'], outfile: 'dist/route.cjs' }),
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.cjs',
    plugins: [onlyCommand(null), vendored, lazyChildProcess],
  }),
  ...COMMANDS.map(({ name, file }) =>
    build({
      ...common,
      entryPoints: ['src/cli.ts'],
      outfile: `dist/command-${name}.cjs`,
      plugins: [onlyCommand(file), vendored, lazyChildProcess],
    }),
  ),
  ...['conf', 'proper-lockfile'].map((name) =>
    build({
      ...common,
      // The value itself, as Node's own import of a CommonJS file would give it as `default`.
      stdin: {
        contents: `module.exports = require('${name}').default ?? require('${name}');`,
        resolveDir: root,
      },
      outfile: `dist/vendor/${name}.cjs`,
      plugins: [withoutAjv],
    }),
  ),
]);

// Root help lists every command without loading one: each bundle names its own.
const require = createRequire(import.meta.url);
const list = [];
for (const { name } of COMMANDS) {
  const cli = require(path.join(outdir, `command-${name}.cjs`));
  const program = await cli.buildProgram(() => {
    throw new Error('The build only lists the commands; it runs none.');
  }, name);
  list.push(...cli.summarizeCommands(program));
}
fs.writeFileSync(path.join(outdir, 'commands.json'), `${JSON.stringify(list, null, 2)}\n`);
