/**
 * The engine: given the data and the time, where the person stands, what is open to them, and
 * what to do next. Pure: no files, no terminal, no clock of its own.
 *
 * Steps 1–3 run side by side. Step 4 opens when the no-contact window has passed, a mistake has
 * a plan, and a goal has logged evidence; it closes again while backing off after a cold
 * response. Step 6 opens when the ex shows interest. Step 7 is always open. Safety mode, an ex
 * with someone new, or choosing to move on close steps 4–6; safety mode closes them for good.
 */
import { dayOf, formatDay, type Day } from './dates.js';
import { contactSignals, type ContactSignals } from './contacts.js';
import type { Essentials } from './essentials.js';
import type { ExcoData, Profile } from './model.js';
import { latestOutcome } from './outcomes.js';
import { noContactState, type NoContactState } from './no-contact.js';
import { STEPS, type StepId } from '../content/steps.js';

export type StepState = 'done' | 'current' | 'available' | 'locked';

export interface StepStatus {
  number: number;
  id: StepId;
  title: string;
  state: StepState;
  reason?: string;
}

export interface Assessment {
  today: Day;
  step: StepStatus;
  steps: StepStatus[];
  safetyMode: boolean;
  exNewPartner: boolean;
  movingOn: boolean;
  noContact: NoContactState;
  signals: ContactSignals;
}

/** A document once `start` has saved a profile; the engine needs only its essentials. */
export type Started = ExcoData & { profile: Profile };
export type StartedEssentials = Essentials & { profile: Profile };

export function isStarted(data: ExcoData | null): data is Started;
export function isStarted(data: Essentials | null): data is StartedEssentials;
export function isStarted(data: Essentials | null): boolean {
  return data !== null && data.profile !== null;
}

/** Why contact coaching is closed, or null when it is not. */
function contactClosedReason(
  safety: boolean,
  newPartner: boolean,
  movingOn: boolean,
): string | null {
  if (safety)
    return 'Safety mode is on: exco does not coach contact with someone who made you feel unsafe.';
  if (newPartner)
    return 'Your ex is with someone new: exco will not coach you to come between them.';
  if (movingOn)
    return 'You chose to move on; exco no longer suggests contact (you can change this).';
  return null;
}

export function assess(data: StartedEssentials, now: Date): Assessment {
  const today = dayOf(now);
  const safetyMode = data.safety !== null;
  const exNewPartner = data.profile.exNewPartner;
  const outcome = latestOutcome(data)?.outcome ?? null;
  const movingOn = outcome === 'moving-on';
  const together = outcome === 'together';
  const noContact = noContactState(data.profile, data.contacts, today);
  const signals = contactSignals(data.contacts, today);

  const spaceDone = noContact.complete && !safetyMode;
  const reflectDone = data.mistakes.some((m) => m.plan.trim() !== '');
  const improveDone = data.goals.some((g) => g.logs.length > 0);

  const closed = contactClosedReason(safetyMode, exNewPartner, movingOn);
  const notReady: string[] = [];
  if (!spaceDone) {
    notReady.push(
      `the no-contact window runs until ${formatDay(noContact.targetDate)} (${noContact.remainingDays} days left)`,
    );
  }
  if (!reflectDone) notReady.push('name at least one mistake with a plan to change it');
  if (!improveDone) notReady.push('log evidence on at least one goal');
  const readiness = notReady.length ? `Opens when: ${notReady.join('; ')}.` : null;
  const backOff =
    signals.backingOff && signals.backOffUntil
      ? `Backing off until ${formatDay(signals.backOffUntil)}: your last attempt went unanswered or cool, so give them room.`
      : null;

  type Base = { state: 'done' | 'open' | 'locked'; reason?: string };
  const lockedBy = (reason: string | null): Base | null =>
    reason ? { state: 'locked', reason } : null;
  const base: Record<StepId, Base> = {
    space: { state: spaceDone ? 'done' : 'open' },
    reflect: { state: reflectDone ? 'done' : 'open' },
    improve: { state: improveDone ? 'done' : 'open' },
    reconnect: lockedBy(closed) ??
      lockedBy(readiness) ??
      lockedBy(backOff) ?? { state: together || signals.interest ? 'done' : 'open' },
    show: lockedBy(closed) ?? lockedBy(readiness) ?? { state: together ? 'done' : 'open' },
    reunion: lockedBy(closed) ?? {
      state: together || signals.interest ? 'open' : 'locked',
      reason: 'Opens if your ex reaches out and shows interest.',
    },
    acceptance: { state: 'open' },
  };
  if (base.reunion.state === 'open') delete base.reunion.reason;

  const focus = chooseFocus({
    acceptance: movingOn || exNewPartner || (signals.unresponsive && !signals.interest),
    reunion: together || (signals.interest && !closed),
    reconnect: base.reconnect.state === 'open',
    backingOff: backOff !== null && !closed,
    safetyMode,
    spaceDone,
    reflectDone,
    improveDone,
  });

  const steps: StepStatus[] = STEPS.map((step) => {
    const b = base[step.id];
    const state: StepState =
      step.id === focus ? 'current' : b.state === 'open' ? 'available' : b.state;
    return {
      number: step.number,
      id: step.id,
      title: step.title,
      state,
      ...(state === 'locked' && b.reason ? { reason: b.reason } : {}),
    };
  });
  const step = steps.find((s) => s.state === 'current') as StepStatus;
  return { today, step, steps, safetyMode, exNewPartner, movingOn, noContact, signals };
}

interface FocusInput {
  acceptance: boolean;
  reunion: boolean;
  reconnect: boolean;
  backingOff: boolean;
  safetyMode: boolean;
  spaceDone: boolean;
  reflectDone: boolean;
  improveDone: boolean;
}

/** The one step to focus on now. */
function chooseFocus(f: FocusInput): StepId {
  if (f.acceptance) return 'acceptance';
  if (f.safetyMode) return 'space';
  if (f.reunion) return 'reunion';
  if (f.reconnect) return 'reconnect';
  if (f.backingOff) return 'improve';
  if (!f.spaceDone) return 'space';
  if (!f.reflectDone) return 'reflect';
  return 'improve';
}
