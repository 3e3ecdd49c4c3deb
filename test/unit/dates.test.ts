/** Day arithmetic on YYYY-MM-DD strings, checked against dayjs and a plain reference. */
import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { addDays, dayNumber, dayOf, daysBetween, formatDay, isDay } from '../../src/core/dates.js';
import { streak } from '../../src/core/streaks.js';

dayjs.extend(utc);

/** What a day is, spelled out the slow way. */
function referenceIsDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 100 && dayjs.utc(text).format('YYYY-MM-DD') === text && month >= 1 && date >= 1;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const aDay = fc
  .record({
    year: fc.integer({ min: 1000, max: 8000 }),
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, date }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`)
  .filter(referenceIsDay);
const dayLike = fc
  .array(fc.constantFrom(...'0123456789-x '.split('')), { minLength: 8, maxLength: 12 })
  .map((chars) => chars.join(''));

describe('dayOf', () => {
  it("is the instant's local calendar day, as dayjs formats it, in any year", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          expect(dayOf(instant)).toBe(dayjs(instant).format('YYYY-MM-DD'));
        },
      ),
      { numRuns: 1000 },
    );
    // Local, not UTC: 23:30 local is that day wherever the machine is.
    expect(dayOf(new Date(2026, 10, 29, 23, 30))).toBe('2026-11-29');
    expect(dayOf(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(dayOf(new Date('not a date'))).toBe(dayjs(new Date('not a date')).format('YYYY-MM-DD'));
  });
});

describe('formatDay', () => {
  it('writes a day as dayjs does, "Sat 26 Dec 2026", and says when it is not one', () => {
    fc.assert(
      fc.property(aDay, (day) => {
        expect(formatDay(day)).toBe(dayjs(`${day}T12:00:00`).format('ddd D MMM YYYY'));
      }),
      { numRuns: 1000 },
    );
    expect(formatDay('2026-12-26')).toBe('Sat 26 Dec 2026');
    expect(formatDay('2024-02-29')).toBe('Thu 29 Feb 2024');
    for (const bad of ['2026-02-30', 'today', '0099-12-31'])
      expect(formatDay(bad)).toBe('Invalid Date');
  });
});

describe('isDay', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isDay('2026-11-26')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('0100-01-01')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0099-01-01']) {
      expect(isDay(bad)).toBe(false);
    }
    for (const bad of [
      '2026-1-01',
      '2026/11/26',
      ' 2026-11-26',
      '2026-11-26\n',
      '２０２６-11-26',
    ]) {
      expect(isDay(bad)).toBe(false);
    }
  });

  it('agrees with the reference on anything shaped like a day', () => {
    fc.assert(fc.property(fc.oneof(aDay, dayLike), (text) => isDay(text) === referenceIsDay(text)));
  });
});

describe('day arithmetic', () => {
  it('adds and counts days the way dayjs does in UTC, across months, leap years and centuries', () => {
    fc.assert(
      fc.property(aDay, fc.integer({ min: -40_000, max: 40_000 }), (day, n) => {
        const later = addDays(day, n);
        expect(later).toBe(dayjs.utc(day).add(n, 'day').format('YYYY-MM-DD'));
        expect(daysBetween(day, later)).toBe(n);
        expect(dayNumber(later) - dayNumber(day)).toBe(n);
      }),
    );
  });

  it('numbers days from 1970-01-01 and gives NaN for what is not a day', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-11-26')).toBe(20_783);
    expect(dayNumber('yesterday')).toBeNaN();
    expect(addDays('2026-1-1', 1)).toBe('Invalid Date');
  });
});

describe('streak', () => {
  it('ignores what is not a day, and is 0 when today is not one', () => {
    expect(streak(['2026-11-25', 'oops', '2026-11-26'], '2026-11-26')).toBe(2);
    expect(streak(['oops', 'Invalid Date'], 'Invalid Date')).toBe(0);
  });
});
