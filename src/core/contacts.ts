/**
 * What logged contacts mean. A slip restarts the no-contact counter (history is kept);
 * logistics and contact they started do not. Unanswered or cool reconnect attempts mean backing
 * off for a while; repeated ones point towards acceptance. A warm message they started shows
 * interest and opens the reunion step.
 */
import { addDays, compareIso, daysBetween, type Day } from './dates.js';
import type { Contact, ContactType } from './model.js';

/** Days to back off after the first, and after every later, unanswered or cool attempt. */
export const BACK_OFF_DAYS = [14, 30] as const;
/** This many cold attempts in a row means it is time to look at acceptance. */
export const UNRESPONSIVE_AFTER = 2;

export interface ContactSignals {
  /** They reached out warmly at some point. */
  interest: boolean;
  /** Cold or unanswered reconnect attempts since the last warm sign. */
  coldStreak: number;
  /** Back off until this day (exclusive), when the latest attempt went cold. */
  backOffUntil: Day | null;
  backingOff: boolean;
  unresponsive: boolean;
}

/** Oldest first by the day a record counts for, then by when it was written. */
export const byDayThenTime = (a: { date: Day; at: string }, b: { date: Day; at: string }) =>
  compareIso(a.date, b.date) || compareIso(a.at, b.at);

export function contactSignals(contacts: readonly Contact[], today: Day): ContactSignals {
  const ordered = [...contacts].sort(byDayThenTime);
  const interest = ordered.some((c) => c.type === 'they-initiated' && c.response === 'warm');
  let coldStreak = 0;
  let lastCold: Day | null = null;
  for (const contact of ordered) {
    const warm = contact.response === 'warm';
    if (warm && (contact.type === 'reconnect' || contact.type === 'they-initiated')) {
      coldStreak = 0;
      lastCold = null;
    } else if (contact.type === 'reconnect') {
      coldStreak += 1;
      lastCold = contact.date;
    }
  }
  const pause = BACK_OFF_DAYS[Math.min(coldStreak, BACK_OFF_DAYS.length) - 1];
  const backOffUntil = lastCold && pause !== undefined ? addDays(lastCold, pause) : null;
  return {
    interest,
    coldStreak,
    backOffUntil,
    backingOff: backOffUntil !== null && daysBetween(today, backOffUntil) > 0,
    unresponsive: coldStreak >= UNRESPONSIVE_AFTER,
  };
}

/** One line on what logging this kind of contact does, shown right after it is logged. */
export function contactEffect(type: ContactType): string {
  switch (type) {
    case 'slip':
      return 'Your no-contact counter starts again from this day. Your history is kept; one slip does not undo what you have done.';
    case 'logistics':
      return 'Practical contact (children, keys, a shared lease) does not break no contact. Keep it short, polite and about the practical matter.';
    case 'they-initiated':
      return 'They reached out, so this does not break your no contact.';
    case 'reconnect':
      return 'A reconnect attempt: keep it brief and light, and let their response guide what comes next.';
  }
}
