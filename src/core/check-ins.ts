/**
 * Facts about daily check-ins. A check-in's `date` is the day it counts for, fixed when it is
 * saved (so travelling across time zones later never moves it); "today" is the effective day, so
 * a night owl's 1 am check-in still belongs to the evening before.
 */
import {
  addDays,
  compareIso,
  daysBetween,
  effectiveDay,
  isDay,
  runBack,
  type Day,
} from './dates.js';
import { nextId } from './ids.js';
import type { ExcoData, Reflection, Urge } from './model.js';
import { streak } from './streaks.js';

export const DEFAULT_DAY_START = 4;

export function dayStartHour(data: Pick<ExcoData, 'settings'> | null): number {
  return data?.settings.dayStartHour ?? DEFAULT_DAY_START;
}

/** The day a check-in made now counts for. */
export function checkInDay(data: Pick<ExcoData, 'settings'> | null, now: Date): Day {
  return effectiveDay(now, dayStartHour(data));
}

/**
 * The check-ins a new one is added to, as far as adding it needs them: how many there are, the
 * next free id, and the records themselves. `historyOf` gives all of them; the store can give the
 * same from the note of its last save without parsing years of check-ins
 * (store/check-in-tail.ts): then `recent` holds every check-in from `since` on, and `runBefore`
 * stands for the days before.
 */
export interface CheckInHistory {
  readonly count: number;
  readonly nextId: string;
  /**
   * Check-ins in the order they were saved: all of them, or every one dated `since` or later (with
   * any older one saved after the first of those, such as a day back-filled).
   */
  readonly recent: readonly Reflection[];
  /** Null when `recent` holds every check-in. */
  readonly since: Day | null;
  /** How many days in a row, ending the day before `since`, have a check-in (0 without `since`). */
  readonly runBefore: number;
}

/** How far back from a check-in's day the coach looks at how things have been. */
export const RECENT_DAYS = 14;

export function historyOf(reflections: readonly Reflection[]): CheckInHistory {
  return {
    count: reflections.length,
    nextId: nextId('r', reflections),
    recent: reflections,
    since: null,
    runBefore: 0,
  };
}

/** The streak once a check-in for `added` joins `history`, on the check-in day `today`. */
export function streakWith(history: CheckInHistory, added: Day, today: Day): number {
  const days = new Set(history.recent.map((r) => r.date)).add(added);
  const { since } = history;
  if (since === null) return streak(days, today);
  const start = days.has(today) ? today : addDays(today, -1);
  if (start < since) throw new Error(`A streak on ${today} needs the check-ins from ${since} on`);
  const run = runBack(start, (day) => day >= since && days.has(day));
  // The run reached back to `since`: it goes on through the days before.
  return addDays(start, -run) < since ? run + history.runBefore : run;
}

/** Consecutive days with a check-in; two on one day count once. */
export function checkInStreak(data: ExcoData | null, now: Date): number {
  return streak(
    (data?.reflections ?? []).map((r) => r.date),
    checkInDay(data, now),
  );
}

/** Oldest first; the same day in the order they were saved. */
export function byDay(reflections: readonly Reflection[]): Reflection[] {
  return [...reflections].sort((a, b) => compareIso(a.date, b.date) || compareIso(a.at, b.at));
}

/** Mean mood per day for `days`, null for a day without a check-in. */
export function dailyMood(
  reflections: readonly Reflection[],
  days: readonly Day[],
): (number | null)[] {
  const sums = new Map<Day, { total: number; n: number }>();
  for (const r of reflections) {
    const s = sums.get(r.date) ?? { total: 0, n: 0 };
    sums.set(r.date, { total: s.total + r.mood, n: s.n + 1 });
  }
  return days.map((d) => {
    const s = sums.get(d);
    return s ? s.total / s.n : null;
  });
}

/** The `count` days ending with `last`, oldest first. */
export function daysEnding(last: Day, count: number): Day[] {
  return Array.from({ length: count }, (_, i) => addDays(last, i - count + 1));
}

export function countByDay(reflections: readonly Reflection[]): Map<Day, number> {
  const counts = new Map<Day, number>();
  for (const r of reflections) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
  return counts;
}

export interface UrgeSummary {
  /** Urges held off in the seven days ending today (the effective day). */
  heldOffThisWeek: number;
  heldOff: number;
  total: number;
}

export function urgeSummary(urges: readonly Urge[], now: Date, startHour: number): UrgeSummary {
  const today = effectiveDay(now, startHour);
  const held = urges.filter((u) => u.heldOff);
  // Anything over nine days old cannot fall in the week, whatever the day start or clock change.
  const oldest = now.getTime() - 9 * 86_400_000;
  const thisWeek = held.filter((u) => {
    const at = new Date(u.at);
    if (at.getTime() < oldest) return false;
    const age = daysBetween(effectiveDay(at, startHour), today);
    return age >= 0 && age < 7;
  });
  return { heldOffThisWeek: thisWeek.length, heldOff: held.length, total: urges.length };
}

/**
 * Up to `max` check-ins before `entry` from the two weeks up to its day: what "recently" means
 * when the coach compares today with how things have been.
 */
export function recentBefore(
  reflections: readonly Reflection[],
  entry: Pick<Reflection, 'id' | 'date'>,
  max = 7,
): Reflection[] {
  // Filtered before sorting: years of check-ins hold a dozen or so from those two weeks. Days
  // written YYYY-MM-DD sort as text, so all but those are passed over on a string comparison.
  const first = isDay(entry.date) ? addDays(entry.date, -RECENT_DAYS) : '';
  const recent = reflections.filter((r) => {
    if (r.date < first || r.date > entry.date || r.id === entry.id) return false;
    const age = daysBetween(r.date, entry.date);
    return age >= 0 && age <= RECENT_DAYS;
  });
  return byDay(recent).slice(-max);
}
