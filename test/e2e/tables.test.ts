/**
 * The data tables as the built bundles read them (dist/tables.txt through scripts/tables.cjs,
 * written by scripts/build.mjs) is the data of the sources, lookup for
 * lookup: every key of every table, keys between and around them, and every short string.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { BIN } from '../helpers/cli.js';
import { tempDir } from '../helpers/deps.js';
import { LEXICON_INDEX } from '../../src/core/support-lexicon-index.js';
import { MODEL_WEIGHTS } from '../../src/core/support-model-weights.js';
import { RULE_LIMIT, SUPPORT_INDEX } from '../../src/core/support-index.js';
import { FAQ_INDEX } from '../../src/core/faq-index.js';
import { findLine, findSorted, type SortedLines } from '../../src/core/sorted-lines.js';

const root = path.resolve(path.dirname(BIN), '..');

/** The reader, loaded beside a copy of the built data file as a bundle would load it. */
function built(): {
  LEXICON_INDEX: typeof LEXICON_INDEX;
  MODEL_WEIGHTS: typeof MODEL_WEIGHTS;
  SUPPORT_INDEX: typeof SUPPORT_INDEX;
  FAQ_INDEX: typeof FAQ_INDEX;
} {
  const dir = tempDir();
  fs.copyFileSync(path.join(root, 'dist', 'tables.txt'), path.join(dir, 'tables.txt'));
  fs.copyFileSync(path.join(root, 'scripts', 'tables.cjs'), path.join(dir, 'tables.cjs'));
  return createRequire(path.join(dir, 'x.cjs'))('./tables.cjs') as ReturnType<typeof built>;
}

const text = (lines: SortedLines): string => {
  if (typeof lines !== 'string') throw new Error('the sources hold text');
  return lines.trim();
};

describe('the built data tables', () => {
  const data = built();
  const tables: [string, SortedLines, SortedLines, string][] = [
    ...(['crisis', 'safety', 'harmless'] as const).map(
      (name): [string, SortedLines, SortedLines, string] => [
        `${name} words`,
        LEXICON_INDEX[name].words,
        data.LEXICON_INDEX[name].words,
        '\t',
      ],
    ),
    ...(['crisis', 'safety'] as const).map((name): [string, SortedLines, SortedLines, string] => [
      `${name} weights`,
      MODEL_WEIGHTS[name].weights,
      data.MODEL_WEIGHTS[name].weights,
      ' ',
    ]),
    ...(['cues', 'rules', 'idioms'] as const).map(
      (name): [string, SortedLines, SortedLines, string] => [
        name,
        SUPPORT_INDEX[name],
        data.SUPPORT_INDEX[name],
        '\t',
      ],
    ),
    ...(['known', 'askedIn', 'anchored'] as const).map(
      (name): [string, SortedLines, SortedLines, string] => [
        `FAQ ${name}`,
        FAQ_INDEX[name],
        data.FAQ_INDEX[name],
        '\t',
      ],
    ),
  ];

  it.each(tables)('reads the %s table a block at a time', (_, source, read, sep) => {
    expect(typeof read).toBe('object');
    const lines = text(source).split('\n');
    const keys = lines.map((line) => line.split(sep, 1)[0] ?? '');
    expect(keys.length).toBeGreaterThan(100);
    // Every key, and probes before, between and after them.
    const probes = [...keys, ...keys.flatMap((k) => [`${k}a`, `${k}~`, k.slice(0, -1)]), '', '~'];
    const wrong = probes.filter(
      (key) => findLine(read, key, sep) !== findSorted(text(source), key, sep),
    );
    expect(wrong).toEqual([]);
    expect(keys.filter((key) => findLine(read, key, sep) === undefined)).toEqual([]);
  });

  it('reads the short strings and numbers as they are', () => {
    for (const name of ['crisis', 'safety', 'harmless'] as const) {
      expect(data.LEXICON_INDEX[name].prefixes).toBe(LEXICON_INDEX[name].prefixes);
    }
    for (const name of ['crisis', 'safety'] as const) {
      const { weights: _, ...rest } = data.MODEL_WEIGHTS[name];
      const { weights: __, ...sourceRest } = MODEL_WEIGHTS[name];
      expect(rest).toEqual(sourceRest);
    }
    const { cues: _, rules: _r, idioms: _i, ...rest } = data.SUPPORT_INDEX;
    const { cues: __, rules: __r, idioms: __i, ...sourceRest } = SUPPORT_INDEX;
    expect(rest).toEqual(sourceRest);
    expect(SUPPORT_INDEX.cuePrefixes.length).toBeGreaterThan(0);
    expect(data.FAQ_INDEX.unanchored).toBe(FAQ_INDEX.unanchored);
    expect(data.FAQ_INDEX.anchorClasses).toBe(FAQ_INDEX.anchorClasses);
    expect((data as unknown as { RULE_LIMIT: number }).RULE_LIMIT).toBe(RULE_LIMIT);
  });
});
