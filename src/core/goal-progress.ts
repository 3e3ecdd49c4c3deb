/**
 * Progress on goals, week by week. Weeks are local calendar weeks, Monday to Sunday, and days are
 * the YYYY-MM-DD days the logs carry, so the time zone never moves a log into another week.
 *
 * - A week is "met" when it has at least the goal's cadence in logs (one, for goals without one).
 * - The streak counts met weeks back from the current one. The current week counts once it is met,
 *   and never breaks the streak while it is still going.
 * - The bar of a cadence goal is this week's logs against the cadence. A goal with only a target
 *   date has no count to fill, so its bar is the time used between the day it was set and the
 *   target date: a countdown, shown next to the logs, never a score.
 * - A finished or archived goal is measured as it stood on the day it was closed.
 */
import { addDays, dayOf, daysBetween, type Day } from './dates.js';
import type { Goal } from './model.js';

/** How many weeks the sparkline in `goals list` covers. */
export const SPARK_WEEKS = 8;

/** Any Monday: week arithmetic counts whole days from it. */
const A_MONDAY = '2024-01-01';

/** The Monday of the week `day` falls in. */
export function weekStart(day: Day): Day {
  const offset = ((daysBetween(A_MONDAY, day) % 7) + 7) % 7;
  return addDays(day, -offset);
}

function countByWeek(dates: readonly Day[]): Map<Day, number> {
  const weeks = new Map<Day, number>();
  for (const date of dates) {
    const week = weekStart(date);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return weeks;
}

/** Logs per week for the `count` weeks ending with the week of `today`, oldest first. */
export function weeklyCounts(dates: readonly Day[], today: Day, count: number): number[] {
  const weeks = countByWeek(dates);
  const current = weekStart(today);
  return Array.from(
    { length: count },
    (_, i) => weeks.get(addDays(current, -7 * (count - 1 - i))) ?? 0,
  );
}

/** Consecutive weeks with at least `target` logs, ending this week once met, else last week. */
export function weekStreak(dates: readonly Day[], today: Day, target: number): number {
  const weeks = countByWeek(dates);
  const met = (week: Day) => (weeks.get(week) ?? 0) >= target;
  let cursor = weekStart(today);
  if (!met(cursor)) cursor = addDays(cursor, -7);
  let streak = 0;
  while (met(cursor)) {
    streak += 1;
    cursor = addDays(cursor, -7);
  }
  return streak;
}

export type BarKind = 'week' | 'time' | 'done';

export interface GoalProgress {
  /** The day progress is measured on: today, or the day a closed goal was closed. */
  asOf: Day;
  logs: number;
  thisWeek: number;
  /** Logs a week needs to be met: the cadence, or one. */
  weekTarget: number;
  met: boolean;
  streakWeeks: number;
  /** Logs per week, oldest first, the last of them the week of `asOf`. */
  weeks: number[];
  lastLog: Day | null;
  /** Days from `asOf` to the target date (negative once it has passed); null without one. */
  daysLeft: number | null;
  /** How full the bar is (0–1) and what it measures; null when there is nothing to measure. */
  bar: { fraction: number; kind: BarKind } | null;
}

function closedOn(goal: Goal): Day | null {
  const at =
    goal.status === 'done' ? goal.doneAt : goal.status === 'archived' ? goal.archivedAt : undefined;
  return at ? dayOf(new Date(at)) : null;
}

const clamp = (n: number) => Math.max(0, Math.min(1, n));

export function goalProgress(goal: Goal, today: Day): GoalProgress {
  const closed = closedOn(goal);
  const asOf = closed && daysBetween(closed, today) > 0 ? closed : today;
  const dates = goal.logs.map((l) => l.date);
  const weekTarget = goal.perWeek ?? 1;
  const weeks = weeklyCounts(dates, asOf, SPARK_WEEKS);
  const thisWeek = weeks[weeks.length - 1] ?? 0;
  const lastLog = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
  const daysLeft = goal.by ? daysBetween(asOf, goal.by) : null;
  let bar: GoalProgress['bar'] = null;
  if (goal.status === 'done') bar = { fraction: 1, kind: 'done' };
  else if (goal.perWeek) bar = { fraction: clamp(thisWeek / goal.perWeek), kind: 'week' };
  else if (goal.by) {
    const start = dayOf(new Date(goal.at));
    const total = daysBetween(start, goal.by);
    bar = { fraction: total > 0 ? clamp(daysBetween(start, asOf) / total) : 1, kind: 'time' };
  }
  return {
    asOf,
    logs: dates.length,
    thisWeek,
    weekTarget,
    met: thisWeek >= weekTarget,
    streakWeeks: weekStreak(dates, asOf, weekTarget),
    weeks,
    lastLog,
    daysLeft,
    bar,
  };
}

/** One goal as `exco goals list --json` prints it. */
export function goalReport(goal: Goal, today: Day) {
  const p = goalProgress(goal, today);
  return {
    id: goal.id,
    category: goal.category,
    title: goal.title,
    status: goal.status,
    perWeek: goal.perWeek ?? null,
    by: goal.by ?? null,
    addresses: goal.addresses ?? null,
    logs: p.logs,
    thisWeek: p.thisWeek,
    met: p.met,
    streakWeeks: p.streakWeeks,
    lastLog: p.lastLog,
    weeks: p.weeks,
    daysLeft: p.daysLeft,
    asOf: p.asOf,
    createdAt: goal.at,
    doneAt: goal.doneAt ?? null,
    archivedAt: goal.archivedAt ?? null,
  };
}

export type GoalReport = ReturnType<typeof goalReport>;
