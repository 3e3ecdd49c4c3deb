#!/usr/bin/env node
/**
 * Fits the word weights of `exco draft`'s tone score (src/core/draft-tone-weights.ts) from
 * labelled drafts, so they can be refitted when the lists grow:
 *
 *   node scripts/train-draft-tone.mjs LIST.json [LIST.json...] [--top 300]
 *   npm run train:draft-tone     (the shipped weights, from scripts/draft-tone-corpus/*.json)
 *
 * The corpus is the unit tests' drafts and lists written while building the score. Lists used
 * to measure the check (test/unit/draft-verdict.test.ts's untuned list) must stay out of it.
 * Each list is {"heavy": [...messages], "light": [...messages]}. A logistic regression over the
 * words and word pairs of the canonical form (src/core/draft-text.ts) is fitted with no intercept
 * (a draft with no known words leans neither way), the `--top`
 * features with the largest weights are kept and the model is fitted again on those alone, and
 * the result is written as a TypeScript data file (run `npm run format` after). Deterministic:
 * the same lists give the same weights.
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'src/core/draft-tone-weights.ts');
/** A feature must occur in this many drafts to be learned at all. */
const MIN_COUNT = 2;
const L2 = 2;
const EPOCHS = 600;
const RATE = 0.5;

async function loadNormalise() {
  const result = await build({
    entryPoints: [path.join(root, 'src/core/draft-text.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)).normaliseDraft;
}

/** Must match `toneFeatures` in src/core/draft-score.ts. */
function features(norm) {
  const tokens = norm.split(' ').filter((t) => t !== '');
  const pairs = tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`);
  return [...new Set([...tokens, ...pairs])];
}

function fit(rows, vocab) {
  const index = new Map(vocab.map((f, i) => [f, i]));
  const xs = rows.map((r) => r.features.filter((f) => index.has(f)).map((f) => index.get(f)));
  const w = new Float64Array(vocab.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocab.length);
    rows.forEach((r, n) => {
      const z = xs[n].reduce((sum, i) => sum + w[i], 0);
      const err = 1 / (1 + Math.exp(-z)) - r.heavy;
      for (const i of xs[n]) grad[i] += err;
    });
    for (let i = 0; i < w.length; i++) w[i] -= (RATE * (grad[i] + L2 * w[i])) / rows.length;
  }
  return w;
}

async function main() {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 300;
  if (args.length === 0) throw new Error('usage: train-draft-tone.mjs LIST.json... [--top N]');
  const normaliseDraft = await loadNormalise();
  const rows = args.flatMap((file) => {
    const list = JSON.parse(fs.readFileSync(file, 'utf8'));
    const row = (heavy) => (text) => ({ heavy, features: features(normaliseDraft(text).norm) });
    return [...list.heavy.map(row(1)), ...list.light.map(row(0))];
  });
  const counts = new Map();
  for (const r of rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f) >= MIN_COUNT).sort();
  const first = fit(rows, vocab);
  const kept = vocab
    .map((f, i) => [f, Math.abs(first[i])])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([f]) => f)
    .sort();
  const w = fit(rows, kept);
  const entries = kept
    .map((f, i) => [f, Math.round(w[i] * 100) / 100])
    .filter(([, weight]) => weight !== 0)
    .map(([f, weight]) => `  ${JSON.stringify(f)}: ${weight},`);
  const heavy = rows.filter((r) => r.heavy).length;
  fs.writeFileSync(
    OUT,
    `/**
 * The word weights of \`exco draft\`'s tone score (see draft-score.ts): how much each word or
 * word pair of the canonical form (draft-text.ts) leans a draft towards heavy (above 0) or light
 * (below 0); a draft's tone is the sum of its features' weights. Fitted by
 * scripts/train-draft-tone.mjs: a logistic regression over ${rows.length} labelled drafts (${heavy} heavy,
 * ${rows.length - heavy} light), keeping the ${kept.length} strongest features. Pure data: refit rather than edit by hand.
 */
export const TONE_WEIGHTS: Readonly<Record<string, number>> = {
${entries.join('\n')}
};
`,
  );
  console.log(`${rows.length} drafts, ${vocab.length} features seen, ${entries.length} kept`);
}

await main();
