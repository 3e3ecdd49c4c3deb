/**
 * Where the person stands, as far as a message to the ex is concerned: whether exco helps at all
 * (stop), whether now is the time (wait), and what else frames the advice. Pure.
 */
import { byDayThenTime } from './contacts.js';
import { latestOutcome } from './outcomes.js';
import { daysBetween, formatDay, type Day } from './dates.js';
import { assess, isStarted } from './engine.js';
import type { Contact, ExcoData } from './model.js';
import { STATE_RULES, type RuleText, type StateRuleId } from '../content/draft.js';

export interface StateFinding extends RuleText {
  rule: StateRuleId;
}

export interface DraftSituation {
  /** The profile exists, so timing can be checked. */
  started: boolean;
  /** Reasons exco does not help with contact at all. */
  stop: StateFinding[];
  /** Reasons that say "not now"; a practical message is exempt. */
  wait: StateFinding[];
  /** They showed interest or they are back together: talking things through is step 6. */
  reunion: boolean;
  /** They wrote recently, so a short reply is not breaking no contact. */
  replying: boolean;
  /** The window is over but steps 2 and 3 are not done yet. */
  notReady: boolean;
}

/** A contact they started within this many days counts as a conversation to reply to. */
export const REPLY_DAYS = 3;

function theyWroteLast(contacts: readonly Contact[], today: Day): boolean {
  const last = [...contacts]
    .filter((c) => c.type !== 'logistics')
    .sort(byDayThenTime)
    .at(-1);
  return last?.type === 'they-initiated' && daysBetween(last.date, today) <= REPLY_DAYS;
}

export function draftSituation(data: ExcoData | null, now: Date): DraftSituation {
  const stop: StateFinding[] = [];
  const wait: StateFinding[] = [];
  const none = { reunion: false, replying: false, notReady: false };
  if (data?.safety) stop.push({ rule: 'safety-mode', ...STATE_RULES.safetyMode });
  if (!isStarted(data)) return { started: false, stop, wait, ...none };

  const a = assess(data, now);
  if (a.exNewPartner) stop.push({ rule: 'new-partner', ...STATE_RULES.newPartner });
  if (a.movingOn) stop.push({ rule: 'moving-on', ...STATE_RULES.movingOn });
  if (stop.length) return { started: true, stop, wait, ...none };

  const together = latestOutcome(data)?.outcome;
  const reunion = together === 'together' || a.signals.interest;
  const replying = theyWroteLast(data.contacts, a.today);
  const nc = a.noContact;
  if (!replying && !reunion && !nc.complete) {
    wait.push({
      rule: 'no-contact',
      ...STATE_RULES.noContact(formatDay(nc.targetDate), nc.remainingDays, nc.days),
    });
  }
  if (!replying && together !== 'together') {
    const s = a.signals;
    if (s.backingOff && s.backOffUntil) {
      wait.push({ rule: 'backing-off', ...STATE_RULES.backingOff(formatDay(s.backOffUntil)) });
    } else if (s.unresponsive) {
      wait.push({ rule: 'unresponsive', ...STATE_RULES.unresponsive });
    }
  }
  const growth =
    data.mistakes.some((m) => m.plan.trim() !== '') && data.goals.some((g) => g.logs.length > 0);
  return {
    started: true,
    stop,
    wait,
    reunion,
    replying,
    notReady: nc.complete && !reunion && !growth,
  };
}
