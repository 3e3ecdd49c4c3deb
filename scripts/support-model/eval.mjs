#!/usr/bin/env node
/**
 * Measures the support check on labelled lists: recall per flag and false alarms on ordinary
 * notes. `node scripts/support-model/eval.mjs dev7 dev8` (names of data/*.json); env SHOW=1 prints
 * the misses and false alarms (never for final.json or held*.json: those lists stay unread), MODEL=off
 * measures with the word model switched off.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from '../bundle-for-node.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const out = path.join(os.tmpdir(), `exco-support-eval-${process.pid}.mjs`);
await bundleForNode(
  path.join(root, 'src', 'core', 'support.ts'),
  out,
  process.env.MODEL === 'off'
    ? [
        {
          name: 'model-off',
          setup(b) {
            b.onResolve({ filter: /support-model-weights/ }, () => ({
              path: path.join(here, 'placeholder-weights.ts'),
            }));
          },
        },
      ]
    : [],
);

const { detectSupport } = await import(pathToFileURL(out).href);
fs.rmSync(out);
const total = { crisis: [0, 0], safety: [0, 0], ordinary: [0, 0] };
for (const name of process.argv.slice(2)) {
  const list = JSON.parse(fs.readFileSync(path.join(here, 'data', `${name}.json`), 'utf8'));
  const show = process.env.SHOW && name !== 'final' && !name.startsWith('held');
  const line = [];
  for (const label of ['crisis', 'safety', 'ordinary']) {
    const items = list[label] ?? [];
    let good = 0;
    for (const text of items) {
      const flags = detectSupport(text);
      const ok = label === 'ordinary' ? flags.length === 0 : flags.includes(label);
      if (ok) good += 1;
      else if (show)
        console.log(`  ${label === 'ordinary' ? 'FA ' + flags : 'MISS ' + label}: ${text}`);
    }
    total[label][0] += good;
    total[label][1] += items.length;
    line.push(
      label === 'ordinary'
        ? `false alarms ${items.length - good}/${items.length}`
        : `${label} ${good}/${items.length}`,
    );
  }
  console.log(`${name}: ${line.join(', ')}`);
}
if (process.argv.length > 3)
  console.log(
    `all: crisis ${total.crisis[0]}/${total.crisis[1]}, safety ${total.safety[0]}/${total.safety[1]}, false alarms ${total.ordinary[1] - total.ordinary[0]}/${total.ordinary[1]}`,
  );
