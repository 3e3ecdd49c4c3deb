#!/usr/bin/env node
/**
 * The labelled notes of the support check's unit tests (test/unit/support.test.ts), as one list
 * for the word model to learn from: every `describeLists` block (crisis, safety and ordinary lists)
 * and every review's `itGetsAtLeast` probes. Lines a test alarms on by design are left out (they
 * are neither a danger nor ordinary). Notes already in `data/testlists.json` or a development list
 * are left out too (the trainer reads those from there), and so is any note of the lists kept for
 * measuring.
 *
 *   node scripts/support-model/unit-probes.mjs OUTFILE
 *
 * The test file is bundled with its two list helpers replaced by recorders and Jest's globals by
 * stand-ins that run nothing, so no check runs and nothing here depends on what the check answers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-for-node.mjs';
import { MEASURING_LISTS, developmentLists } from './lists.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const testFile = path.join(root, 'test', 'unit', 'support.test.ts');
const [outFile] = process.argv.slice(2);
if (!outFile) throw new Error('usage: unit-probes.mjs OUTFILE');

const RECORDERS = `
function describeLists(_title, crisis, safety, ordinary) {
  globalThis.__probes.push(['crisis', crisis], ['safety', safety], ['ordinary', ordinary]);
}
function itGetsAtLeast(_floor, probes) {
  for (const [label, text] of probes) globalThis.__probes.push([label, [text]]);
}
`;
const JEST_STANDINS = `
const run = (_title, fn) => fn();
const none = () => {};
const describeEach = (table) => (_title, fn) =>
  table.forEach((row) => fn(...(Array.isArray(row) ? row : [row])));
export const describe = Object.assign(run, { each: describeEach });
export const it = Object.assign(none, { each: () => none });
export const test = it;
const anything = new Proxy(() => anything, { get: () => anything });
export const expect = anything;
export const beforeAll = none, afterAll = none, beforeEach = none, afterEach = none;
`;

// Beside the test file, which finds its data files from its own address.
const bundled = path.join(path.dirname(testFile), `.unit-probes-${process.pid}.mjs`);
await bundleForNode(testFile, bundled, [
  {
    name: 'jest-standins',
    setup(b) {
      b.onResolve({ filter: /^@jest\/globals$/ }, () => ({ path: 'jest', namespace: 'standin' }));
      b.onLoad({ filter: /.*/, namespace: 'standin' }, () => ({ contents: JEST_STANDINS }));
      b.onLoad({ filter: /support\.test\.ts$/ }, () => {
        const source = fs.readFileSync(testFile, 'utf8');
        const renamed = source
          .replace('function describeLists(', 'function describeListsInTests(')
          .replace('function itGetsAtLeast(', 'function itGetsAtLeastInTests(');
        if (
          !renamed.includes('describeListsInTests(') ||
          !renamed.includes('itGetsAtLeastInTests(')
        ) {
          throw new Error('unit-probes: the list helpers of support.test.ts were renamed');
        }
        return { contents: `${RECORDERS}\n${renamed}`, loader: 'ts' };
      });
    },
  },
]);
globalThis.__probes = [];
try {
  await import(pathToFileURL(bundled).href);
} finally {
  fs.rmSync(bundled, { force: true });
}

const read = (name) => JSON.parse(fs.readFileSync(path.join(here, 'data', `${name}.json`), 'utf8'));
// Left out: what the trainer reads itself (testlists.json and every development list), so no note
// is taken twice, and the lists kept for measuring.
const skipped = new Set(
  ['testlists', ...developmentLists(path.join(here, 'data')), ...MEASURING_LISTS]
    .flatMap((name) => Object.values(read(name)).flat())
    .map((text) => text.toLowerCase()),
);
const lists = { crisis: [], safety: [], ordinary: [] };
for (const [label, texts] of globalThis.__probes) {
  if (!(label in lists)) throw new Error(`unit-probes: unknown label ${label}`);
  for (const text of texts) {
    const key = text.toLowerCase();
    if (skipped.has(key)) continue;
    skipped.add(key);
    lists[label].push(text);
  }
}
fs.writeFileSync(outFile, `${JSON.stringify(lists, null, 1)}\n`);
console.log(
  `unit probes: crisis ${lists.crisis.length}, safety ${lists.safety.length}, ordinary ${lists.ordinary.length}`,
);
