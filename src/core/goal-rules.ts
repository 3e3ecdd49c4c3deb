/**
 * The rules for goals and their logs: what counts as a valid title, note, date, goal or mistake
 * id, and how new records are built. Problems come back as one sentence the person can act on.
 */
import { compareIso, daysBetween, effectiveDay, isDay, type Day } from './dates.js';
import { nextId } from './ids.js';
import type { ExcoData, Goal, GoalLog, Mistake } from './model.js';
import { oneLine, wholeNumberIn } from './text.js';

export const MAX_TITLE = 120;
export const MAX_NOTE = 5000;
export const MIN_PER_WEEK = 1;
export const MAX_PER_WEEK = 21;

/**
 * The day goals count in. Like check-ins, a new day starts at the person's `dayStartHour`, so
 * Sunday's late workout logged at 1 am on Monday still belongs to the week it was done in.
 */
export function goalDay(data: ExcoData | null, now: Date): Day {
  return effectiveDay(now, data?.settings.dayStartHour ?? 4);
}

export function titleProblem(title: string): string | null {
  const t = title.trim();
  if (t === '') return 'The title cannot be empty: say in a few words what you will do.';
  if (Array.from(t).length > MAX_TITLE) {
    return `Keep the title to ${MAX_TITLE} characters; details can go in the notes of your logs.`;
  }
  return null;
}

export function noteProblem(note: string): string | null {
  if (Array.from(note).length > MAX_NOTE) {
    return `The note is longer than ${MAX_NOTE} characters; keep a log note short.`;
  }
  return null;
}

export function perWeekProblem(text: string): string | null {
  if (wholeNumberIn(text, MIN_PER_WEEK, MAX_PER_WEEK) === null) {
    return `Times per week must be a whole number from ${MIN_PER_WEEK} to ${MAX_PER_WEEK}.`;
  }
  return null;
}

/** A target date is a real day, today or later. */
export function byProblem(by: string, today: Day): string | null {
  if (!isDay(by)) return 'The target date must be a real date written as YYYY-MM-DD.';
  if (daysBetween(today, by) < 0) return 'The target date must be today or later.';
  return null;
}

/** A log is for something done: today or earlier (`today` is the calendar day). */
export function logDateProblem(date: string, today: Day): string | null {
  if (!isDay(date)) return 'The log date must be a real date written as YYYY-MM-DD.';
  if (daysBetween(today, date) > 0) return 'The log date cannot be in the future.';
  return null;
}

function listIds(goals: readonly Goal[]): string {
  return goals.map((g) => `${g.id} (${oneLine(g.title, 30)})`).join(', ');
}

/** Unknown ids name the ones that exist, so the next try can be right. */
export function goalIdProblem(goals: readonly Goal[], id: string): string | null {
  if (goals.some((g) => g.id === id)) return null;
  if (goals.length === 0) return `There is no goal ${id}: you have no goals yet.`;
  return `There is no goal ${oneLine(id, 20)}. Your goals: ${listIds(goals)}.`;
}

export function mistakeIdProblem(mistakes: readonly Mistake[], id: string): string | null {
  if (mistakes.some((m) => m.id === id)) return null;
  if (mistakes.length === 0) {
    return `There is no mistake ${oneLine(id, 20)}: you have not named any yet (step 2, reflect and grow).`;
  }
  const known = mistakes.map((m) => `${m.id} (${m.pattern})`).join(', ');
  return `There is no mistake ${oneLine(id, 20)}. The mistakes you named: ${known}.`;
}

export interface NewGoal {
  category: Goal['category'];
  title: string;
  perWeek?: number;
  by?: Day;
  addresses?: string;
}

export function buildGoal(input: NewGoal, existing: readonly Goal[], now: Date): Goal {
  return {
    id: nextId('g', existing),
    at: now.toISOString(),
    category: input.category,
    title: input.title.trim(),
    ...(input.perWeek ? { perWeek: input.perWeek } : {}),
    ...(input.by ? { by: input.by } : {}),
    ...(input.addresses ? { addresses: input.addresses } : {}),
    status: 'active',
    logs: [],
  };
}

export function buildLog(goal: Goal, date: Day, note: string | undefined, now: Date): GoalLog {
  return {
    id: nextId('l', goal.logs),
    at: now.toISOString(),
    date,
    ...(note ? { note } : {}),
  };
}

/** Logs newest first, by the day they happened and then by when they were written. */
export function logsNewestFirst(logs: readonly GoalLog[]): GoalLog[] {
  return [...logs].sort((a, b) => compareIso(b.date, a.date) || compareIso(b.at, a.at));
}
