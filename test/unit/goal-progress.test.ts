import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, daysBetween, formatDay } from '../../src/core/dates.js';
import {
  goalProgress,
  goalReport,
  weekStart,
  weekStreak,
  weeklyCounts,
} from '../../src/core/goal-progress.js';
import { goalDay } from '../../src/core/goal-rules.js';
import type { Goal } from '../../src/core/model.js';
import { countSparkline as sparkline } from '../../src/core/charts.js';
import { fixedClock } from '../helpers/deps.js';

// Thursday 26 November 2026; its week runs Monday 23 to Sunday 29 November.
const now = fixedClock('2026-11-26T10:00:00');
const TODAY = '2026-11-26';

function goal(over: Partial<Goal> = {}, dates: string[] = []): Goal {
  return {
    id: 'g1',
    at: fixedClock('2026-11-02T09:00:00')().toISOString(),
    category: 'fitness',
    title: 'Go to the gym',
    status: 'active',
    logs: dates.map((date, i) => ({ id: `l${i + 1}`, at: now().toISOString(), date })),
    ...over,
  };
}

describe('weeks run Monday to Sunday', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday is its own start
    ['2026-11-29', '2026-11-23'], // Sunday still belongs to that week
    ['2026-11-30', '2026-11-30'], // the next Monday starts a new one
    ['2027-01-01', '2026-12-28'], // a week across new year
    ['2024-02-29', '2024-02-26'], // leap day
  ])('%s is in the week of %s', (day, monday) => {
    expect(weekStart(day)).toBe(monday);
    expect(formatDay(weekStart(day))).toMatch(/^Mon /);
  });

  it('every day falls in a week that started on a Monday at most six days before', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), (offset) => {
        const day = addDays('2026-01-01', offset);
        const start = weekStart(day);
        expect(formatDay(start)).toMatch(/^Mon /);
        expect(daysBetween(start, day)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(start, day)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it('counts logs per week, oldest first, with empty weeks as zero', () => {
    const dates = ['2026-11-29', '2026-11-23', '2026-11-22', '2026-11-09', '2026-09-01'];
    expect(weeklyCounts(dates, TODAY, 4)).toEqual([0, 1, 1, 2]);
  });

  it('a log on Sunday night counts for the week that is ending, Monday for the new one', () => {
    expect(weeklyCounts(['2026-11-22'], TODAY, 2)).toEqual([1, 0]);
    expect(weeklyCounts(['2026-11-23'], TODAY, 2)).toEqual([0, 1]);
  });
});

describe('streaks of weeks met', () => {
  const three = (monday: string) => [monday, addDays(monday, 2), addDays(monday, 4)];
  const met = [...three('2026-11-02'), ...three('2026-11-09'), ...three('2026-11-16')];

  it('counts consecutive met weeks before a current week that is still going', () => {
    expect(weekStreak([...met, '2026-11-23'], TODAY, 3)).toBe(3);
  });

  it('the current week joins the streak once it is met', () => {
    expect(weekStreak([...met, ...three('2026-11-23')], TODAY, 3)).toBe(4);
  });

  it('a missed week ends the streak', () => {
    const missed = [...three('2026-10-26'), ...three('2026-11-09'), ...three('2026-11-16')];
    expect(weekStreak(missed, TODAY, 3)).toBe(2);
  });

  it('a week short of the cadence is missed', () => {
    expect(weekStreak([...three('2026-11-09'), '2026-11-16', '2026-11-17'], TODAY, 3)).toBe(0);
  });

  it('a whole week without a log after the streak breaks it', () => {
    expect(weekStreak(three('2026-11-09'), TODAY, 3)).toBe(0);
  });
});

describe('goal progress', () => {
  it('a cadence goal fills its bar with this week against the cadence', () => {
    const p = goalProgress(goal({ perWeek: 4 }, ['2026-11-23', '2026-11-25', '2026-11-20']), TODAY);
    expect(p).toMatchObject({ thisWeek: 2, weekTarget: 4, met: false, logs: 3 });
    expect(p.bar).toEqual({ kind: 'week', fraction: 0.5 });
    expect(p.lastLog).toBe('2026-11-25');
    expect(p.weeks).toHaveLength(8);
    expect(p.weeks.slice(-2)).toEqual([1, 2]);
  });

  it('more logs than the cadence still make a full bar, not more', () => {
    const p = goalProgress(goal({ perWeek: 1 }, ['2026-11-23', '2026-11-24']), TODAY);
    expect(p.bar?.fraction).toBe(1);
    expect(p.met).toBe(true);
  });

  it('a goal with only a target date shows the time used, and the days left', () => {
    // Set on 2 November, due 2 December: 24 of 30 days used on 26 November.
    const p = goalProgress(goal({ by: '2026-12-02' }), TODAY);
    expect(p.bar?.kind).toBe('time');
    expect(p.bar?.fraction).toBeCloseTo(24 / 30);
    expect(p.daysLeft).toBe(6);
  });

  it('a target date that has passed gives negative days left and a full time bar', () => {
    const p = goalProgress(goal({ by: '2026-11-20' }), TODAY);
    expect(p.daysLeft).toBe(-6);
    expect(p.bar?.fraction).toBe(1);
  });

  it('without cadence or date, a week needs one log and there is no bar', () => {
    const p = goalProgress(goal({}, ['2026-11-17', '2026-11-24']), TODAY);
    expect(p).toMatchObject({ bar: null, weekTarget: 1, met: true, streakWeeks: 2 });
  });

  it('a finished goal is measured as it stood on the day it was done', () => {
    const doneAt = fixedClock('2026-11-11T18:00:00')().toISOString();
    const g = goal({ perWeek: 1, status: 'done', doneAt }, [
      '2026-10-28',
      '2026-11-03',
      '2026-11-10',
    ]);
    const p = goalProgress(g, TODAY);
    expect(p.asOf).toBe('2026-11-11');
    expect(p.streakWeeks).toBe(3);
    expect(p.thisWeek).toBe(1);
    expect(p.bar).toEqual({ kind: 'done', fraction: 1 });
  });

  it('the JSON report has the documented shape', () => {
    const report = goalReport(goal({ perWeek: 2, addresses: 'm1' }, ['2026-11-24']), TODAY);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'id',
        'category',
        'title',
        'status',
        'perWeek',
        'by',
        'addresses',
        'logs',
        'thisWeek',
        'streakWeeks',
        'lastLog',
      ]),
    );
    expect(report).toMatchObject({
      perWeek: 2,
      by: null,
      addresses: 'm1',
      logs: 1,
      thisWeek: 1,
      streakWeeks: 0,
      lastLog: '2026-11-24',
    });
  });

  it('a log written at 1 am still counts for the day before (day starts at 4)', () => {
    const data = { settings: { dayStartHour: 4, country: null } } as Parameters<typeof goalDay>[0];
    expect(goalDay(data, fixedClock('2026-11-30T01:00:00')())).toBe('2026-11-29');
    expect(goalDay(data, fixedClock('2026-11-30T05:00:00')())).toBe('2026-11-30');
  });
});

describe('sparkline', () => {
  it('draws zero as the floor and the target as a full bar', () => {
    expect(sparkline([0, 1, 2, 3], 3)).toBe('▁▄▆█');
  });

  it('never draws a week with logs as low as an empty one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const line = Array.from(sparkline(values));
          expect(line).toHaveLength(values.length);
          values.forEach((v, i) => expect(line[i] === '▁').toBe(v === 0));
        },
      ),
    );
  });

  it('draws a full bar exactly when the target is reached', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 21 }), fc.integer({ min: 0, max: 30 }), (top, v) => {
        expect(sparkline([v], top) === '█').toBe(v >= top);
      }),
    );
  });

  it('is full once the target is reached, and at the largest value without one', () => {
    expect(sparkline([6, 3], 3)).toBe('██');
    expect(sparkline([6, 3])).toBe('█▅');
  });
});
