#!/usr/bin/env node
/**
 * `npm run build`: bundles src/cli.ts into dist/ with esbuild (type-checking is `npm run
 * typecheck`). A few files load far faster than the ~100 small modules tsc emits, and each command
 * is its own chunk, loaded only when it runs. conf and proper-lockfile are imported dynamically by
 * the store, so they become chunks of their own that only writes load (bundled, and without the
 * schema validator it never uses, conf loads in a quarter of the time). @inquirer/prompts, imported dynamically when a question is asked, stays external.
 *
 * It then writes dist/commands.json, the command list that root help prints without loading them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

/**
 * commander requires node:child_process (and with it net and dgram) for executable subcommands,
 * which exco has none of: load it on first use instead, a few ms off every start.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`node_modules${path.sep}commander${path.sep}`)
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
 * its data with its own schema): leaving ajv out halves the time a write spends loading conf.
 * Should conf ever reach for it, the stand-in throws rather than skip a check silently.
 */
const withoutAjv = {
  name: 'without-ajv',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^ajv(-formats)?(\/|$)/ }, (args) =>
      args.importer.includes(`node_modules${path.sep}conf${path.sep}`)
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

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  // Chunks sit next to cli.js, so `import.meta.url`-relative paths (../package.json) hold in all.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@inquirer/prompts'],
  // commander is CommonJS: its bundled `require('node:events')` needs a real `require`.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  plugins: [lazyChildProcess, withoutAjv],
  logLevel: 'warning',
});

const cli = await import(pathToFileURL(path.join(outdir, 'cli.js')).href);
const program = await cli.buildProgram(() => {
  throw new Error('The build only lists the commands; it runs none.');
});
const list = cli.summarizeCommands(program);
fs.writeFileSync(path.join(outdir, 'commands.json'), `${JSON.stringify(list, null, 2)}\n`);
