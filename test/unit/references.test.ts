/**
 * Everything exco tells a person to run must exist: every `exco …` in the coach's words and
 * suggestions names a registered command, subcommand and flags.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli.js';
import { testDeps } from '../helpers/deps.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** `exco status --json`, `exco goals log ID`… as written in backticks in the source. */
function mentions(): Array<{ file: string; text: string }> {
  return sourceFiles(SRC).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/`(exco [^`]+)`/g)].map((m) => ({
      file: path.relative(SRC, file),
      text: m[1]!.replace(/\\$/, ''),
    })),
  );
}

function resolve(program: Command, words: string[]): { command: Command; rest: string[] } {
  let command = program;
  let rest = words;
  while (rest.length) {
    const sub = command.commands.find((c) => c.name() === rest[0]);
    if (!sub) break;
    command = sub;
    rest = rest.slice(1);
  }
  return { command, rest };
}

describe('commands mentioned to the person', () => {
  let program: Command;
  beforeAll(async () => {
    program = await buildProgram(() => testDeps());
  });
  const found = mentions().filter((m) => !m.text.includes('${'));

  it('finds mentions to check', () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it.each(found.map((m) => [m.text, m.file]))('`%s` (in %s) exists', (text) => {
    const words = text.split(/\s+/).slice(1);
    const { command, rest } = resolve(program, words);
    expect(command).not.toBe(program);
    const flags = rest.filter((w) => w.startsWith('--')).map((w) => w.split('=')[0]!);
    const known = new Set(
      [...command.options, ...program.options].flatMap((o) => [o.long, o.short]).filter(Boolean),
    );
    for (const flag of flags) expect([...known]).toContain(flag);
    if (command.commands.length > 0 && rest[0] && !rest[0].startsWith('-')) {
      expect(command.commands.map((c) => c.name())).toContain(rest[0]);
    }
  });
});
