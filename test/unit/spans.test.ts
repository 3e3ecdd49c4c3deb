import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dayFromWords, daysBetween, isDay } from '../../src/core/dates.js';
import { MAX_MONTHS, monthsFromWords, monthsProblem } from '../../src/core/profile.js';
import { readSpan } from '../../src/core/spans.js';
import { askDay, DAY_FORMS } from '../../src/ui/prompter.js';
import { scriptedPrompter } from '../helpers/deps.js';

const TODAY = '2026-11-26';

describe('readSpan', () => {
  it.each([
    ['3 weeks', { weeks: 3 }],
    ['a year', { years: 1 }],
    ['2y', { years: 2 }],
    ['18mo', { months: 18 }],
    ['two years and three months', { years: 2, months: 3 }],
    ['1 year, 6 months', { years: 1, months: 6 }],
    ['a year and a half', { years: 1.5 }],
    ['1 and a half years', { years: 1.5 }],
    ['half a year', { years: 0.5 }],
    ['1.5 YEARS', { years: 1.5 }],
    ['a couple of weeks', { weeks: 2 }],
    ['10 days', { days: 10 }],
    ['about 2 years', { years: 2 }],
    ['nearly  18 months', { months: 18 }],
    ['~6 weeks', { weeks: 6 }],
  ])('reads "%s"', (text, parts) => {
    expect(readSpan(text)).toEqual({ years: 0, months: 0, weeks: 0, days: 0, ...parts });
  });

  it.each([
    '',
    'weeks',
    '3',
    '3 weeksx',
    'a while',
    'ages',
    '2 years 1 year',
    '1 and a half years and a half',
    'three weeks ago',
    '-2 weeks',
    'a few weeks',
    'about',
    'about about 2 years',
  ])('refuses "%s"', (text) => {
    expect(readSpan(text)).toBeNull();
  });
});

describe('dayFromWords', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    [' Today ', TODAY],
    ['YESTERDAY', '2026-11-25'],
    ['3 days ago', '2026-11-23'],
    ['a week ago', '2026-11-19'],
    ['three weeks ago', '2026-11-05'],
    ['2 months ago', '2026-09-26'],
    ['a year ago', '2025-11-26'],
    ['1 year 2 months ago', '2025-09-26'],
    ['11 months ago', '2025-12-26'],
    ['2w ago', '2026-11-12'],
    ['about 3 weeks ago', '2026-11-05'],
  ])('reads "%s" as %s', (text, day) => {
    expect(dayFromWords(text, TODAY)).toBe(day);
  });

  it('steps months back on the calendar, to the last day of a shorter month', () => {
    expect(dayFromWords('a month ago', '2026-03-31')).toBe('2026-02-28');
    expect(dayFromWords('a month ago', '2024-03-31')).toBe('2024-02-29');
    expect(dayFromWords('a year ago', '2024-02-29')).toBe('2023-02-28');
    expect(dayFromWords('2 months ago', '2026-01-15')).toBe('2025-11-15');
  });

  it.each([
    '2026-02-30',
    'last week',
    '3 weeks',
    'in 3 weeks',
    '1.5 weeks ago',
    'ago',
    '5000 years ago',
  ])('does not read "%s"', (text) => {
    expect(dayFromWords(text, TODAY)).toBeNull();
  });

  it('reads any whole count of days back as that many days before today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (n) => {
        const day = dayFromWords(`${n} days ago`, TODAY) as string;
        expect(isDay(day)).toBe(true);
        expect(daysBetween(day, TODAY)).toBe(n);
      }),
    );
  });
});

describe('monthsFromWords and monthsProblem', () => {
  it.each([
    ['18', 18],
    [' 1.5 ', 1.5],
    ['2 years', 24],
    ['a year and a half', 18],
    ['2 years 3 months', 27],
    ['six weeks', 1.4],
    ['half a year', 6],
    ['about 20', 20],
    ['roughly 2 years', 24],
  ])('reads "%s" as %s months', (text, months) => {
    expect(monthsFromWords(text)).toBe(months);
    expect(monthsProblem(text)).toBeNull();
  });

  it.each(['', 'a while', 'forever', '-1', '101 years', String(MAX_MONTHS + 1)])(
    'refuses "%s" with one message',
    (text) => {
      expect(monthsProblem(text)).toBe(
        'Months together must be a number from 0 to 1200, or a length like "2 years" or "18 months".',
      );
    },
  );
});

describe('askDay', () => {
  const ask = (typed: string, problem = (): string | null => null) =>
    askDay(scriptedPrompter([typed], true), 'When?', { today: TODAY, problem });

  it('returns the day typed in words as YYYY-MM-DD', async () => {
    await expect(ask('2 days ago')).resolves.toBe('2026-11-24');
  });

  it("refuses what is not a day, and what the caller's rule refuses, with their messages", async () => {
    await expect(ask('last tuesday')).rejects.toThrow(`Type the date as ${DAY_FORMS}.`);
    await expect(ask('yesterday', () => 'Too early.')).rejects.toThrow('Too early.');
  });
});
