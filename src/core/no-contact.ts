/**
 * The no-contact window: how long to give each other space, and where the person stands in it.
 * The window is 21–60 days ("a few weeks to a couple of months"). Each factor can only add days,
 * so a longer or more intense relationship never gets a shorter window.
 */
import { addDays, daysBetween, type Day } from './dates.js';
import type { Contact, Intensity, Initiator, Profile, Reason } from './model.js';

export const MIN_WINDOW_DAYS = 21;
export const MAX_WINDOW_DAYS = 60;

export interface WindowRecommendation {
  days: number;
  /** Why, one line per factor that set it. */
  reasons: string[];
}

type WindowInput = Pick<Profile, 'monthsTogether' | 'intensity' | 'reason' | 'initiator'>;

function lengthDays(months: number): [number, string] {
  if (months < 6) return [21, 'a relationship of under six months'];
  if (months < 24) return [28, 'a relationship of six months to two years'];
  if (months < 60) return [35, 'a relationship of two to five years'];
  return [42, 'a relationship of five years or more'];
}

const INTENSITY_DAYS: Record<Intensity, [number, string]> = {
  low: [0, 'it was casual or new'],
  medium: [4, 'you were committed to each other'],
  high: [8, 'your lives were joined (living together, engaged, married or children)'],
};

const REASON_DAYS: Record<Reason, [number, string]> = {
  'grew-apart': [0, 'you grew apart'],
  communication: [3, 'communication broke down, and new habits take time to build'],
  trust: [7, 'trust was hurt, and that takes the longest to settle'],
  distance: [0, 'distance was the problem'],
  timing: [0, 'the timing was wrong'],
  other: [0, 'of the reason it ended'],
};

const INITIATOR_DAYS: Record<Initiator, [number, string]> = {
  them: [5, 'they ended it, so they need room before hearing from you can feel welcome'],
  me: [3, 'you ended it, so they may need time to heal from being left'],
  mutual: [0, 'you decided together'],
};

export function recommendWindow(profile: WindowInput): WindowRecommendation {
  const [base, lengthWhy] = lengthDays(profile.monthsTogether);
  const factors: Array<[number, string]> = [
    INTENSITY_DAYS[profile.intensity],
    REASON_DAYS[profile.reason],
    INITIATOR_DAYS[profile.initiator],
  ];
  const raw = factors.reduce((sum, [days]) => sum + days, base);
  const days = Math.min(MAX_WINDOW_DAYS, Math.max(MIN_WINDOW_DAYS, raw));
  const reasons = [`${base} days to start with, for ${lengthWhy}.`];
  for (const [extra, why] of factors) {
    if (extra > 0) reasons.push(`+${extra} days because ${why}.`);
  }
  if (raw > MAX_WINDOW_DAYS) reasons.push(`Capped at ${MAX_WINDOW_DAYS} days, a couple of months.`);
  reasons.push('There is no magic number: this is a starting point, not a deadline to act.');
  return { days, reasons };
}

export interface NoContactState {
  /** The day the current stretch of no contact began: the breakup or the latest slip. */
  since: Day;
  days: number;
  targetDays: number;
  targetDate: Day;
  remainingDays: number;
  complete: boolean;
  slips: number;
}

export function noContactState(
  profile: Profile,
  contacts: readonly Contact[],
  today: Day,
): NoContactState {
  const slips = contacts.filter((c) => c.type === 'slip');
  const since = slips.reduce(
    (latest, c) => (c.date > latest ? c.date : latest),
    profile.breakupDate,
  );
  const targetDays = recommendWindow(profile).days;
  const targetDate = addDays(since, targetDays);
  const days = Math.max(0, daysBetween(since, today));
  return {
    since,
    days,
    targetDays,
    targetDate,
    remainingDays: Math.max(0, daysBetween(today, targetDate)),
    complete: days >= targetDays,
    slips: slips.length,
  };
}
