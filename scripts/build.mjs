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
 *   dist/prompts-import.cjs   imports @inquirer/prompts (ESM only) when a question is asked
 *   dist/commands.json        the command list root help prints without loading any command
 *   dist/(vendor/)*.cjs.v8    V8's code cache of each bundle, from a warm-up session (below)
 *
 * All sit in dist/ itself, so paths relative to a bundle (../package.json) hold in every one.
 *
 * Each bundle is CommonJS: Node loads one synchronous file faster than the ESM loader loads a
 * graph of small chunks (about 15–25 ms a run on this project, measured with scripts/bench.mjs).
 * All bundles come from the one source, src/cli.ts: a command's bundle is cli.ts with every other
 * command's module swapped for an empty one. @inquirer/prompts, imported when a question is
 * asked, stays external.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleForNode } from './bundle-for-node.mjs';
import { DATA_FILE, DATA_MODULES, tablesPlugin } from './tables-plugin.mjs';

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

/**
 * Bundles run from V8's code cache (src/bundle-loader.ts), where `import()` is not available: the
 * one module that imports @inquirer/prompts is left out of them and built as its own file, which a
 * bundle requires the first time it asks a question (not on load: most runs ask none).
 */
const promptsOutside = {
  name: 'prompts-outside',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/prompts-import\.js$/ }, () => ({
      path: 'prompts-import',
      namespace: 'prompts-outside',
    }));
    esbuild.onResolve({ filter: /^\.\/prompts-import\.cjs$/ }, (args) =>
      args.namespace === 'prompts-outside' ? { path: args.path, external: true } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'prompts-outside' }, () => ({
      contents:
        "export const importPrompts = () => require('./prompts-import.cjs').importPrompts();",
      loader: 'js',
    }));
  },
};

/**
 * conf loads node:crypto (about 8 ms) only to encrypt a store, and exco gives it no encryption key:
 * the vendored conf gets a stand-in that throws, so a use could never pass unnoticed.
 */
const withoutCrypto = {
  name: 'without-crypto',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
      nodeModule('conf').test(args.importer)
        ? { path: args.path, namespace: 'without-crypto' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'without-crypto' }, () => ({
      contents: `const unused = () => { throw new Error('exco gives conf no encryption key'); };
export default { pbkdf2Sync: unused, createCipheriv: unused, createDecipheriv: unused, randomBytes: unused };`,
      loader: 'js',
    }));
  },
};

/**
 * conf loads semver (about 4 ms) only to run migrations, which exco does itself (it gives conf
 * none), and node:assert (about 6 ms, with its error formatting) for one `deepEqual` of the file
 * against its defaults: the vendored conf gets a strict comparison from node:util, already loaded,
 * and a semver that throws if it is ever used.
 */
const withoutAssertAndSemver = {
  name: 'without-assert-and-semver',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^((node:)?assert|semver)$/ }, (args) =>
      nodeModule('conf').test(args.importer)
        ? { path: args.path.replace(/^node:/, ''), namespace: 'conf-stand-in' }
        : undefined,
    );
    esbuild.onLoad({ filter: /^assert$/, namespace: 'conf-stand-in' }, () => ({
      contents: `const { isDeepStrictEqual } = require('node:util');
module.exports = {
  deepEqual(actual, expected) {
    if (!isDeepStrictEqual(actual, expected)) throw new Error('not equal');
  },
};`,
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /^semver$/, namespace: 'conf-stand-in' }, () => ({
      contents: `const unused = () => { throw new Error('exco gives conf no migrations'); };
module.exports = { eq: unused, clean: unused, satisfies: unused, lte: unused, gt: unused };`,
      loader: 'js',
    }));
  },
};

/**
 * Two things conf does on load that exco never needs: env-paths works out the home and temp
 * folders (about 0.9 ms) for a conf given no `cwd`, and exco always gives one; and atomically
 * hooks some eighteen signals and the exit (when-exit, about 0.6 ms) to remove its temp files
 * when a signal cuts a write short. exco saves only while it holds its lock, and the lock's own
 * exit hook (proper-lockfile's signal-exit, loaded before the lock is taken) already listens for
 * those signals: Node then runs no handler until the synchronous save has renamed or removed its
 * temp file, and the lock's handler ends the process after it. The stand-in for env-paths throws,
 * should conf ever call it.
 */
const confWithoutHooks = {
  name: 'conf-without-hooks',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^env-paths$/ }, (args) =>
      nodeModule('conf').test(args.importer)
        ? { path: args.path, namespace: 'conf-hooks' }
        : undefined,
    );
    esbuild.onResolve({ filter: /^when-exit$/ }, (args) =>
      nodeModule('atomically').test(args.importer)
        ? { path: args.path, namespace: 'conf-hooks' }
        : undefined,
    );
    esbuild.onLoad({ filter: /^env-paths$/, namespace: 'conf-hooks' }, () => ({
      contents: `export default () => { throw new Error('exco always gives conf its folder'); };`,
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /^when-exit$/, namespace: 'conf-hooks' }, () => ({
      contents: 'export default () => () => {};',
      loader: 'js',
    }));
  },
};

/**
 * conf reads its whole file twice before a save (to compare it with its defaults, then to carry
 * over its own `__internal__` key), and exco has just read and checked that very file under the
 * lock: 0.5 MB twice over at three years of check-ins, 1.5 MB at ten. The vendored conf gets a
 * node:fs whose `readFileSync` hands back the text the store primes it with (`Conf.primeRead`, for
 * the one path, while the lock is held; src/store/store.ts), and reads the disk for anything else.
 */
const confReadsOnce = {
  name: 'conf-reads-once',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(node:)?fs$/ }, (args) =>
      nodeModule('conf').test(args.importer) ? { path: 'fs', namespace: 'conf-fs' } : undefined,
    );
    esbuild.onResolve({ filter: /^exco-conf-fs$/ }, () => ({ path: 'fs', namespace: 'conf-fs' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'conf-fs' }, () => ({
      contents: `const fs = require('node:fs');
const path = require('node:path');
const primed = new Map();
module.exports = Object.create(fs, {
  readFileSync: {
    value(file, options) {
      const text = typeof file === 'string' ? primed.get(path.resolve(file)) : undefined;
      const utf8 = options === 'utf8' || (options !== null && typeof options === 'object' && options.encoding === 'utf8');
      return text !== undefined && utf8 ? text : fs.readFileSync(file, options);
    },
  },
  primeRead: {
    value(file, text) {
      if (text === undefined) primed.delete(path.resolve(file));
      else primed.set(path.resolve(file), text);
    },
  },
});`,
      loader: 'js',
    }));
  },
};

/**
 * proper-lockfile reaches for graceful-fs, which copies and patches all of node:fs on load (about
 * 10 ms, a tenth of Node's own start-up) to queue opens when a process runs out of file
 * descriptors. A lock makes a handful of mkdir, realpath, stat, rmdir and utimes calls, so it gets
 * those of node:fs and nothing else: `lockSync` copies the object it is given, and a copy of all
 * of node:fs runs its lazy getters, loading file streams, fs/promises and readline (about 7 ms).
 * Its signal-exit loads node:assert (about 5 ms) for one check that a callback is a function.
 */
const LOCK_FS_CALLS = ['mkdir', 'realpath', 'stat', 'rmdir', 'utimes'];
const lighterLock = {
  name: 'lighter-lock',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(graceful-fs|assert)$/ }, (args) =>
      nodeModule('proper-lockfile').test(args.importer)
        ? { path: args.path, namespace: 'lock-stand-in' }
        : undefined,
    );
    esbuild.onLoad({ filter: /^graceful-fs$/, namespace: 'lock-stand-in' }, () => ({
      contents: `const fs = require('node:fs');
module.exports = {
${LOCK_FS_CALLS.map((call) => `  ${call}: fs.${call},\n  ${call}Sync: fs.${call}Sync,`).join('\n')}
};`,
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /^assert$/, namespace: 'lock-stand-in' }, () => ({
      contents: `module.exports = {
  equal(actual, expected, message) {
    if (actual != expected) throw new Error(message);
  },
};`,
      loader: 'js',
    }));
  },
};

/**
 * Data modules: the tables the support check and the FAQ matcher search (src/core/
 * support-lexicon-index.ts, support-model-weights.ts, and support-index.ts and faq-index.ts, which
 * the build works out here from the phrase rules and the FAQ vocabulary rather than every run at
 * start-up). Together 1.1 MB of strings, almost all of it tables of sorted lines searched by key.
 * Inside a bundle, each run would read them twice, in the source and again in V8's code cache;
 * read whole from a file, a run still decoded all of it (about 400 pages of memory touched, 8 ms)
 * to look up a few dozen keys. The build writes them to dist/tables.txt instead, and each bundle
 * that needs them gets a stand-in module, scripts/tables.cjs, which reads the head at once and a
 * table a block at a time, the block where a key would be (`LinesTable` in
 * src/core/sorted-lines.ts; the modules and the stand-in: scripts/tables-plugin.mjs).
 *
 * The file: the length of its head in ten digits, the head, then the tables' blocks end to end.
 * The head is JSON: the values, with each table as the first key and start of each of its blocks,
 * and where the tables are among the values (`tables`: the path to each), so a run parses it and
 * makes only those into tables, with no walk over the rest. A table is a string under one of the
 * keys of TABLES: lines sorted by key (the text before the first space or tab).
 */
const TABLES = ['words', 'weights', 'cues', 'rules', 'idioms', 'known', 'askedIn', 'anchored'];
const BLOCK = 4096;

/** A table's lines (no empty ones) in blocks of up to BLOCK bytes, or one line a block if longer. */
function blocksOf(name, text) {
  const lines = text.split('\n').filter((line) => line !== '');
  const keyOf = (line) => line.split(/[\t ]/, 1)[0];
  lines.forEach((line, i) => {
    if (i > 0 && !(keyOf(lines[i - 1]) < keyOf(line))) {
      throw new Error(`build: the ${name} table is not sorted by key at "${keyOf(line)}"`);
    }
  });
  const blocks = [];
  for (const line of lines) {
    const last = blocks.at(-1);
    if (last !== undefined && last.text.length + 1 + line.length <= BLOCK) last.text += `\n${line}`;
    else blocks.push({ key: keyOf(line), text: line });
  }
  return blocks;
}

/** A module the build evaluates ahead may export values only: a function would not survive. */
function valuesOnly(values) {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'function') throw new Error(`build: ${name} is a function, not data`);
  }
  return values;
}

async function writeDataFile() {
  const entry = path.join(os.tmpdir(), `exco-data-${process.pid}.mjs`);
  const out = path.join(os.tmpdir(), `exco-data-${process.pid}.out.mjs`);
  fs.writeFileSync(
    entry,
    DATA_MODULES.map(
      (name) => `export * from '${path.join(root, 'src', 'core', `${name}.ts`)}';`,
    ).join('\n'),
  );
  try {
    await bundleForNode(entry, out);
    const values = { ...(await import(`${pathToFileURL(out).href}?${Date.now()}`)) };
    valuesOnly(values);
    const tables = [];
    const paths = [];
    const place = (value, key, at) => {
      if (typeof value === 'string' && TABLES.includes(key)) {
        const table = { blocks: blocksOf(key, value) };
        tables.push(table);
        paths.push(at);
        return table;
      }
      if (Array.isArray(value)) return value.map((v, i) => place(v, key, [...at, i]));
      if (value !== null && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, place(v, k, [...at, k])]),
        );
      }
      return value;
    };
    const placed = place(values, undefined, []);
    // The tables' blocks end to end, one line break between blocks.
    let body = '';
    for (const table of tables) {
      const starts = [];
      for (const { text } of table.blocks) {
        starts.push(body.length);
        body += `${text}\n`;
      }
      starts.push(body.length);
      Object.assign(table, { keys: table.blocks.map(({ key }) => key), starts });
      delete table.blocks;
    }
    const head = JSON.stringify({ values: placed, tables: paths });
    const text = `${String(head.length).padStart(10, '0')}${head}${body}`;
    if (/[^\0-\x7f]/.test(text)) throw new Error(`build: dist/${DATA_FILE} must be plain ASCII`);
    fs.mkdirSync(outdir, { recursive: true });
    fs.writeFileSync(path.join(outdir, DATA_FILE), text);
    return Object.keys(values);
  } finally {
    fs.rmSync(entry, { force: true });
    fs.rmSync(out, { force: true });
  }
}

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@inquirer/prompts'],
  // The sources are ESM: `import.meta.url` (package.json, commands.json) becomes this file's URL.
  define: { 'import.meta.url': '__exco_file_url' },
  // The sources are ES modules, so strict: the directive must open the file to hold for all of it
  // (esbuild's own comes after this banner). Without it, writing to a sealed record (store.ts)
  // would be silently ignored in a run instead of throwing.
  banner: {
    js: [
      "'use strict';",
      "const __exco_file_url = require('node:url').pathToFileURL(__filename).href;",
      // Node's own modules as ES modules (`withoutCopies` below).
      'const __exco_builtin = (m) => Object.create(m, { default: { value: m, enumerable: true } });',
    ].join('\n'),
  },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The support check reads its lexicons' index from src/core/support-lexicon-index.ts, written with
 * the word model by `npm run train:support-model`. Built from concepts or word classes it was not
 * written from, exco would match stale phrases, so the build stops instead.
 */
{
  const checker = path.join(os.tmpdir(), `exco-check-index-${process.pid}.mjs`);
  await bundleForNode(path.join(root, 'scripts', 'support-model', 'check-index.mjs'), checker);
  const checked = spawnSync(process.execPath, [checker], { stdio: 'inherit' });
  fs.rmSync(checker, { force: true });
  if (checked.status !== 0) process.exit(1);
}

fs.rmSync(outdir, { recursive: true, force: true });
const dataPlugin = tablesPlugin(await writeDataFile());
await Promise.all([
  build({ ...common, entryPoints: ['src/route.ts'], outfile: 'dist/route.cjs' }),
  build({
    ...common,
    entryPoints: ['src/ui/prompts-import.ts'],
    outfile: 'dist/prompts-import.cjs',
  }),
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.cjs',
    plugins: [onlyCommand(null), vendored, lazyChildProcess, promptsOutside, dataPlugin],
  }),
  ...COMMANDS.map(({ name, file }) =>
    build({
      ...common,
      entryPoints: ['src/cli.ts'],
      outfile: `dist/command-${name}.cjs`,
      plugins: [onlyCommand(file), vendored, lazyChildProcess, promptsOutside, dataPlugin],
    }),
  ),
  ...['conf', 'proper-lockfile'].map((name) =>
    build({
      ...common,
      // The value itself, as Node's own import of a CommonJS file would give it as `default`.
      stdin: {
        contents:
          name === 'conf'
            ? `module.exports = require('conf').default;
module.exports.primeRead = require('exco-conf-fs').primeRead;`
            : `module.exports = require('${name}').default ?? require('${name}');`,
        resolveDir: root,
      },
      outfile: `dist/vendor/${name}.cjs`,
      plugins: [
        withoutAjv,
        withoutCrypto,
        withoutAssertAndSemver,
        confWithoutHooks,
        lighterLock,
        confReadsOnce,
      ],
    }),
  ),
]);

/**
 * Light bundles (LIGHT_BUNDLES in src/route.ts): a command's bundle without the modules only its
 * other subcommands use, for read-only subcommands such as `reflect list`. A left-out module
 * throws if it is ever loaded, so a routing mistake shows at once instead of misbehaving.
 */
const leaveOut = (names) => ({
  name: 'leave-out',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/[a-z-]+\.js$/ }, (args) =>
      args.importer.includes(path.join('src', 'commands')) &&
      names.includes(path.basename(args.path, '.js'))
        ? { path: args.path, namespace: 'left-out-module' }
        : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'left-out-module' }, (args) => ({
      contents: `throw new Error('exco: ${args.path} is not in this bundle (scripts/build.mjs)');`,
      loader: 'js',
    }));
  },
});
const { LIGHT_BUNDLES } = createRequire(import.meta.url)(path.join(outdir, 'route.cjs'));
await Promise.all(
  LIGHT_BUNDLES.map((light) => {
    const command = COMMANDS.find(({ name }) => name === light.command);
    if (command === undefined) throw new Error(`build: no command ${light.command}`);
    return build({
      ...common,
      entryPoints: ['src/cli.ts'],
      outfile: `dist/command-${light.name}.cjs`,
      plugins: [
        leaveOut(light.leaveOut),
        onlyCommand(command.file),
        vendored,
        lazyChildProcess,
        promptsOutside,
        dataPlugin,
      ],
    });
  }),
);

/**
 * Every bundle is made pure ASCII. One character beyond it (an en dash in a comment esbuild keeps)
 * makes Node decode the whole file the slow way and V8 hold and scan it as a two-byte string:
 * loading the faq bundle from its code cache took 47 ms instead of 38. esbuild already escapes
 * strings and templates (charset ASCII); what it leaves are comments and regular expression
 * literals, where `\uXXXX` (a surrogate pair beyond the first plane) means the same character.
 */
for (const file of fs.readdirSync(outdir, { recursive: true })) {
  if (!/\.cjs$/.test(file)) continue;
  const target = path.join(outdir, file);
  const text = fs.readFileSync(target, 'utf8');
  // A character a regular expression escapes (`\…`) is that character: the odd backslash goes.
  const ascii = text.replace(
    /(\\*)([^\0-\x7f])/g,
    (_, slashes, ch) =>
      `${slashes.slice(slashes.length % 2)}\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== text) fs.writeFileSync(target, ascii);
}

/**
 * esbuild turns `import fs from 'node:fs'` into `__toESM(require('node:fs'), 1)`, which copies
 * every property of the module, as a getter, onto a new object: for node:fs, over a hundred, six
 * times a bundle, at every start (about 2 ms). An object that has the module itself as its
 * prototype and the module as `default` reads the same, named imports and default alike, and costs
 * nothing to make.
 */
const BUILTIN_IMPORT = /__toESM\(require\("(node:[\w/]+)"\), 1\)/g;
for (const file of fs.readdirSync(outdir, { recursive: true })) {
  if (!/\.cjs$/.test(file)) continue;
  const target = path.join(outdir, file);
  const text = fs.readFileSync(target, 'utf8');
  const lighter = text.replace(BUILTIN_IMPORT, '__exco_builtin(require("$1"))');
  if (lighter !== text) fs.writeFileSync(target, lighter);
}

// Bundles run from the code cache, where a dynamic import() would throw: none may be left in them.
for (const file of fs.readdirSync(outdir, { recursive: true })) {
  if (!/\.cjs$/.test(file) || ['route.cjs', 'prompts-import.cjs'].includes(file)) continue;
  if (/\bimport\(/.test(fs.readFileSync(path.join(outdir, file), 'utf8'))) {
    throw new Error(`build: dist/${file} has a dynamic import(), which fails under the code cache`);
  }
}

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

/**
 * Every bundle src/bundle-loader.ts loads is written inside CommonJS's function wrapper, so that a
 * run reads it as Latin-1 and compiles it as it lies, with no decoding or wrapping of its own
 * (`bundleSource`). They are pure ASCII (above), so Latin-1 reads them exactly. From here on they
 * are for the loader alone: route.cjs, which bin/exco.cjs requires, and prompts-import.cjs, which
 * Node's own loader loads, stay as they are.
 */
for (const file of fs.readdirSync(outdir, { recursive: true })) {
  if (!/\.cjs$/.test(file) || ['route.cjs', 'prompts-import.cjs'].includes(file)) continue;
  const target = path.join(outdir, file);
  fs.writeFileSync(target, Module.wrap(fs.readFileSync(target, 'latin1')), 'latin1');
}

/**
 * Warms V8's code cache: an everyday session of commands, each run through
 * scripts/warm-code-cache.cjs against a throw-away data folder, leaves beside each bundle the
 * code it compiled (each run loads the cache so far and adds to it). A command that fails here
 * fails the build: it is broken.
 */
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'exco-build-'));
const localDay = (daysAgo) => {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
};
const note = 'Walked after work and wrote down what I wanted to say instead of sending it.';
const SESSION = [
  ['--help'],
  ['--version'],
  ['status', '--help'],
  [
    'start',
    '--breakup-date',
    localDay(12),
    '--months-together',
    '18',
    '--intensity',
    'medium',
    '--reason',
    'communication',
    '--initiator',
    'them',
    '--safety',
    'no',
  ],
  ['status', '--json'],
  ['status'],
  ['faq', '--json', 'how long should I wait before texting my ex'],
  ['faq', 'is it normal that I still miss them every day'],
  ['faq', '--list'],
  ['reflect', '--mood', '3', '--urge', '4', '--note', note, '--date', localDay(1)],
  ['reflect', '--mood', '2', '--urge', '6', '--note', 'Rough night, but I did not text.', '--json'],
  ['reflect', 'list', '--json'],
  ['reflect', 'list'],
  ['reflect', 'show', 'r1'],
  ['goals', 'add', '--category', 'fitness', '--title', 'Run before work', '--per-week', '3'],
  ['goals', 'log', 'g1', '--note', 'Three miles, slow.', '--json'],
  ['goals', 'list', '--json'],
  ['goals', 'list'],
  ['contact', '--type', 'logistics', '--note', 'Returned the spare keys.', '--json'],
  ['urge', '--intensity', '6', '--trigger', 'our song', '--json'],
  ['draft', '--json', 'Hi, I hope your new job is going well.'],
  ['draft', 'I miss you so much, can we talk tonight?'],
  ['contact', '--type', 'they-initiated', '--response', 'warm'],
  ['reunion', '--went', 'mixed', '--note', 'Coffee, short and kind.', '--json'],
  ['acceptance', '--help'],
  ['data', 'path'],
  ['data', 'export', '--format', 'json'],
];
try {
  for (const args of SESSION) {
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'scripts', 'warm-code-cache.cjs'), ...args],
      {
        env: { ...process.env, EXCO_HOME: home, NO_COLOR: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) {
      throw new Error(`build: \`exco ${args.join(' ')}\` exited ${run.status}: ${run.stderr}`);
    }
  }
} finally {
  fs.rmSync(home, { recursive: true, force: true });
}
