/** Turning the person's answers into a profile, a screening result and safety mode. */
import { daysBetween, isDay, type Day } from './dates.js';
import { readSpan, withoutHedge } from './spans.js';
import type { ExcoData, Initiator, Intensity, Profile, Reason, Screening } from './model.js';

export interface ProfileAnswers {
  exName?: string;
  breakupDate: Day;
  monthsTogether: number;
  intensity: Intensity;
  reason: Reason;
  initiator: Initiator;
  exNewPartner?: boolean;
}

/** Returns an error message, or null when the day is usable as a past (or today's) date. */
export function pastDayProblem(text: string, today: Day, label = 'date'): string | null {
  if (!isDay(text)) return `The ${label} must be a real date written as YYYY-MM-DD.`;
  if (daysBetween(today, text) > 0) return `The ${label} cannot be in the future.`;
  return null;
}

/**
 * A day something since the breakup happened on: a past (or today's) day, not before the breakup
 * (none yet: no bound). `since` says why, after the message ("exco only logs contact since then").
 */
export function sinceBreakupProblem(
  day: Day,
  today: Day,
  breakupDate: Day | undefined,
  since?: string,
): string | null {
  const past = pastDayProblem(day, today);
  if (past || breakupDate === undefined || daysBetween(breakupDate, day) >= 0) return past;
  return `The date is before your breakup (${breakupDate})${since ? `; ${since}` : ''}.`;
}

export const MAX_MONTHS = 1200;
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Months together as typed: a number of months ("18", "about 20"), or a span ("2 years", "a year
 * and a half", "2 years 3 months", "6 weeks"), to one decimal place; null if it is neither.
 */
export function monthsFromWords(text: string): number | null {
  const t = withoutHedge(text);
  if (t === '') return null;
  const n = Number(t);
  if (Number.isFinite(n)) return n;
  const span = readSpan(text);
  if (!span) return null;
  const months = span.years * 12 + span.months + (span.weeks * 7 + span.days) / DAYS_PER_MONTH;
  return Math.round(months * 10) / 10;
}

/** Months together: from 0 to 1200, as `monthsFromWords` reads them. */
export function monthsProblem(text: string): string | null {
  const n = monthsFromWords(text);
  if (n === null || n < 0 || n > MAX_MONTHS) {
    return `Months together must be a number from 0 to ${MAX_MONTHS}, or a length like "2 years" or "18 months".`;
  }
  return null;
}

export function screeningFrom(
  answers: Screening['answers'] | undefined,
  flagged: boolean,
  now: Date,
): Screening {
  return { at: now.toISOString(), ...(answers ? { answers } : {}), flagged };
}

/** Safety mode, once on, stays on: this only ever turns it on. */
export function turnOnSafetyMode(
  data: ExcoData,
  source: 'screening' | 'check-in' | 'contact',
  now: Date,
): void {
  if (!data.safety) data.safety = { since: now.toISOString(), source };
}

/** Writes the profile into the data, keeping when it was first created. */
export function applyProfile(data: ExcoData, answers: ProfileAnswers, now: Date): Profile {
  const at = now.toISOString();
  const previous = data.profile;
  const profile: Profile = {
    ...(answers.exName?.trim() ? { exName: answers.exName.trim() } : {}),
    breakupDate: answers.breakupDate,
    monthsTogether: answers.monthsTogether,
    intensity: answers.intensity,
    reason: answers.reason,
    initiator: answers.initiator,
    exNewPartner: answers.exNewPartner ?? previous?.exNewPartner ?? false,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  data.profile = profile;
  return profile;
}
