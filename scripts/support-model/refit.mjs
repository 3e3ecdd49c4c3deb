#!/usr/bin/env node
/**
 * Refits src/core/support-model-weights.ts, the word model of the support check's broad tier
 * (see README.md here): dumps every labelled phrase's features with the model switched off, fits,
 * writes the weights file, writes the concept lexicons' index (src/core/support-lexicon-index.ts)
 * and formats both. `npm run train:support-model`.
 *
 * Env (defaults in brackets): L2 [2], NEGW [5], EPOCHS [600], PRUNE [0.05], KPEN [0.25], THR
 * [-0.5,0.5]; KEEP=1 keeps the feature dump for `node train.mjs cv GROUP,GROUP`, which estimates
 * recall by leaving lists out (with PREP set to the dump).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../bundle-for-node.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const work = path.join(os.tmpdir(), `exco-support-model-${process.pid}`);
const prepBundle = path.join(work, 'prep.mjs');
const prepOut = path.join(work, 'prep.json');

// The lexicon index (src/core/support-lexicon-index.ts) first: the dump below reads the lexicons.
/** Bundles one of this folder's scripts, with the TypeScript it imports, to run under Node. */
const bundle = (script, out, plugins = []) => bundleForNode(path.join(here, script), out, plugins);
const indexBundle = path.join(work, 'lexicon-index.mjs');
await bundle('lexicon-index.mjs', indexBundle);
const indexOut = path.join(root, 'src', 'core', 'support-lexicon-index.ts');
execFileSync('node', [indexBundle, indexOut], { stdio: 'inherit' });
await bundle('prep.mjs', prepBundle, [
  {
    name: 'model-off',
    setup(b) {
      b.onResolve({ filter: /support-model-weights/ }, () => ({
        path: path.join(here, 'placeholder-weights.ts'),
      }));
    },
  },
]);
const unitProbes = path.join(work, 'unit-probes.json');
execFileSync('node', [path.join(here, 'unit-probes.mjs'), unitProbes], { stdio: 'inherit' });
const env = {
  ...process.env,
  DATA: path.join(here, 'data'),
  OUT: prepOut,
  PREP: prepOut,
  UNIT_PROBES: unitProbes,
};
console.log('phrases', execFileSync('node', [prepBundle], { env }).toString().trim());
const defaults = {
  KPEN: '0.25',
  EPOCHS: '600',
  PRUNE: '0.05',
  L2: '2',
  NEGW: '5',
  THR: '-0.5,0.5',
};
const out = path.join(root, 'src', 'core', 'support-model-weights.ts');
execFileSync('node', [path.join(here, 'train.mjs'), 'fit', out], {
  env: { ...defaults, ...env },
  stdio: 'inherit',
});
execFileSync(path.join(root, 'node_modules', '.bin', 'prettier'), ['--write', out, indexOut], {
  stdio: 'ignore',
});
// The feature dump stays for `train.mjs cv` only when asked: KEEP=1 prints where it is.
if (process.env.KEEP) console.log('feature dump kept:', prepOut);
else fs.rmSync(work, { recursive: true, force: true });
