/**
 * Every parser of what a person types, fed arbitrary input: a clean answer or a clean error,
 * never a crash. Pure parsers are checked in-process with many runs; the binary with a few.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { InvalidArgumentError } from 'commander';
import fc from 'fast-check';
import { intFlag, numberFlag, parseDayFlag } from '../../src/commands/options.js';
import { runReflect } from '../../src/commands/reflect.js';
import { addDays, dayFromWords, daysBetween, isDay } from '../../src/core/dates.js';
import { nextId } from '../../src/core/ids.js';
import {
  MAX_MONTHS,
  monthsFromWords,
  monthsProblem,
  pastDayProblem,
} from '../../src/core/profile.js';
import { detectSupport } from '../../src/core/support.js';
import { neutralizeControls } from '../../src/core/text.js';
import { ExcoError } from '../../src/errors.js';
import { exco } from '../helpers/cli.js';
import { tempDir, testDeps } from '../helpers/deps.js';
import { STACK_FRAME, startedHome } from '../helpers/seed.js';

const RUNS = { numRuns: 200 };
const TODAY = '2026-11-26';

/** Day-shaped strings, real or not, plus anything at all. */
const dayish = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom(
    'today',
    'yesterday',
    ' Today ',
    'YESTERDAY',
    '2026-02-29',
    '2024-02-29',
    '',
    '9999-12-31',
    '0100-01-01',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
);

/** Text as people paste it: controls, escapes, emoji, right-to-left, combining marks. */
const wildText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(
      fc.constantFrom(
        '\u001b]0;pwned\u0007',
        '\u001b[2J',
        '\u0000',
        '\r',
        '\u009b',
        '🙂',
        '👩‍👩‍👧',
        'שלום',
        'مرحبا',
        '\u202e',
        'é',
        ' ',
        '\n',
        'I want to die',
        'he hit me',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

function cleanError(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error instanceof InvalidArgumentError || error instanceof ExcoError).toBe(true);
    return error;
  }
}

describe('dates', () => {
  it('isDay: true only for real days, which survive a round trip', () => {
    fc.assert(
      fc.property(dayish, (text) => {
        const ok = isDay(text);
        if (ok) {
          expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          // Within the days that can be written: past 9999-12-31 there is none.
          const next = addDays(text, 1);
          if (next === 'Invalid Date') {
            expect(text).toBe('9999-12-31');
            expect(addDays(addDays(text, -1), 1)).toBe(text);
          } else {
            expect(isDay(next)).toBe(true);
            expect(addDays(next, -1)).toBe(text);
          }
        }
      }),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        (date) => {
          const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
          expect(isDay(day)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('dayFromWords + pastDayProblem: a real past day, or nothing read, or a message', () => {
    fc.assert(
      fc.property(dayish, (text) => {
        const day = dayFromWords(text, TODAY);
        const problem = day === null ? null : pastDayProblem(day, TODAY, 'breakup date');
        if (day === null) {
          expect(isDay(text.trim())).toBe(false);
        } else if (problem === null) {
          expect(isDay(day)).toBe(true);
          expect(daysBetween(TODAY, day)).toBeLessThanOrEqual(0);
        } else {
          expect(problem).toMatch(/^The breakup date (must|cannot)/);
        }
      }),
      RUNS,
    );
  });

  it('parseDayFlag: the same day back, or a usage error', () => {
    fc.assert(
      fc.property(dayish, (text) => {
        const result = cleanError(() => parseDayFlag(text));
        if (typeof result === 'string') expect(isDay(result)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('numbers', () => {
  const numberish = fc.oneof(
    fc.integer({ min: -50, max: 2000 }).map(String),
    fc.double().map(String),
    fc.constantFrom('', ' ', '1e3', '0x10', '-0', '3.', '.5', 'NaN', 'Infinity', '１２', '٣', '7 '),
    fc.string(),
  );

  it('intFlag(0, 10): a whole number in range, or a usage error', () => {
    fc.assert(
      fc.property(numberish, (text) => {
        const result = cleanError(() => intFlag(0, 10)(text));
        if (typeof result === 'number') {
          expect(Number.isInteger(result) && result >= 0 && result <= 10).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('numberFlag(0, 1200) and monthsProblem: a number the flag takes is typed the same; else a span in range, or an error', () => {
    fc.assert(
      fc.property(
        fc.oneof(numberish, fc.constantFrom('2 years', 'a year and a half', '101 years')),
        (text) => {
          const result = cleanError(() => numberFlag(0, MAX_MONTHS)(text));
          const problem = monthsProblem(text);
          if (typeof result === 'number') {
            expect(Number.isFinite(result) && result >= 0 && result <= MAX_MONTHS).toBe(true);
            expect(problem).toBeNull();
            expect(monthsFromWords(text)).toBe(result);
          } else if (problem === null) {
            const months = monthsFromWords(text) as number;
            expect(months >= 0 && months <= MAX_MONTHS).toBe(true);
          } else {
            expect(problem).toMatch(/^Months together must be/);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('ids', () => {
  it('nextId never repeats an existing id', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.nat(1e6).map((n) => `g${n}`),
            fc.string(),
          ),
        ),
        (ids) => {
          const id = nextId(
            'g',
            ids.map((value) => ({ id: value })),
          );
          expect(id).toMatch(/^g\d+$/);
          expect(ids).not.toContain(id);
        },
      ),
      RUNS,
    );
  });

  it('exco goals log ID with any id: logged, or a one-line error with a usage/data exit code', () => {
    const home = startedHome({ goal: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom('g1', 'G1', 'g01', 'g2', '--', '-g', 'g1; rm -rf /'),
          fc.string({ minLength: 1 }),
        ),
        (id) => {
          const result = exco(['goals', 'log', '--note', 'x', '--', id], { home });
          expect([0, 2, 3]).toContain(result.code);
          expect(result.stderr).not.toMatch(STACK_FRAME);
          if (result.code !== 0) expect(result.stderr).toMatch(/^Error: /);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});

describe('free text', () => {
  it('neutralizeControls leaves no control character that a terminal acts on', () => {
    fc.assert(
      fc.property(wildText, (text) => {
        // eslint-disable-next-line no-control-regex
        expect(neutralizeControls(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
      RUNS,
    );
  });

  it('detectSupport answers for any text, and for a 1 MB note', () => {
    fc.assert(
      fc.property(wildText, (text) => {
        const flags = detectSupport(text);
        expect(flags.every((f) => f === 'crisis' || f === 'safety')).toBe(true);
      }),
      RUNS,
    );
    const big = `${'an ordinary day at work 🙂 שלום '.repeat(32_000)} I want to die`;
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(detectSupport(big)).toContain('crisis');
  });

  it('a check-in note with any text is saved exactly as typed, or refused cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(wildText, async (note) => {
        const deps = testDeps();
        let error: unknown;
        await runReflect({ mood: 3, urge: 2, note, json: true }, deps).catch(
          (e: unknown) => (error = e),
        );
        if (error !== undefined) {
          expect(error).toBeInstanceOf(ExcoError);
          expect(deps.store.read()?.reflections ?? []).toEqual([]);
        } else {
          expect(deps.store.read()?.reflections[0]?.note).toBe(
            note.trim() === '' ? undefined : note,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the binary: emoji, right-to-left and control characters saved; a 1 MB note refused cleanly', () => {
    const home = startedHome();
    const note = 'שלום 🙂 مرحبا \u202e reversed \u001b[2J done';
    const saved = exco(['reflect', '--mood', '4', '--urge', '1', '--note', note, '--json'], {
      home,
    });
    expect(saved.code).toBe(0);
    const file = JSON.parse(fs.readFileSync(path.join(home, 'data.json'), 'utf8')) as {
      reflections: Array<{ note?: string }>;
    };
    expect(file.reflections[0]?.note).toBe(note);
    const big = path.join(tempDir(), 'big.txt');
    fs.writeFileSync(big, 'x'.repeat(1024 * 1024));
    for (const args of [
      ['--note-file', big],
      ['--note-file', '-'],
    ]) {
      const result = exco(['reflect', '--mood', '4', '--urge', '1', ...args], {
        home,
        input: 'y'.repeat(1024 * 1024),
      });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')[0]).toMatch(/^Error: .*(too large|limit)/);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
    expect(
      JSON.parse(fs.readFileSync(path.join(home, 'data.json'), 'utf8')).reflections,
    ).toHaveLength(1);
  }, 60_000);
});
