/** The dashboard's facts as one plain object: what `exco status --json` prints. */
import { checkInStreak } from './check-ins.js';
import { assess, isStarted, type Assessment, type StepStatus } from './engine.js';
import type { ExcoData } from './model.js';
import { nextActions, todaysSuggestion } from './next.js';

export interface StatusReport {
  started: boolean;
  step: Pick<StepStatus, 'number' | 'id' | 'title'> | null;
  steps: StepStatus[];
  noContact: {
    since: string;
    days: number;
    targetDays: number | null;
    targetDate: string | null;
    remainingDays: number | null;
    slips: number;
  } | null;
  safetyMode: boolean;
  exNewPartner: boolean;
  backingOffUntil: string | null;
  reflections: { count: number; streak: number };
  goals: { active: number; completed: number };
  urges: { count: number; heldOff: number };
  next: string[];
  today: string | null;
}

export function buildStatus(
  data: ExcoData | null,
  now: Date,
): { report: StatusReport; assessment: Assessment | null } {
  const reflections = data?.reflections ?? [];
  const goals = data?.goals ?? [];
  const urges = data?.urges ?? [];
  const common = {
    safetyMode: data?.safety != null,
    reflections: {
      count: reflections.length,
      streak: checkInStreak(data, now),
    },
    goals: {
      active: goals.filter((g) => g.status === 'active').length,
      completed: goals.filter((g) => g.status === 'done').length,
    },
    urges: { count: urges.length, heldOff: urges.filter((u) => u.heldOff).length },
  };
  if (!isStarted(data)) {
    return {
      assessment: null,
      report: {
        started: false,
        step: null,
        steps: [],
        noContact: null,
        exNewPartner: false,
        backingOffUntil: null,
        next: ['Run `exco start` to set up your plan.'],
        today: null,
        ...common,
      },
    };
  }
  const a = assess(data, now);
  const nc = a.noContact;
  const open = !a.safetyMode;
  return {
    assessment: a,
    report: {
      started: true,
      step: { number: a.step.number, id: a.step.id, title: a.step.title },
      steps: a.steps,
      noContact: {
        since: nc.since,
        days: nc.days,
        targetDays: open ? nc.targetDays : null,
        targetDate: open ? nc.targetDate : null,
        remainingDays: open ? nc.remainingDays : null,
        slips: nc.slips,
      },
      exNewPartner: a.exNewPartner,
      backingOffUntil: a.signals.backingOff ? a.signals.backOffUntil : null,
      next: nextActions(a, data),
      today: todaysSuggestion(a),
      ...common,
    },
  };
}
