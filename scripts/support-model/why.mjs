#!/usr/bin/env node
/**
 * Why the support check flags a note or not: `node scripts/support-model/why.mjs "note" ...`
 * prints the flags with the word model off and on, the model's best logit per flag against its
 * threshold, and the concepts the lexicons see in each span.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const bundle = async (off) => {
  const out = path.join(os.tmpdir(), `exco-support-why-${process.pid}-${off}.mjs`);
  const entry = path.join(os.tmpdir(), `exco-support-why-${process.pid}.ts`);
  fs.writeFileSync(
    entry,
    `export * from '${path.join(root, 'src/core/support.ts')}';
export * from '${path.join(root, 'src/core/support-net.ts')}';
export * from '${path.join(root, 'src/core/support-model.ts')}';
export * from '${path.join(root, 'src/core/support-concepts.ts')}';
export * from '${path.join(root, 'src/core/support-lexicon.ts')}';
export * from '${path.join(root, 'src/core/support-phrases.ts')}';
export { MODEL_WEIGHTS } from '${path.join(root, 'src/core/support-model-weights.ts')}';`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
    plugins: off
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
  });
  fs.rmSync(entry);
  const m = await import(pathToFileURL(out).href);
  fs.rmSync(out);
  return m;
};
const on = await bundle(false);
const off = await bundle(true);
const mk = (c) =>
  new on.Lexicon(
    Object.entries(c).flatMap(([concept, w]) =>
      Object.entries(w).flatMap(([wt, ps]) => ps.map((p) => [p, `${concept}${wt}`])),
    ),
    on.WORD_CLASSES,
  );
const LC = mk(on.CRISIS_CONCEPTS);
const LS = mk(on.SAFETY_CONCEPTS);
let texts = process.argv.slice(2);
if (texts[0] === '-f') texts = fs.readFileSync(texts[1], 'utf8').split('\n').filter(Boolean);
for (const text of texts) {
  const spans = on.supportSpans(text);
  const wins = spans.flatMap(on.windows);
  const best = (f) => Math.max(-99, ...wins.map((w) => on.modelScore(f, w))).toFixed(2);
  console.log(
    `${text}\n   rules+concepts [${off.detectSupport(text)}]  all [${on.detectSupport(text)}]  model c ${best(0)}/${on.MODEL_WEIGHTS.crisis.threshold} s ${best(1)}/${on.MODEL_WEIGHTS.safety.threshold}`,
  );
  const canon = on.supportSentences(text).join('\n');
  for (const [name, rules] of [
    ['crisis', on.CRISIS_RULES],
    ['safety', on.SAFETY_RULES],
  ])
    for (const [cues, source] of rules)
      if (new RegExp(source).test(canon))
        console.log(`   rule ${name} [${cues}] ${source.slice(0, 120)}`);
  for (const s of spans) {
    // Each concept with the words it matched: "ending2[my last message]".
    const shown = (m) => `${m.value}[${s.slice(m.start, m.end).join(' ')}]`;
    const c = LC.matches(s).map(shown);
    const sf = LS.matches(s).map(shown);
    console.log(`   | ${s.join(' ')}  C:${c.join(',')} S:${sf.join(',')}`);
  }
}
