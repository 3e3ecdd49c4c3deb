#!/usr/bin/env node
/**
 * `npm run bench`: times the built exco against Node's own start-up on data sets of 1, 3 and 10
 * years of daily use, and reports each command's median time, its ratio to the floor (the median
 * over the runs of each run against the floor run of its round) and its peak memory.
 *
 *   node scripts/bench.mjs [--sizes 1,3,10] [--runs 15] [--out FILE]
 *
 * Not a test: it asserts nothing. Results go to bench-results/ as JSON to compare over time.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DATA_FILE, dataNames, tablesPlugin } from './tables-plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'exco.cjs');
const rssHook = path.join(root, 'scripts', 'bench-rss.mjs');
const storeWrite = path.join(root, 'scripts', 'bench-store-write.cjs');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const sizes = arg('sizes', '1,3,10').split(',').map(Number);
const runs = Number(arg('runs', '15'));

const pad = (n) => String(n).padStart(2, '0');
const dayOf = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const note = (i) =>
  `Day ${i}: walked after work, called my sister, felt the pull to text less than last week. ` +
  'Wrote down what I would say and did not send it.';

/** A data document as if exco had been used every day for `years` years, ending today. */
function generate(years) {
  const days = Math.round(years * 365);
  const now = new Date();
  const start = new Date(now);
  start.setDate(start.getDate() - days);
  const at = (d) => new Date(d.getTime() + 20 * 3600_000).toISOString();
  const data = {
    schemaVersion: 1,
    createdAt: start.toISOString(),
    profile: {
      breakupDate: dayOf(start),
      monthsTogether: 30,
      intensity: 'medium',
      reason: 'communication',
      initiator: 'them',
      exNewPartner: false,
      createdAt: start.toISOString(),
      updatedAt: start.toISOString(),
    },
    screening: { at: start.toISOString(), flagged: false },
    safety: null,
    contacts: [],
    reflections: [],
    mistakes: [
      {
        id: 'm1',
        at: start.toISOString(),
        pattern: 'distant',
        description: 'I shut down',
        plan: 'Say what I feel the same day.',
      },
      { id: 'm2', at: start.toISOString(), pattern: 'communication', plan: 'Ask before assuming.' },
    ],
    goals: Array.from({ length: 6 }, (_, g) => ({
      id: `g${g + 1}`,
      at: start.toISOString(),
      category: ['fitness', 'hobby', 'growth', 'people', 'career', 'other'][g],
      title: `Goal ${g + 1}`,
      perWeek: 3,
      status: 'active',
      logs: [],
    })),
    urges: [],
    outcomes: [],
    conversations: [],
    settings: { dayStartHour: 4, country: null },
  };
  let log = 0;
  for (let i = 0; i < days; i += 1) {
    const d = new Date(start);
    d.setDate(d.getDate() + i);
    const date = dayOf(d);
    data.reflections.push({
      id: `r${i + 1}`,
      at: at(d),
      date,
      mood: 1 + (i % 5),
      urge: i % 11,
      promptId: 'learned',
      prompt: 'What did you learn about yourself today?',
      answer: 'That I can wait.',
      note: note(i),
      support: [],
    });
    if (i % 7 < 4) {
      const goal = data.goals[i % 6];
      log += 1;
      goal.logs.push({ id: `l${log}`, at: at(d), date, note: 'Did it.' });
    }
    if (i % 3 === 0)
      data.urges.push({
        id: `u${i + 1}`,
        at: at(d),
        intensity: i % 11,
        trigger: 'a song',
        heldOff: i % 9 !== 0,
      });
    if (i % 15 === 0 && i > 0)
      data.contacts.push({ id: `c${i}`, at: at(d), date, type: 'logistics', note: 'keys' });
  }
  return data;
}

function home(data) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exco-bench-'));
  fs.chmodSync(dir, 0o700);
  fs.writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data), { mode: 0o600 });
  return dir;
}

function time(cmd, args, env) {
  const startedAt = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - startedAt) / 1e6;
  if (result.status !== 0)
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function peakMb(args, env) {
  const file = path.join(os.tmpdir(), `exco-rss-${process.pid}`);
  spawnSync(process.execPath, ['--import', rssHook, bin, ...args], {
    env: { ...env, EXCO_BENCH_RSS_FILE: file },
    stdio: 'ignore',
  });
  const kb = Number(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file, { force: true });
  return Math.round((kb / 1024) * 10) / 10;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const FAQ_QUESTION = 'how long should I wait before texting my ex';
/**
 * Other everyday questions, one a run in turn: what a check costs depends on a question's words,
 * so one question alone could flatter (or wrong) the support check.
 */
const OTHER_QUESTIONS = [
  'should I text my ex on their birthday',
  'what if they have a new partner already',
  'is it normal to still miss them after three months',
  'how do I stop checking their instagram',
  'my ex blocked me, what now',
];
const CHECK_IN = ['reflect', '--mood', '3', '--urge', '2', '--note', 'bench check-in'];
/** Today's backup taken away, so the next write is the day's first (it parses the whole file). */
const newDay = (dir) => fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
/** [name, arguments (or the arguments of run i), what to do before each run of it] */
const COMMANDS = [
  ['--help', ['--help']],
  ['status --json', ['status', '--json']],
  ['faq --json', ['faq', '--json', FAQ_QUESTION]],
  [
    'faq --json (other questions)',
    (i) => ['faq', '--json', OTHER_QUESTIONS[i % OTHER_QUESTIONS.length]],
  ],
  ['reflect list --json', ['reflect', 'list', '--json']],
  ['reflect (write)', CHECK_IN],
  ["reflect (the day's first write)", CHECK_IN, newDay],
];

/**
 * The least `faq` can cost: each of its two parts in a process of its own, with nothing else (no
 * CLI, no data file, no code cache): the support check that every typed question goes through, and
 * the FAQ matcher. Each is bundled from the sources into a temp file and reads its tables as a run
 * does, from a copy of dist/tables.txt beside it.
 */
const FAQ_PARTS = [
  ['the support check', "import { detectSupport } from './src/core/support.ts';", 'detectSupport'],
  ['the FAQ matcher', "import { matchFaq } from './src/core/faq-match.ts';", 'matchFaq'],
];
async function faqParts() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exco-bench-parts-'));
  try {
    fs.copyFileSync(path.join(root, 'dist', DATA_FILE), path.join(dir, DATA_FILE));
    const tables = tablesPlugin(dataNames());
    const files = await Promise.all(
      FAQ_PARTS.map(async ([, imports, call], i) => {
        const outfile = path.join(dir, `part-${i}.cjs`);
        await build({
          stdin: {
            contents: `${imports}\nif (${call}(process.argv[2]) === undefined) process.exitCode = 1;`,
            resolveDir: root,
            loader: 'ts',
          },
          bundle: true,
          platform: 'node',
          format: 'cjs',
          target: 'node20',
          outfile,
          logLevel: 'warning',
          plugins: [tables],
        });
        return outfile;
      }),
    );
    const samples = { floor: [], parts: files.map(() => []) };
    for (let i = 0; i < runs; i += 1) {
      samples.floor.push(time(process.execPath, ['-e', ''], process.env));
      files.forEach((file, p) =>
        samples.parts[p].push(time(process.execPath, [file, FAQ_QUESTION], process.env)),
      );
    }
    return FAQ_PARTS.map(([part], p) => ({
      part,
      ratio: Math.round(median(samples.parts[p].map((ms, i) => ms / samples.floor[i])) * 100) / 100,
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const startedAt = Date.now();
const results = { date: new Date().toISOString(), node: process.version, runs, sizes: [] };
for (const years of sizes) {
  const data = generate(years);
  const dir = home(data);
  const env = { ...process.env, EXCO_HOME: dir, NO_COLOR: '1' };
  const samples = { floor: [], ...Object.fromEntries(COMMANDS.map(([name]) => [name, []])) };
  const ratios = Object.fromEntries(COMMANDS.map(([name]) => [name, []]));
  // Interleaved, so drift in machine load hits every command alike; and each run of a command is
  // set against the floor run of its own round, so a slow stretch of the machine's sways both.
  for (let i = 0; i < runs; i += 1) {
    const roundFloor = time(process.execPath, ['-e', ''], env);
    samples.floor.push(roundFloor);
    for (const [name, args, before] of COMMANDS) {
      before?.(dir);
      const argv = typeof args === 'function' ? args(i) : args;
      const ms = time(process.execPath, [bin, ...argv], env);
      samples[name].push(ms);
      ratios[name].push(ms / roundFloor);
    }
  }
  const floor = median(samples.floor);
  const rows = COMMANDS.map(([name, args, before]) => {
    const ms = median(samples[name]);
    before?.(dir);
    return {
      command: name,
      medianMs: Math.round(ms * 10) / 10,
      ratio: Math.round(median(ratios[name]) * 100) / 100,
      peakMb: peakMb(typeof args === 'function' ? args(0) : args, env),
    };
  });
  // The least a write can cost: a bare write (scripts/bench-store-write.cjs) through conf, as the
  // store saves, and with a plain atomic write; the whole process against the floor, and the save.
  const saving = { conf: [], plain: [] };
  const bare = { floor: [], conf: [], plain: [] };
  for (let i = 0; i < runs; i += 1) {
    bare.floor.push(time(process.execPath, ['-e', ''], env));
    for (const how of ['conf', 'plain']) {
      const startedAt = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [storeWrite, dir, how], { encoding: 'utf8' });
      bare[how].push(Number(process.hrtime.bigint() - startedAt) / 1e6);
      if (result.status !== 0) throw new Error(`store write (${how}) failed: ${result.stderr}`);
      saving[how].push(JSON.parse(result.stdout).ms);
    }
  }
  const saveMs = (how) => Math.round(median(saving[how]) * 10) / 10;
  const bareRatio = (how) =>
    Math.round(median(bare[how].map((ms, i) => ms / bare.floor[i])) * 100) / 100;
  const size = {
    years,
    bytes: fs.statSync(path.join(dir, 'data.json')).size,
    floorMs: Math.round(floor * 10) / 10,
    rows,
    saveMs: { conf: saveMs('conf'), plainAtomicWrite: saveMs('plain') },
    bareWriteRatio: { conf: bareRatio('conf'), plainAtomicWrite: bareRatio('plain') },
  };
  results.sizes.push(size);
  fs.rmSync(dir, { recursive: true, force: true });

  console.log(
    `\n${years} year${years === 1 ? '' : 's'} of data (${(size.bytes / 1024).toFixed(0)} KiB), floor node -e '' = ${size.floorMs} ms, ${runs} runs`,
  );
  console.log(`${'command'.padEnd(32)}median ms   × floor   peak MB`);
  for (const r of rows) {
    console.log(
      `${r.command.padEnd(32)}${String(r.medianMs).padStart(9)}${String(r.ratio).padStart(10)}${String(r.peakMb).padStart(10)}`,
    );
  }
  const { conf, plainAtomicWrite } = size.saveMs;
  const bareWrite = size.bareWriteRatio;
  console.log(
    `a bare write (Node, read, parse, add a check-in, save; no CLI, lock or checks): through conf ${bareWrite.conf} × floor, plain atomic write ${bareWrite.plainAtomicWrite} × floor`,
  );
  console.log(
    `  of which the save alone: through conf ${conf} ms, plain atomic write ${plainAtomicWrite} ms`,
  );
}

results.faqParts = await faqParts();
console.log(
  `\nfaq's parts alone (Node, one part, the same question; no CLI, no data, no code cache): ${results.faqParts
    .map(({ part, ratio }) => `${part} ${ratio} × floor`)
    .join(', ')}`,
);

const out = arg(
  'out',
  path.join(root, 'bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`),
);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `\nResults written to ${path.relative(process.cwd(), out)} in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`,
);
