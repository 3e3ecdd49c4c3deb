/**
 * Streaks across the day boundary and time zones. Clocks are local wall-clock times, so these
 * mean the same in every zone; run them under TZ=Pacific/Kiritimati (UTC+14) and
 * TZ=Pacific/Pago_Pago (UTC-11), where a UTC day would be off by one.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { runReflect } from '../../src/commands/reflect.js';
import { checkInDay, checkInStreak, recentBefore, urgeSummary } from '../../src/core/check-ins.js';
import { addDays, dayNumber } from '../../src/core/dates.js';
import { emptyData, type ExcoData } from '../../src/core/model.js';
import { streak } from '../../src/core/streaks.js';
import { fixedClock, testDeps } from '../helpers/deps.js';

const local = (wallClock: string) => new Date(wallClock);

async function checkInAt(
  dir: string,
  wallClock: string,
): Promise<{ date: string; streak: number }> {
  const deps = testDeps({ dir, interactive: false, now: fixedClock(wallClock) });
  await runReflect({ mood: 3, urge: 3, note: 'ok', json: true }, deps);
  return JSON.parse(deps.out.stdout[0]!);
}

function withDays(days: string[], dayStartHour = 4): ExcoData {
  const data = emptyData(local('2026-11-01T12:00:00'));
  data.settings.dayStartHour = dayStartHour;
  data.reflections = days.map((date, i) => ({
    id: `r${i + 1}`,
    at: local(`${date}T21:00:00`).toISOString(),
    date,
    mood: 3,
    urge: 3,
    support: [],
  }));
  return data;
}

/** Any day from 1901 to 2999, as YYYY-MM-DD. */
const anyDay = fc
  .date({ min: new Date('1901-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((d) => addDays('2000-01-01', Math.round((d.getTime() - Date.UTC(2000, 0, 1)) / 864e5)));

describe('the day a check-in counts for', () => {
  it('is the local day, not the UTC day', async () => {
    const { dir } = testDeps();
    // 08:00 local is the previous UTC day east of Greenwich; 23:30 is the next UTC day west of it.
    expect((await checkInAt(dir, '2026-11-26T08:00:00')).date).toBe('2026-11-26');
    expect((await checkInAt(dir, '2026-11-26T23:30:00')).date).toBe('2026-11-26');
  });

  it('is the evening before until the day-start hour', () => {
    const data = withDays([]);
    expect(checkInDay(data, local('2026-11-27T03:59:00'))).toBe('2026-11-26');
    expect(checkInDay(data, local('2026-11-27T04:00:00'))).toBe('2026-11-27');
    data.settings.dayStartHour = 0;
    expect(checkInDay(data, local('2026-11-27T00:01:00'))).toBe('2026-11-27');
    expect(checkInDay(null, local('2026-11-27T01:00:00'))).toBe('2026-11-26');
  });
});

describe('streaks', () => {
  it('a night owl checking in after midnight keeps the streak', async () => {
    const { dir } = testDeps();
    await checkInAt(dir, '2026-11-24T22:00:00');
    expect((await checkInAt(dir, '2026-11-26T00:30:00')).date).toBe('2026-11-25');
    const last = await checkInAt(dir, '2026-11-27T01:45:00');
    expect(last).toMatchObject({ date: '2026-11-26', streak: 3 });
  });

  it('is not broken until a whole day passes without a check-in', () => {
    const data = withDays(['2026-11-24', '2026-11-25', '2026-11-26']);
    expect(checkInStreak(data, local('2026-11-27T20:00:00'))).toBe(3);
    expect(checkInStreak(data, local('2026-11-28T03:59:00'))).toBe(3);
    expect(checkInStreak(data, local('2026-11-28T04:00:00'))).toBe(0);
  });

  it('follows the configured hour', () => {
    const data = withDays(['2026-11-24', '2026-11-25', '2026-11-26'], 0);
    expect(checkInStreak(data, local('2026-11-28T00:30:00'))).toBe(0);
    data.settings.dayStartHour = 12;
    expect(checkInStreak(data, local('2026-11-28T11:30:00'))).toBe(3);
  });

  it('counts two check-ins on one day once, and a gap ends it', () => {
    const data = withDays(['2026-11-22', '2026-11-24', '2026-11-25', '2026-11-25', '2026-11-26']);
    expect(checkInStreak(data, local('2026-11-26T12:00:00'))).toBe(3);
  });

  it('keeps stored days when the person travels: a streak does not move with the zone', () => {
    // The dates were fixed when saved; only "today" depends on where the clock is read.
    const data = withDays(['2026-11-25', '2026-11-26']);
    expect(checkInStreak(data, local('2026-11-26T23:59:00'))).toBe(2);
    expect(checkInStreak(data, local('2026-11-27T09:00:00'))).toBe(2);
  });
});

describe('streak, on any days', () => {
  /** The plain definition: day numbers in a set, counted back from today or yesterday. */
  function counted(days: readonly string[], today: string): number {
    const seen = new Set(days.map(dayNumber));
    let cursor = seen.has(dayNumber(today)) ? dayNumber(today) : dayNumber(today) - 1;
    let count = 0;
    while (seen.has(cursor)) {
      count += 1;
      cursor -= 1;
    }
    return count;
  }

  it('matches the plain definition across months, leap days and years', () => {
    fc.assert(
      fc.property(
        anyDay,
        // A run of days back from today (or from yesterday), and some days scattered before it.
        fc.integer({ min: 0, max: 1500 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 40 }),
        (today, run, fromYesterday, scattered) => {
          const first = fromYesterday ? 1 : 0;
          const days = [
            ...Array.from({ length: run }, (_, i) => addDays(today, -(first + i))),
            ...scattered.map((back) => addDays(today, -back)),
          ];
          const expected = counted(days, today);
          expect(streak(days, today)).toBe(expected);
          expect(expected).toBeGreaterThanOrEqual(run);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is 0 when today is not a day, and never counts a day that is not one', () => {
    expect(streak(['2026-11-25', '2026-11-26'], 'yesterday')).toBe(0);
    // 2026-02-31 is no day, so not the 3rd of March either.
    expect(streak(['2026-02-31', '2026-03-02'], '2026-03-03')).toBe(1);
    expect(streak(['2026-02-28', '2026-03-01'], '2026-03-01')).toBe(2);
    expect(streak(['0100-01-01', '0100-01-02'], '0100-01-02')).toBe(2);
  });
});

describe('recent check-ins, before one', () => {
  it('are those of the 14 days up to its day, oldest first, at most `max`, across years', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.array(fc.integer({ min: -40, max: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (date, offsets, max) => {
          const data = withDays(offsets.map((back) => addDays(date, -back)));
          const entry = { id: 'new', date };
          // The plain definition, on day numbers.
          const expected = data.reflections
            .filter((r) => {
              const age = dayNumber(date) - dayNumber(r.date);
              return age >= 0 && age <= 14;
            })
            .sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || a.at.localeCompare(b.at))
            .slice(-max);
          expect(recentBefore(data.reflections, entry, max)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leave out the entry itself, and find none for a day that is not one', () => {
    const data = withDays(['2026-01-01', '2026-01-02']);
    const entry = data.reflections[1]!;
    expect(recentBefore(data.reflections, entry).map((r) => r.id)).toEqual(['r1']);
    expect(recentBefore(data.reflections, { id: 'x', date: 'soon' })).toEqual([]);
  });
});

describe('urges held off', () => {
  it('counts the last seven days by the same day boundary', () => {
    const urge = (wallClock: string, heldOff: boolean, id: string) => ({
      id,
      at: local(wallClock).toISOString(),
      intensity: 7,
      heldOff,
    });
    const urges = [
      urge('2026-11-26T02:00:00', true, 'u1'), // counts for the 25th
      urge('2026-11-20T10:00:00', true, 'u2'), // the first of the seven days ending today
      urge('2026-11-19T23:00:00', true, 'u3'), // the day before those seven
      urge('2026-11-24T10:00:00', false, 'u4'),
    ];
    expect(urgeSummary(urges, local('2026-11-26T12:00:00'), 4)).toEqual({
      heldOffThisWeek: 2,
      heldOff: 3,
      total: 4,
    });
  });
});
