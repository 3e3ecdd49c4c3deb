/**
 * A writer killed with SIGKILL at random moments: the data file is always the old or the new
 * version, never torn, and a lock the dead writer left behind does not block the next run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BIN, excoAsync } from '../helpers/cli.js';
import { dataFile, readValid, startedHome } from '../helpers/seed.js';

const ITERATIONS = 40;

function write(home: string, i: number) {
  return [
    'reflect',
    '--mood',
    '3',
    '--urge',
    '4',
    '--note',
    `kill test ${i} ${'x'.repeat(50_000)}`,
  ];
}

/** Starts a write and SIGKILLs it after `delayMs`; resolves when it is gone. */
function killedWrite(args: string[], home: string, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, EXCO_HOME: home, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const lockOf = (home: string) => `${dataFile(home)}.lock`;

describe('a writer killed with SIGKILL', () => {
  it(`${ITERATIONS} random kills: never a torn file; a left lock never blocks the next write`, async () => {
    const home = startedHome();
    // How long one whole write takes here: the save is at its very end, so most kills are aimed
    // at the second half of that time, and some anywhere in it.
    const times: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const t0 = Date.now();
      expect((await excoAsync(write(home, i), { home })).code).toBe(0);
      times.push(Date.now() - t0);
    }
    const span = Math.max(150, times.sort((a, b) => a - b)[1] ?? 0);
    let count = readValid(home).reflections.length;
    let locksLeft = 0;
    let completed = 0;
    for (let i = 1; i <= ITERATIONS; i += 1) {
      const from = i % 4 === 0 ? 0 : 0.5;
      const delay = Math.floor(span * (from + Math.random() * (1.1 - from)));
      await killedWrite(write(home, i), home, delay);
      const context = `iteration ${i}, killed after ${delay} ms`;
      const data = (() => {
        try {
          return readValid(home);
        } catch (error) {
          throw new Error(`${context}: ${(error as Error).message}`);
        }
      })();
      const now = data.reflections.length;
      expect({ context, grewBy: now - count }).toEqual({ context, grewBy: now === count ? 0 : 1 });
      if (now > count) completed += 1;
      count = now;
      if (fs.existsSync(lockOf(home))) {
        locksLeft += 1;
        const next = await excoAsync(write(home, 1000 + i), { home });
        expect({ context, code: next.code, stderr: next.stderr }).toEqual({
          context,
          code: 0,
          stderr: '',
        });
        count += 1;
        expect(readValid(home).reflections).toHaveLength(count);
      }
    }
    // Not an assertion on timing: it only says how the random kills fell, for the log.
    console.info(`SIGKILL: ${completed} writes landed, ${locksLeft} locks left behind`);
    const final = await excoAsync(write(home, 9999), { home });
    expect(final.code).toBe(0);
    expect(readValid(home).reflections).toHaveLength(count + 1);
  }, 240_000);

  it('a fresh lock left by a killed writer is taken over: the next write succeeds', async () => {
    const home = startedHome();
    const before = readValid(home).reflections.length;
    // What proper-lockfile leaves when its process dies: the lock directory, freshly touched.
    fs.mkdirSync(lockOf(home));
    const doctor = await excoAsync(['data', 'doctor'], { home });
    expect(doctor.stdout).toMatch(/lock is fresh/);
    const result = await excoAsync(write(home, 1), { home });
    expect(result.code).toBe(0);
    expect(readValid(home).reflections).toHaveLength(before + 1);
    expect(fs.existsSync(lockOf(home))).toBe(false);
    expect(fs.readdirSync(path.dirname(dataFile(home))).filter((n) => n.endsWith('.lock'))).toEqual(
      [],
    );
  }, 60_000);
});
