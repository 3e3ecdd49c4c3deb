// The data modules of the support check and the FAQ matcher, and the esbuild plugin that swaps
// each for a stand-in reading dist/tables.txt (see `writeDataFile` in scripts/build.mjs). Shared
// by the build and the benchmark, whose parts of `faq` load their data as a run does.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The modules under src/core/ whose values live in the tables file, not in the bundles. */
export const DATA_MODULES = [
  'support-lexicon-index',
  'support-model-weights',
  'support-index',
  'faq-index',
];

/** The tables file, in dist/; scripts/tables.cjs reads it from beside the bundle that needs it. */
export const DATA_FILE = 'tables.txt';

/** The names a tables file's head holds values for: every export of the data modules. */
export function dataNames(file = path.join(root, 'dist', DATA_FILE)) {
  const fd = fs.openSync(file, 'r');
  try {
    const length = Buffer.alloc(10);
    fs.readSync(fd, length, 0, 10, 0);
    const head = Buffer.alloc(Number(length.toString('latin1')));
    fs.readSync(fd, head, 0, head.length, 10);
    return Object.keys(JSON.parse(head.toString('latin1')).values);
  } finally {
    fs.closeSync(fd);
  }
}

/** The stand-in for a data module: its exports (`names`), read from the tables file. */
export const tablesPlugin = (names) => ({
  name: 'data-outside',
  setup(esbuild) {
    const filter = new RegExp(`[\\\\/](${DATA_MODULES.join('|')})\\.js$`);
    esbuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'data-outside' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'data-outside' }, () => ({
      contents: `const data = require('./data-file.cjs');
${names.map((name) => `export const ${name} = data.${name};`).join('\n')}`,
      loader: 'js',
    }));
    esbuild.onResolve({ filter: /^\.\/data-file\.cjs$/ }, (args) =>
      args.namespace === 'data-outside' ? { path: args.path, namespace: 'data-file' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'data-file' }, () => ({
      contents: fs.readFileSync(path.join(root, 'scripts', 'tables.cjs'), 'utf8'),
      loader: 'js',
    }));
  },
});
