/** Turning the person's answers into a profile, a screening result and safety mode. */
import { addDays, daysBetween, isDay, type Day } from './dates.js';
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

/** Accepts YYYY-MM-DD, "today" and "yesterday". */
export function parseDayInput(text: string, today: Day): Day {
  const t = text.trim().toLowerCase();
  if (t === 'today') return today;
  if (t === 'yesterday') return addDays(today, -1);
  return t;
}

export const MAX_MONTHS = 1200;

/** Months together: a number from 0 to 1200 (decimals allowed, e.g. 1.5). */
export function monthsProblem(text: string): string | null {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > MAX_MONTHS) {
    return `Months together must be a number from 0 to ${MAX_MONTHS} (for example 18 for a year and a half).`;
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
