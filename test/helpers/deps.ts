/** Test doubles: a fixed clock, a captured output, a scripted prompter and a temp-dir store. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Deps } from '../../src/commands/context.js';
import { CancelledError } from '../../src/errors.js';
import { createStore } from '../../src/store/store.js';
import { plainStyle, type Output } from '../../src/ui/output.js';
import type { Choice, Prompter } from '../../src/ui/prompter.js';

/** Every temp dir this test file made: `removeTempDirs` (run after each file) deletes them. */
const made: string[] = [];

export function tempDir(prefix = 'exco-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Deletes this file's temp dirs, made writable first; one still in use (a mount) is left. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      fs.chmodSync(dir, 0o700);
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Best effort: a test that mounted something here unmounts it itself.
    }
  }
}

/** A clock stuck at a local wall-clock time, so tests mean the same in every time zone. */
export function fixedClock(local = '2026-11-26T10:00:00'): () => Date {
  const instant = new Date(local);
  return () => new Date(instant);
}

export interface CapturedOutput extends Output {
  stdout: string[];
  stderr: string[];
  text(): string;
}

export function captureOutput(): CapturedOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    line: (text = '') => void stdout.push(text),
    json: (value) => void stdout.push(JSON.stringify(value)),
    raw: (text) => void stdout.push(text),
    error: (text) => void stderr.push(text),
    style: plainStyle,
    color: false,
    columns: 80,
    text: () => [...stdout, ...stderr].join('\n'),
  };
}

/** An answer for the scripted prompter; 'cancel' behaves like Ctrl-C. */
export type Answer = string | number | boolean | 'cancel' | { value: unknown };

export interface ScriptedPrompter extends Prompter {
  asked: string[];
  remaining(): number;
}

/**
 * Answers questions in order. For `select`/`search`, a string answer picks the choice with that
 * value; the choice must exist, so a test fails if a menu stops offering what it should.
 */
export function scriptedPrompter(answers: Answer[], interactive = true): ScriptedPrompter {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string): Answer => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`Unexpected question: ${message}`);
    const answer = queue.shift() as Answer;
    if (answer === 'cancel') throw new CancelledError();
    return answer;
  };
  const pick = <T>(message: string, choices: readonly Choice<T>[]): T => {
    const answer = next(message);
    const wanted = typeof answer === 'object' ? answer.value : answer;
    const choice = choices.find((c) => c.value === wanted);
    if (!choice) {
      const offered = choices.map((c) => String(c.value)).join(', ');
      throw new Error(`"${String(wanted)}" is not offered for "${message}" (offered: ${offered})`);
    }
    return choice.value;
  };
  return {
    interactive,
    asked,
    remaining: () => queue.length,
    confirm: async (message) => Boolean(next(message)),
    input: async (message, options) => {
      const value = String(next(message));
      const valid = options?.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`Validation failed for "${message}": ${valid}`);
      return value;
    },
    select: async (message, choices) => pick(message, choices),
    search: async (message, source) => pick(message, source('')),
  };
}

export interface TestDeps extends Deps {
  out: CapturedOutput;
  prompter: ScriptedPrompter;
  dir: string;
}

export function testDeps(
  options: { answers?: Answer[]; interactive?: boolean; now?: () => Date; dir?: string } = {},
): TestDeps {
  const dir = options.dir ?? tempDir();
  const now = options.now ?? fixedClock();
  return {
    out: captureOutput(),
    prompter: scriptedPrompter(options.answers ?? [], options.interactive ?? true),
    store: createStore({ dir, now }),
    now,
    version: '0.0.0-test',
    dir,
  };
}
