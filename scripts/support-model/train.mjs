// Logistic regression per flag on the features of prep.json. Modes:
//   node train.mjs cv  GROUPS      leave-one-group-out estimate of recall / extra false alarms
//   node train.mjs fit OUTFILE     fit on everything, write support-model-weights.ts
import fs from 'node:fs';
import { URL } from 'node:url';
const data = JSON.parse(fs.readFileSync(process.env.PREP, 'utf8'));
const L2 = Number(process.env.L2 ?? 2);
const NEG_W = Number(process.env.NEGW ?? 2); // weight of ordinary phrases (false alarms cost)
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const MINCOUNT = Number(process.env.MINCOUNT ?? 2);
const FLAGS = ['crisis', 'safety'];

function fit(items0, flag) {
  const items = items0.filter((it) => !it.list.startsWith('long'));
  const counts = new Map();
  for (const it of items)
    for (const f of new Set(it.spans.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map();
  for (const [f, c] of counts) if (c >= MINCOUNT) index.set(f, index.size);
  const rows = items.map((it) =>
    [...new Set(it.spans.flat())].map((f) => index.get(f)).filter((j) => j !== undefined),
  );
  const y = items.map((it) => (it.label === flag ? 1 : 0));
  const sw = items.map((it) => (it.label === flag ? 1 : it.label === 'ordinary' ? NEG_W : 1));
  const totalW = sw.reduce((a, b) => a + b, 0);
  const w = new Float64Array(index.size);
  let b = 0;
  // Adagrad full-batch gradient descent.
  const gw = new Float64Array(index.size).fill(1e-8);
  let gb = 1e-8;
  for (let e = 0; e < EPOCHS; e += 1) {
    const grad = new Float64Array(index.size);
    let gradB = 0;
    rows.forEach((r, i) => {
      let z = b;
      for (const j of r) z += w[j];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y[i]) * sw[i];
      gradB += g;
      for (const j of r) grad[j] += g;
    });
    for (let j = 0; j < w.length; j += 1) {
      const g = grad[j] / totalW + (L2 * w[j]) / totalW;
      gw[j] += g * g;
      w[j] -= (0.5 * g) / Math.sqrt(gw[j]);
    }
    const g = gradB / totalW;
    gb += g * g;
    b -= (0.5 * g) / Math.sqrt(gb);
  }
  const weights = new Map();
  for (const [f, j] of index)
    if (Math.abs(w[j]) >= Number(process.env.PRUNE ?? 0.01)) weights.set(f, w[j]);
  return { bias: b, weights };
}
const score = (m, feats) => feats.reduce((z, f) => z + (m.weights.get(f) ?? 0), m.bias);
const GATE = process.env.GATE ?? '';
const gateOk = (flag, g) =>
  !GATE ||
  (GATE === 'person'
    ? flag === 'crisis'
      ? g.self
      : g.ag || g.me
    : flag === 'crisis'
      ? g.c >= Number(GATE)
      : g.ag || g.s >= 1);
const KPEN = Number(process.env.KPEN ?? 0);
const best = (m, it, flag) =>
  Math.max(
    -99,
    ...it.spans.map((s, i) => (flag && !gateOk(flag, it.gates[i]) ? -99 : score(m, s))),
  ) -
  KPEN * Math.log(Math.max(1, it.spans.length));

const [mode, arg] = process.argv.slice(2);
if (mode === 'cv') {
  const groups = arg.split(',');
  const thrs = (process.env.THRS ?? '2,1.5,1,0.5,0,-0.5,-1').split(',').map(Number);
  for (const flag of FLAGS) {
    const stats = thrs.map(() => ({ r: 0, fa: 0, fa2: 0 }));
    let pos = 0,
      neg = 0,
      baseR = 0,
      baseFa = 0;
    for (const g of groups) {
      const m = fit(
        data.filter((it) => it.list !== g),
        flag,
      );
      for (const it of data.filter((it) => it.list === g)) {
        const s = best(m, it, flag);
        if (it.label === flag) {
          pos += 1;
          if (it.flags.includes(flag)) baseR += 1;
          thrs.forEach((t, k) => {
            if (it.flags.includes(flag) || s > t) stats[k].r += 1;
          });
          if (process.env.SHOWMISS && !it.flags.includes(flag) && s <= Number(process.env.SHOWMISS))
            console.log(`    MISS ${flag} ${s.toFixed(2)}: ${it.text}`);
        } else if (it.label === 'ordinary') {
          neg += 1;
          if (it.flags.length) baseFa += 1;
          thrs.forEach((t, k) => {
            if (!it.flags.length && s > t) stats[k].fa += 1;
          });
          if (process.env.SHOW && !it.flags.length && s > Number(process.env.SHOW))
            console.log(`    FA ${flag} ${s.toFixed(2)}: ${it.text}`);
        }
      }
    }
    console.log(`${flag}: rules+concepts ${baseR}/${pos}, false alarms ${baseFa}/${neg}`);
    thrs.forEach((t, k) =>
      console.log(
        `  logit > ${t}: recall ${stats[k].r}/${pos}, extra false alarms ${stats[k].fa}/${neg}`,
      ),
    );
  }
} else if (mode === 'fit') {
  const thr = (process.env.THR ?? '0.5,0.5').split(',').map(Number);
  const models = FLAGS.map((flag) => fit(data, flag));
  const fmt = (x) => Number(x.toFixed(3));
  // One template string of "feature weight" lines a flag, searched where it lies: an object
  // literal or a map of thousands of keys cost every run that loads the check 10-15 ms.
  const body = FLAGS.map((flag, k) => {
    const m = models[k];
    const lines = [...m.weights]
      // By feature, in code-unit order: the check finds a weight by binary search (modelWeight).
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([f, v]) => `${f} ${fmt(v)}`);
    // A feature is looked up by the text before the first space of its line.
    if ([...m.weights.keys()].some((f) => f === '' || /[\s`$\\]/.test(f)))
      throw new Error('odd feature');
    return `  ${flag}: {\n    bias: ${fmt(m.bias)},\n    threshold: ${thr[k]},\n    weights: \`\n${lines.join('\n')}\n\`,\n  },`;
  }).join('\n');
  const fitted = data.filter((it) => !it.list.startsWith('long')).length;
  const header = fs
    .readFileSync(new URL('./weights-header.txt', import.meta.url), 'utf8')
    .replace('PHRASE_COUNT', fitted.toLocaleString('en'))
    .replace('NEGW_TIMES', String(NEG_W));
  fs.writeFileSync(
    arg,
    `${header}import type { SortedLines } from './sorted-lines.js';\n\nexport const MODEL_WEIGHTS: Readonly<\n  Record<'crisis' | 'safety', { bias: number; threshold: number; weights: SortedLines }>\n> = {\n${body}\n};\n`,
  );
  console.log(
    'features',
    models.map((m) => m.weights.size),
  );
}
