/** A data directory set up through the real binary, as a person would have it after `exco start`. */
import fs from 'node:fs';
import path from 'node:path';
import { schemaProblem, type ExcoData } from '../../src/core/model.js';
import { exco } from './cli.js';
import { tempDir } from './deps.js';

/** A local calendar day `n` days before today, as YYYY-MM-DD. */
export function daysAgo(n: number): string {
  const day = new Date();
  day.setDate(day.getDate() - n);
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** `exco start` flags for 18 months, committed, communication, they ended it: a 40-day window. */
export function startFlags(breakupDaysAgo = 30, safety: 'yes' | 'no' = 'no'): string[] {
  return [
    'start',
    '--breakup-date',
    daysAgo(breakupDaysAgo),
    '--months-together',
    '18',
    '--intensity',
    'medium',
    '--reason',
    'communication',
    '--initiator',
    'them',
    '--safety',
    safety,
  ];
}

export const START_FLAGS = startFlags();

/** Runs the binary and fails the test with its stderr when it does not exit 0. */
export function excoOk(args: string[], home: string): string {
  const result = exco(args, { home });
  if (result.code !== 0) {
    throw new Error(`exco ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  }
  return result.stdout;
}

/** A data directory after `exco start` with flags, optionally with goal g1. */
export function startedHome(options: { goal?: boolean } = {}): string {
  const home = tempDir('exco-rel-');
  excoOk(START_FLAGS, home);
  if (options.goal) {
    excoOk(['goals', 'add', '--category', 'fitness', '--title', 'Run', '--per-week', '3'], home);
  }
  return home;
}

export const dataFile = (home: string) => path.join(home, 'data.json');

/** The data file parsed and checked against the schema; throws with the reason if it is not valid. */
export function readValid(home: string): ExcoData {
  const raw = fs.readFileSync(dataFile(home), 'utf8');
  const parsed = JSON.parse(raw) as ExcoData;
  const problem = schemaProblem(parsed);
  if (problem) throw new Error(`data.json does not validate: ${problem}`);
  return parsed;
}

/** A stack frame as Node prints it: "    at fn (file.js:12:3)". */
export const STACK_FRAME = /^\s+at .+:\d+(:\d+)?\)?$/m;
